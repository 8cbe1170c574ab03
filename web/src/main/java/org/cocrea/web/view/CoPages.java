package org.cocrea.web.view;

import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import java.time.Duration;
import java.time.Instant;
import org.cocrea.platform.BusinessRuleException;

/** What the co-creation screens share: how a refused action is shown, and short times. */
final class CoPages {

    private CoPages() {}

    /**
     * Shows why an EJB call was refused: each field problem above the form (and beside the field
     * when the page has a message for {@code formId:field}); returns false so callers can stop.
     */
    static boolean refused(RuntimeException e, String formId) {
        Throwable t = Pages.cause(e);
        if (t instanceof BusinessRuleException bre) {
            for (BusinessRuleException.FieldProblem p : bre.getFieldProblems()) {
                Pages.error(null, p.message());
            }
        } else if (t instanceof EJBAccessException) {
            Pages.error(null, Pages.msg("co.refused"));
        } else if (t instanceof OptimisticLockException) {
            Pages.error(null, Pages.msg("co.stale"));
        } else {
            throw e;
        }
        Pages.failed();
        return false;
    }

    /** "3 days ago", "5 h ago", "just now". */
    static String ago(Instant t) {
        if (t == null) {
            return "";
        }
        Duration d = Duration.between(t, Instant.now());
        if (d.toDays() >= 1) {
            return Pages.format("co.daysAgo", d.toDays());
        }
        if (d.toHours() >= 1) {
            return Pages.format("co.hoursAgo", d.toHours());
        }
        if (d.toMinutes() >= 1) {
            return Pages.format("co.minutesAgo", d.toMinutes());
        }
        return Pages.msg("co.justNow");
    }
}

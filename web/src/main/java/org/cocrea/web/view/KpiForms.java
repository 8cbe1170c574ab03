package org.cocrea.web.view;

import jakarta.ejb.EJBAccessException;
import org.cocrea.platform.BusinessRuleException;

/** How the KPI management screens show a refused request: each field's message beside it. */
final class KpiForms {

    private KpiForms() {}

    /**
     * Shows a business-rule failure beside the fields it names (component ids in the form are the
     * field names) and above the form; rethrows anything else.
     *
     * @return false, for "not saved"
     */
    static boolean refused(RuntimeException e, String form) {
        Throwable cause = Pages.cause(e);
        if (cause instanceof BusinessRuleException bre) {
            for (BusinessRuleException.FieldProblem p : bre.getFieldProblems()) {
                String field = p.field();
                int dot = field.lastIndexOf('.');
                if (dot >= 0) {
                    field = field.substring(dot + 1);
                }
                Pages.fieldError(form + ":" + field, p.message());
            }
            Pages.error(null, bre.getFieldProblems().size() == 1 ? bre.getMessage() : bre.getMessage());
            Pages.failed();
            return false;
        }
        if (cause instanceof EJBAccessException) {
            Pages.error(null, Pages.msg("kpi.forbidden"));
            Pages.failed();
            return false;
        }
        throw e;
    }
}

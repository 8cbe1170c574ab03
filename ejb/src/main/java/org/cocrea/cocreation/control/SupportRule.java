package org.cocrea.cocreation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.BusinessRuleException.FieldProblem;

/**
 * A campaign's support threshold: an idea that gathers {@code threshold} votes within {@code days}
 * of its submission goes to the gate of its first stage by itself (see {@link
 * TransitionRules#opensGate}).
 *
 * @param threshold votes needed, 1 to {@value #MAX_THRESHOLD}
 * @param days the window after submission in which votes count, 1 to {@value #MAX_DAYS}
 */
public record SupportRule(int threshold, int days) {

    /** The highest threshold. */
    public static final int MAX_THRESHOLD = 100_000;

    /** The longest window, in days. */
    public static final int MAX_DAYS = 365;

    /** Ten votes within 30 days, as a new campaign starts. */
    public static final SupportRule DEFAULT = new SupportRule(10, 30);

    /**
     * @throws BusinessRuleException on fields {@code supportThreshold} and {@code supportDays}
     */
    public SupportRule {
        List<FieldProblem> problems = new ArrayList<>();
        if (threshold < 1 || threshold > MAX_THRESHOLD) {
            problems.add(new FieldProblem(
                    "supportThreshold",
                    "The number of votes must be 1 to " + String.format(Locale.ROOT, "%,d", MAX_THRESHOLD) + "; it was "
                            + threshold + "."));
        }
        if (days < 1 || days > MAX_DAYS) {
            problems.add(new FieldProblem(
                    "supportDays", "The voting window must be 1 to " + MAX_DAYS + " days; it was " + days + "."));
        }
        if (!problems.isEmpty()) {
            throw BusinessRuleException.invalid("The support threshold is not valid.", problems);
        }
    }
}

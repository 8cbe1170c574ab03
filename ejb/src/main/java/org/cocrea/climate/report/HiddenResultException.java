package org.cocrea.climate.report;

import org.cocrea.climate.control.DisclosureReason;

/**
 * Thrown when a report is asked for a group whose result is hidden by the anonymity rules: a hidden
 * result cannot be exported in any form.
 */
public class HiddenResultException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String groupId;
    private final DisclosureReason reason;

    public HiddenResultException(String groupId, String label, DisclosureReason reason, int threshold) {
        super("the result of " + label + " is hidden " + explain(reason, threshold)
                + "; hidden results cannot be exported");
        this.groupId = groupId;
        this.reason = reason;
    }

    /** The unit (or organisation) asked for. */
    public String groupId() {
        return groupId;
    }

    /** Why its result is hidden. */
    public DisclosureReason reason() {
        return reason;
    }

    private static String explain(DisclosureReason reason, int threshold) {
        return switch (reason) {
            case BELOW_THRESHOLD -> "(fewer than " + threshold + " respondents)";
            case COMPLEMENTARY ->
                "(showing it would let a group of fewer than " + threshold
                        + " respondents be worked out from other results)";
            case SHOWN -> "";
        };
    }
}

package org.cocrea.engagement.control;

/** Why identification left a stakeholder out; the first failing filter, in this order. */
public enum Exclusion {
    KIND("not of the kinds chosen"),
    SEGMENT("not in the segments chosen"),
    REGION("not in the regions chosen"),
    NO_CONSENT("has not agreed to be contacted"),
    RISK("co-destruction risk above the limit"),
    ABILITY("ability below the minimum"),
    WILLINGNESS("willingness below the minimum");

    private final String reason;

    Exclusion(String reason) {
        this.reason = reason;
    }

    /** The reason in words. */
    public String reason() {
        return reason;
    }
}

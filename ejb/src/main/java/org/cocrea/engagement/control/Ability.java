package org.cocrea.engagement.control;

import java.util.Locale;

/**
 * The five abilities of customer engagement capability: what a stakeholder can bring to value
 * co-creation beyond buying. Each brings the firm a different kind of value: new ideas
 * (innovation), exchange that helps others (communication), new customers (recommendation),
 * growth over time (learning) and expertise about products and markets (knowledge level).
 */
public enum Ability {
    /** Coming up with ideas that the firm accepts and implements. */
    INNOVATION("innovation"),
    /** Exchanging with the firm and other participants in a way others find helpful. */
    COMMUNICATION("communication"),
    /** Bringing others to the firm: referrals that convert, reviews others find helpful. */
    RECOMMENDATION("recommendation"),
    /** Improving over time: a rising share of accepted contributions and of helpful ones. */
    LEARNING("learning"),
    /** Knowing the product and market: accepted test findings, quick and sound answers. */
    KNOWLEDGE("knowledge level");

    private final String label;

    Ability(String label) {
        this.label = label;
    }

    /** The lower-case name used in explanations, e.g. "knowledge level". */
    public String label() {
        return label;
    }

    /** The code used in files and URLs, e.g. {@code knowledge}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.cocrea.engagement.control;

/** The parts the engagement index is made of. */
public enum EngagementComponent {
    /** How lately: halves with every half-life since the last activity. */
    RECENCY,
    /** How often: activities in the window, on a log scale, capped. */
    FREQUENCY,
    /** How varied: distinct activity types in the window over the types switched on. */
    BREADTH,
    /** How much effort: weighted contributions in the window, on a log scale, capped. */
    DEPTH,
    /** What the stakeholder says: the customer-engagement survey score, when there is one. */
    SURVEY;

    /** Lower-case name for explanations. */
    public String label() {
        return Codes.code(this);
    }
}

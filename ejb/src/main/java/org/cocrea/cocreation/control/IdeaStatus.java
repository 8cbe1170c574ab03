package org.cocrea.cocreation.control;

/**
 * Where an idea stands in its current stage. {@link #ACTIVE}, {@link #IN_REVIEW} and {@link
 * #ON_HOLD} are open; {@link #KILLED}, {@link #LAUNCHED} and {@link #MERGED} are closed and take no
 * further gate decision.
 */
public enum IdeaStatus {
    /** Being worked on in its stage. */
    ACTIVE("Active"),
    /** Waiting at the gate that ends its stage: evaluators score it, then a decision is taken. */
    IN_REVIEW("In review"),
    /** Paused by a gate decision; it stays in its stage. */
    ON_HOLD("On hold"),
    /** Stopped by a gate decision. */
    KILLED("Killed"),
    /** Passed the gate of the last stage. */
    LAUNCHED("Launched"),
    /** Folded into another idea. */
    MERGED("Merged");

    private final String label;

    IdeaStatus(String label) {
        this.label = label;
    }

    /** The name shown to people, e.g. "In review". */
    public String label() {
        return label;
    }

    /** Whether the idea is still in the pipeline: active, in review or on hold. */
    public boolean open() {
        return this == ACTIVE || this == IN_REVIEW || this == ON_HOLD;
    }
}

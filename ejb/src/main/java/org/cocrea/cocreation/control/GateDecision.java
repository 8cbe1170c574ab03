package org.cocrea.cocreation.control;

/** The decision taken at the gate that ends a stage; see {@link Pipeline#decide}. */
public enum GateDecision {
    /** Pass the gate: on to the next stage, or launched at the last one. */
    GO("Go"),
    /** Stop the idea. */
    KILL("Kill"),
    /** Pause the idea in its stage. */
    HOLD("Hold"),
    /** Send the idea back one stage for rework. */
    RECYCLE("Recycle");

    private final String label;

    GateDecision(String label) {
        this.label = label;
    }

    /** The name shown on the decision buttons. */
    public String label() {
        return label;
    }
}

package org.cocrea.cocreation.control;

/**
 * The innovation stages customers take part in, in their research order: requirement
 * identification, interpretation, development, validation and testing, launch. Every stage of a
 * campaign belongs to one phase, so that KPIs can count by phase whatever a campaign calls its
 * stages.
 */
public enum Phase {
    IDENTIFICATION("Requirement identification"),
    INTERPRETATION("Interpretation"),
    DEVELOPMENT("Development"),
    VALIDATION("Validation and testing"),
    LAUNCH("Launch");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    /** The name shown to people, e.g. "Validation and testing". */
    public String label() {
        return label;
    }
}

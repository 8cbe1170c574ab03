package org.cocrea.climate.entity;

/** Where a survey round is in its life. */
public enum RoundStatus {
    /** Being prepared by HR; nobody is invited yet, everything can change. */
    DRAFT,
    /** Launched: invitations sent, answers accepted between the open and close dates. */
    OPEN,
    /** Closed by HR or by its close date; answers are refused, results are final. */
    CLOSED
}

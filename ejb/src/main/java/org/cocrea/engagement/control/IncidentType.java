package org.cocrea.engagement.control;

/**
 * Kinds of interaction in which value is lost rather than created (value co-destruction), with
 * their default weights in the {@link CoDestructionRisk} load.
 */
public enum IncidentType {
    /** Reported abuse: harassment, spam, offensive content. Weight 2. */
    REPORTED_ABUSE(2.0),
    /** Misuse of the firm's resources: gaming votes or rewards, leaking confidential prototypes. Weight 1.5. */
    MISUSE(1.5),
    /** Conflict with staff or other participants. Weight 1. */
    CONFLICT(1.0),
    /** A commitment abandoned: dropped out of a test or co-design after agreeing to take part. Weight 1. */
    ABANDONED_COMMITMENT(1.0);

    private final double defaultWeight;

    IncidentType(double defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    public double defaultWeight() {
        return defaultWeight;
    }

    /** The code used in files and the API, e.g. {@code reported_abuse}. */
    public String code() {
        return Codes.code(this);
    }
}

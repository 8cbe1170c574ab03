package org.cocrea.climate.boundary;

/** A round was launched; fired inside the launch transaction, observed after it commits. */
public record RoundLaunched(long roundId) {}

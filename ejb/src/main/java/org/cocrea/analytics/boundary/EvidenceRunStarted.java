package org.cocrea.analytics.boundary;

/** A run was started; fired inside the starting transaction, observed after it commits. */
public record EvidenceRunStarted(long runId) {}

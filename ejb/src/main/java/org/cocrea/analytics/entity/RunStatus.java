package org.cocrea.analytics.entity;

/** Where an evidence run stands. */
public enum RunStatus {
    /** Started, waiting for a worker thread. */
    QUEUED,
    /** The analyses are being computed. */
    RUNNING,
    /** Finished; the result is stored. */
    DONE,
    /** Stopped by an error; {@code error} says why. */
    FAILED,
    /** Stopped at the user's request. */
    CANCELLED;

    /** Whether the run may still change (queued or running). */
    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }
}

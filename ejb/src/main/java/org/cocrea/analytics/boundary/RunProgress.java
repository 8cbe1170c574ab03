package org.cocrea.analytics.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.cocrea.analytics.entity.RunStatus;

/**
 * How far a run has got, as the progress bar polls it.
 *
 * @param fraction share done, 0 to 1, never decreasing
 * @param stage what is being done, e.g. "PROCESS Model 7: bootstrap (2,400 of 5,000 resamples)"
 * @param cancelRequested someone asked to cancel; the run stops at its next check
 * @param error why it failed (or where it was cancelled), or null
 */
public record RunProgress(
        long runId,
        long analysisId,
        RunStatus status,
        double fraction,
        String stage,
        boolean cancelRequested,
        String error,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whether the run may still change. */
    public boolean active() {
        return status.active();
    }

    /** Whole percent done, for a progress bar. */
    public int percent() {
        return (int) Math.floor(fraction * 100);
    }
}

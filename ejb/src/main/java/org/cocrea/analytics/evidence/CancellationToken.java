package org.cocrea.analytics.evidence;

import java.util.function.BooleanSupplier;

/**
 * Lets another thread (a "cancel" button, a timed-out request) stop a running evidence analysis.
 * The run checks it between analyses and, inside a bootstrap, after every 100 resamples; once it is
 * cancelled the run throws {@link EvidenceCancelledException}. Thread-safe; cancelling cannot be
 * undone.
 */
public final class CancellationToken implements BooleanSupplier {

    private volatile boolean cancelled;

    /** Asks the run to stop as soon as it checks. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Same as {@link #isCancelled()}, for the engine's {@code ProcessOptions.withCancellation}. */
    @Override
    public boolean getAsBoolean() {
        return cancelled;
    }
}

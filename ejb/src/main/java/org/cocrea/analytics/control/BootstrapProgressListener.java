package org.cocrea.analytics.control;

/**
 * Told how far a bootstrap has got. Called after each chunk of resamples, possibly from worker
 * threads, but never concurrently and with non-decreasing counts.
 */
@FunctionalInterface
public interface BootstrapProgressListener {

    /**
     * @param completed resamples finished so far
     * @param total resamples asked for
     */
    void progress(int completed, int total);
}

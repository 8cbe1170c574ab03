package org.cocrea.analytics.evidence;

/**
 * Told how far an evidence run has got, e.g. to move a progress bar. Calls come from the thread that
 * runs the analysis and, during a bootstrap, possibly from its worker threads, but never
 * concurrently; the fraction never decreases.
 */
@FunctionalInterface
public interface EvidenceProgress {

    /**
     * @param fraction share of the work done, 0 to 1
     * @param stage what is being done, for the user, e.g. "PROCESS Model 7: bootstrap (2,400 of
     *     5,000 resamples)"
     */
    void progress(double fraction, String stage);
}

package org.cocrea.analytics.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A saved analysis as the list shows it, with its runs, newest first.
 *
 * @param fileSize the data file's size in bytes
 * @param version the version to send with a change, so concurrent edits are refused
 */
public record AnalysisSummary(
        long id,
        String name,
        String owner,
        Instant createdAt,
        Instant updatedAt,
        String fileName,
        long fileSize,
        int version,
        List<RunSummary> runs)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public AnalysisSummary {
        runs = List.copyOf(runs);
    }

    /** The newest run, or null. */
    public RunSummary latestRun() {
        return runs.isEmpty() ? null : runs.get(0);
    }

    /** Whether a run is queued or running. */
    public boolean running() {
        return runs.stream().anyMatch(r -> r.status().active());
    }
}

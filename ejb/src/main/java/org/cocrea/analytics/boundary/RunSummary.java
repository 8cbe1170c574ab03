package org.cocrea.analytics.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.cocrea.analytics.entity.RunStatus;

/**
 * A run as lists and comparisons show it.
 *
 * @param fileName the data file the run read (null until it has started)
 * @param rowsRead data rows in that file, null until done
 * @param rowsAnalysed rows the analyses used, null until done
 * @param error why it failed, or null
 */
public record RunSummary(
        long id,
        long analysisId,
        String analysisName,
        RunStatus status,
        String startedBy,
        Instant createdAt,
        Instant finishedAt,
        String fileName,
        Integer rowsRead,
        Integer rowsAnalysed,
        String error)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whether its report can be shown. */
    public boolean done() {
        return status == RunStatus.DONE;
    }
}

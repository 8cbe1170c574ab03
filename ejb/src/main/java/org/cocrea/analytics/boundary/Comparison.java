package org.cocrea.analytics.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * Two runs' key figures side by side, e.g. the same analysis on last year's and this year's data.
 *
 * @param a the earlier (left) run
 * @param b the later (right) run
 * @param rows one row per figure present in either run
 */
public record Comparison(RunSummary a, RunSummary b, List<Row> rows) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Comparison {
        rows = List.copyOf(rows);
    }

    /**
     * One figure in both runs.
     *
     * @param section the analysis it comes from, e.g. "PROCESS Model 7"
     * @param figure what it is, e.g. "Index of moderated mediation"
     * @param a its value in run A as printed (APA style), with its interval where it has one; a dash
     *     if run A lacks it
     * @param b the same for run B
     * @param change B minus A as printed, with a sign; empty when either is missing
     * @param significanceChanged whether an interval excludes zero in one run and not in the other
     */
    public record Row(String section, String figure, String a, String b, String change, boolean significanceChanged)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}

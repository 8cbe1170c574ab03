package org.cocrea.analytics.boundary;

import java.io.Serializable;

/**
 * A saved analysis to edit or re-run: its setup, the setup as the command line's model JSON, and
 * the preview of its data file.
 */
public record AnalysisDetail(AnalysisSummary summary, EvidenceSetup setup, String modelJson, FilePreview preview)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}

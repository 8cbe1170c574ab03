package org.cocrea.analytics.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cocrea.analytics.data.ColumnMapping;
import org.cocrea.analytics.evidence.Analysis;

/**
 * What a saved analysis runs: its name, the column mapping, the analyses and the constructs'
 * display names for the report. The screen builds it from {@link EvidenceChoices}; the API from the
 * command line's model JSON ({@link EvidenceSpecs}).
 *
 * @param name the analysis' name, e.g. "Customer panel 2026"
 * @param mapping constructs, group column, controls and missing-data rule
 * @param analyses the analyses to run, at most one of each kind
 * @param labels display names by construct or column name, e.g. "cocreation" → "value co-creation"
 */
public record EvidenceSetup(String name, ColumnMapping mapping, List<Analysis> analyses, Map<String, String> labels)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public EvidenceSetup {
        Objects.requireNonNull(mapping, "mapping");
        analyses = List.copyOf(analyses);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** The same setup under another name. */
    public EvidenceSetup withName(String value) {
        return new EvidenceSetup(value, mapping, analyses, labels);
    }
}

package org.cocrea.analytics.report;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a report is titled and how it names the variables.
 *
 * @param title the report's title
 * @param headerLines lines printed under the title before the data summary, e.g. the organisation
 *     and the date (the report adds no date of its own, so the same input gives the same report)
 * @param labels display names of constructs and columns, e.g. "cocreation" → "value co-creation";
 *     names without a label are printed as they are
 */
public record ReportOptions(String title, List<String> headerLines, Map<String, String> labels)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public ReportOptions {
        Objects.requireNonNull(title, "title");
        headerLines = List.copyOf(headerLines);
        labels = Map.copyOf(labels);
    }

    /** "Evidence Report", no header lines, no labels. */
    public static ReportOptions defaults() {
        return new ReportOptions("Evidence Report", List.of(), Map.of());
    }

    public ReportOptions withTitle(String value) {
        return new ReportOptions(value, headerLines, labels);
    }

    public ReportOptions withHeaderLines(List<String> value) {
        return new ReportOptions(title, value, labels);
    }

    public ReportOptions withLabels(Map<String, String> value) {
        return new ReportOptions(title, headerLines, value);
    }

    /** The display name of a construct, a column or a product term {@code a*b} ("a × b"). */
    public String label(String name) {
        if (name.contains("*")) {
            String[] parts = name.split("\\*");
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                out.append(i == 0 ? "" : " \u00D7 ").append(label(parts[i].strip()));
            }
            return out.toString();
        }
        return labels.getOrDefault(name, name);
    }
}

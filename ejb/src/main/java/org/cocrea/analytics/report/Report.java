package org.cocrea.analytics.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cocrea.analytics.evidence.SimpleSlopes;

/**
 * The results report of an evidence run as plain data, ready for a screen or an export ({@link
 * ReportExporter}): numbered APA-style tables, each with notes, a plain-language reading and
 * warnings, plus warnings about the data as a whole and the data of a simple-slopes plot.
 *
 * @param title the report's title
 * @param headerLines lines under the title: the caller's ({@link ReportOptions#headerLines()}), then
 *     a summary of the data (file, rows read, analysed and dropped)
 * @param warnings warnings about the data and the run as a whole (sample size, rows dropped,
 *     analyses that could not be run)
 * @param tables the tables in order
 * @param simpleSlopes the data of PROCESS Model 7's simple-slopes plot with the variables named by
 *     their labels, or null without Model 7
 */
public record Report(
        String title,
        List<String> headerLines,
        List<String> warnings,
        List<ReportTable> tables,
        SimpleSlopes simpleSlopes)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public Report {
        Objects.requireNonNull(title, "title");
        headerLines = List.copyOf(headerLines);
        warnings = List.copyOf(warnings);
        tables = List.copyOf(tables);
    }

    /** The table with this key, or null. */
    public ReportTable table(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
    }

    /** Every warning: the general ones, then each table's prefixed with "Table N: ". */
    public List<String> allWarnings() {
        List<String> out = new ArrayList<>(warnings);
        for (ReportTable t : tables) {
            for (String w : t.warnings()) {
                out.add("Table " + t.number() + ": " + w);
            }
        }
        return out;
    }
}

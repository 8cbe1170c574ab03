package org.cocrea.kpi.control;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.cocrea.organisation.control.CsvRows;
import org.cocrea.organisation.control.ImportReport.RowError;
import org.cocrea.platform.tabular.SheetRows;

/**
 * Reads and checks a file of entered KPI values, CSV ({@link #fromCsv}) or the first sheet of an
 * Excel workbook ({@link #fromXlsx}), before anything is applied. Every problem names its line and
 * column and says what to do; a file with any problem is applied not at all (see {@link
 * MeasurementReport}).
 *
 * <p>Columns (header names in any case; {@code *} required):
 *
 * <table>
 *   <caption>Measurement import columns</caption>
 *   <tr><th>column</th><th>rule</th></tr>
 *   <tr><td>kpi *</td><td>the key of an entered KPI, e.g. rd_spend</td></tr>
 *   <tr><td>period *</td><td>of the KPI's grain: 2026-03, 2026-Q1 or 2026; begun by today</td></tr>
 *   <tr><td>scope</td><td>empty or organisation, a unit code, or campaign:CODE</td></tr>
 *   <tr><td>value *</td><td>a number with a decimal point or comma, within the KPI's range</td></tr>
 * </table>
 *
 * One row per KPI, period and scope: a repeated combination is refused on the later line, naming
 * the first.
 */
public final class MeasurementRows {

    /** The columns the first row must name. */
    public static final List<String> REQUIRED_COLUMNS = List.of("kpi", "period", "value");

    /** Every column read. */
    public static final List<String> COLUMNS = List.of("kpi", "period", "scope", "value");

    private static final Pattern FIRST_OF_MONTH = Pattern.compile("(\\d{4}-\\d{2})-01");

    private MeasurementRows() {}

    /**
     * Checks a CSV file (comma or semicolon separated, header row first).
     *
     * @param catalogue the KPI definitions with their history
     * @param knownScope whether a unit or campaign exists; null to accept any well-formed scope
     * @param today values for periods starting after it are refused; null to skip this check
     */
    public static MeasurementReport fromCsv(
            String csv, KpiCatalogue catalogue, Predicate<Scope> knownScope, LocalDate today) {
        List<CsvRows.Row> rows;
        try {
            rows = CsvRows.parse(csv, REQUIRED_COLUMNS);
        } catch (IllegalArgumentException e) {
            return MeasurementReport.fileError(e.getMessage());
        }
        return check(rows, catalogue, knownScope, today);
    }

    /**
     * Checks the first sheet of an Excel workbook; the stream is read to its end but not closed. A
     * period cell Excel turned into a date on the 1st of a month (typing 2026-03 does that) is read as
     * that month.
     */
    public static MeasurementReport fromXlsx(
            InputStream xlsx, KpiCatalogue catalogue, Predicate<Scope> knownScope, LocalDate today) {
        List<CsvRows.Row> rows;
        try {
            rows = SheetRows.firstSheet(xlsx, REQUIRED_COLUMNS);
        } catch (IllegalArgumentException e) {
            return MeasurementReport.fileError(e.getMessage());
        }
        List<CsvRows.Row> fixed = new ArrayList<>();
        for (CsvRows.Row r : rows) {
            String period = r.get("period");
            if (period != null && FIRST_OF_MONTH.matcher(period).matches()) {
                Map<String, String> values = new HashMap<>(r.values());
                values.put("period", period.substring(0, 7));
                r = new CsvRows.Row(r.line(), values);
            }
            fixed.add(r);
        }
        return check(fixed, catalogue, knownScope, today);
    }

    static MeasurementReport check(
            List<CsvRows.Row> rows, KpiCatalogue catalogue, Predicate<Scope> knownScope, LocalDate today) {
        MeasurementFields fields = new MeasurementFields(catalogue, knownScope, today);
        List<RowError> listed = new ArrayList<>();
        int[] errorCount = {0};
        List<Measurement> accepted = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (CsvRows.Row r : rows) {
            long line = r.line();
            Measurement m = fields.check(r.get("kpi"), r.get("period"), r.get("scope"), r.get("value"), (col, msg) -> {
                errorCount[0]++;
                if (listed.size() < MeasurementReport.MAX_LISTED_ERRORS) {
                    listed.add(new RowError(line, col, msg));
                }
            });
            if (m == null) {
                continue;
            }
            Long first = firstLine.putIfAbsent(m.kpi() + "|" + m.period() + "|" + m.scope(), line);
            if (first != null) {
                errorCount[0]++;
                if (listed.size() < MeasurementReport.MAX_LISTED_ERRORS) {
                    listed.add(new RowError(
                            line,
                            "period",
                            "Line " + first + " already has a value for " + m.kpi() + ", " + m.period() + ", "
                                    + m.scope() + ". Keep one row per KPI, period and scope."));
                }
                continue;
            }
            accepted.add(m);
        }
        if (errorCount[0] > listed.size()) {
            listed.add(new RowError(
                    1,
                    "file",
                    (errorCount[0] - listed.size())
                            + " more problems are not listed. Fix the ones above and read the file again."));
        }
        return errorCount[0] == 0
                ? new MeasurementReport(rows.size(), accepted.size(), accepted, List.of(), 0)
                : new MeasurementReport(rows.size(), accepted.size(), List.of(), listed, errorCount[0]);
    }
}

package org.cocrea.organisation.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row, read with Apache Commons CSV: comma or semicolon separated (as
 * spreadsheet programs in many locales write it), UTF-8 with or without a byte-order mark.
 */
public final class CsvRows {

    /** One data row: its line number in the file (header = 1) and its values by lower-case column. */
    public record Row(long line, Map<String, String> values) {
        public String get(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    private CsvRows() {}

    public static List<Row> parse(String text, List<String> requiredColumns) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = body.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count()
                        > firstLine.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            Map<String, String> headerByLower = new HashMap<>();
            for (String h : parser.getHeaderNames()) {
                headerByLower.put(h.strip().toLowerCase(Locale.ROOT), h);
            }
            List<String> missing = requiredColumns.stream()
                    .filter(c -> !headerByLower.containsKey(c))
                    .toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("The file lacks the column(s) " + String.join(", ", missing)
                        + ". The first row must name the columns: " + String.join(", ", requiredColumns) + ".");
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                Map<String, String> values = new HashMap<>();
                headerByLower.forEach((lower, original) ->
                        values.put(lower, r.isMapped(original) && r.isSet(original) ? r.get(original) : null));
                rows.add(new Row(r.getRecordNumber() + 1, values));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("The file is not valid CSV: " + e.getMessage(), e);
        }
    }
}

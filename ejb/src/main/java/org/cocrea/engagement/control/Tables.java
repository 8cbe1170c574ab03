package org.cocrea.engagement.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cocrea.organisation.control.CsvRows;
import org.cocrea.platform.tabular.SheetRows;

/**
 * Reading a table with a header row, row by row, into {@link CsvRows.Row} (line number and values
 * by lower-case column name), from CSV (streamed, as {@link CsvRows} reads it: comma or semicolon,
 * optional byte-order mark) or from the first sheet of an Excel workbook.
 */
final class Tables {

    private Tables() {}

    /**
     * Streams a CSV file. Line numbers follow {@link CsvRows}: the header is line 1 and the n-th
     * data record is line n + 1.
     *
     * @throws IllegalArgumentException when a required column is missing or the file is not CSV
     */
    static void csv(Reader reader, List<String> required, Consumer<CsvRows.Row> sink) {
        try {
            BufferedReader in = new BufferedReader(reader, 1 << 16);
            in.mark(4);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            in.mark(1 << 20);
            String firstLine = in.readLine();
            in.reset();
            if (firstLine == null) {
                throw new IllegalArgumentException(
                        "The file is empty. The first row must name the columns: " + String.join(", ", required) + ".");
            }
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
            try (CSVParser parser = CSVParser.parse(in, format)) {
                Map<String, String> headerByLower = SheetRows.requireColumns(parser.getHeaderNames(), required);
                for (CSVRecord r : parser) {
                    Map<String, String> values = new HashMap<>();
                    headerByLower.forEach((lower, original) ->
                            values.put(lower, r.isMapped(original) && r.isSet(original) ? r.get(original) : null));
                    sink.accept(new CsvRows.Row(r.getRecordNumber() + 1, values));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new IllegalArgumentException("The file is not valid CSV: " + e.getMessage(), e);
        }
    }

    /** The first sheet of a workbook; see {@link SheetRows#read}. */
    static void xlsx(InputStream stream, List<String> required, Consumer<CsvRows.Row> sink) {
        SheetRows.read(stream, required, sink);
    }
}

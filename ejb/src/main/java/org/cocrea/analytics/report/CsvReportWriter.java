package org.cocrea.analytics.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as a ZIP archive of CSV files, each UTF-8 with a byte-order mark (so that Excel reads the
 * Greek letters), comma-separated, RFC 4180 quoting, CRLF line ends:
 *
 * <ul>
 *   <li>{@code summary.csv}: columns {@code kind, text}; the title, the header lines and the report's
 *       general warnings;
 *   <li>{@code 01-descriptives.csv}, {@code 02-reliability.csv}, …: one per table, named by its
 *       number and key; the column headers, then the rows with the cells as printed (a heading row
 *       has its text in the first cell);
 *   <li>{@code notes.csv}: columns {@code table, title, kind, text}; every table's notes, readings
 *       and warnings ({@code kind} is note, reading or warning).
 * </ul>
 */
final class CsvReportWriter {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;

    private CsvReportWriter() {}

    static void write(Report report, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, "summary.csv", printer -> {
            printer.printRecord("kind", "text");
            printer.printRecord("title", report.title());
            for (String line : report.headerLines()) {
                printer.printRecord("header", line);
            }
            for (String w : report.warnings()) {
                printer.printRecord("warning", w);
            }
        });
        for (ReportTable t : report.tables()) {
            entry(zip, fileName(t), printer -> {
                printer.printRecord(t.columns());
                for (ReportRow row : t.rows()) {
                    printer.printRecord(row.texts());
                }
            });
        }
        entry(zip, "notes.csv", printer -> {
            printer.printRecord("table", "title", "kind", "text");
            for (ReportTable t : report.tables()) {
                print(printer, t, "note", t.notes());
                print(printer, t, "reading", t.readings());
                print(printer, t, "warning", t.warnings());
            }
        });
        zip.finish();
        zip.flush();
    }

    /** The table's file name in the archive, e.g. {@code 04-cfa-fit.csv}. */
    static String fileName(ReportTable t) {
        return String.format(java.util.Locale.ROOT, "%02d-%s.csv", t.number(), t.key());
    }

    private static void print(CSVPrinter printer, ReportTable t, String kind, List<String> texts) throws IOException {
        for (String text : texts) {
            printer.printRecord(t.number(), t.title(), kind, text);
        }
    }

    private interface Body {
        void print(CSVPrinter printer) throws IOException;
    }

    /** 2000-01-01T00:00:00Z, the time stamped on every file of the archive. */
    static final long FIXED_TIME = 946_684_800_000L;

    private static void entry(ZipOutputStream zip, String name, Body body) throws IOException {
        ZipEntry e = new ZipEntry(name);
        // a fixed time: the same report gives the same bytes, whenever it is exported
        e.setTime(FIXED_TIME);
        zip.putNextEntry(e);
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        body.print(printer);
        printer.flush();
        zip.closeEntry();
    }
}

package org.cocrea.analytics.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes a {@link Report} as PDF, Excel or a ZIP of CSV files ({@link ReportFormat}). The stream is
 * written to but not closed. Exports hold what the report holds; they add no date or user.
 */
public final class ReportExporter {

    private ReportExporter() {}

    /**
     * Writes the report.
     *
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(Report report, ReportFormat format, OutputStream out) {
        try {
            switch (format) {
                case PDF -> PdfReportWriter.write(report, out);
                case EXCEL -> ExcelReportWriter.write(report, out);
                case CSV_ZIP -> CsvReportWriter.write(report, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's file content in one array. */
    public static byte[] export(Report report, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(report, format, out);
        return out.toByteArray();
    }

    /**
     * A file name for a download: the title made safe for file systems, e.g. {@code
     * evidence-report.pdf}.
     */
    public static String fileName(Report report, ReportFormat format) {
        String base = report.title()
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return (base.isEmpty() ? "report" : base) + "." + format.extension();
    }
}

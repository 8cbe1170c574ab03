package org.cocrea.analytics.report;

/** The file formats a {@link Report} can be exported to, with what a download needs to know. */
public enum ReportFormat {
    /** A PDF document: tables, notes, readings, warnings and the simple-slopes figure. */
    PDF("application/pdf", "pdf"),
    /** An Excel workbook (.xlsx): a summary sheet, then one sheet per table; numbers stay numbers. */
    EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /**
     * A ZIP archive of CSV files (UTF-8 with byte-order mark, comma-separated): {@code summary.csv},
     * one {@code NN-key.csv} per table with the cells as printed, and {@code notes.csv} with every
     * table's notes, readings and warnings.
     */
    CSV_ZIP("application/zip", "zip");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The MIME type for a Content-Type header. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}

package org.cocrea.kpi.control;

import java.util.List;
import org.cocrea.organisation.control.ImportReport.RowError;

/**
 * What reading a measurement file gave. Imports are all-or-nothing: the measurements are given only
 * when no row has a problem; with any problem {@link #measurements()} is empty and nothing may be
 * applied. Each problem names its line (the header is line 1) and column.
 *
 * <p>At most {@value #MAX_LISTED_ERRORS} errors are listed; {@code errorCount} counts them all.
 *
 * @param rows the data rows read (blank lines not counted)
 * @param validRows rows without a problem (a file with errors may have some)
 * @param measurements the checked values in file order; empty when there is any error
 * @param errors the problems, in file order
 * @param errorCount all problems, listed or not
 */
public record MeasurementReport(
        int rows, int validRows, List<Measurement> measurements, List<RowError> errors, int errorCount) {

    /** How many row errors are listed at most; a file with more gets a final summary line. */
    public static final int MAX_LISTED_ERRORS = 1000;

    public MeasurementReport {
        measurements = List.copyOf(measurements);
        errors = List.copyOf(errors);
        if (errorCount > 0 && !measurements.isEmpty()) {
            throw new IllegalArgumentException("A report with errors carries no measurements");
        }
    }

    /** Whether the file can be applied: no problem at all. */
    public boolean ok() {
        return errorCount == 0;
    }

    static MeasurementReport fileError(String message) {
        return new MeasurementReport(0, 0, List.of(), List.of(new RowError(1, "file", message)), 1);
    }
}

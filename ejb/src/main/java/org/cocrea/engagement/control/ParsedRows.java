package org.cocrea.engagement.control;

import java.util.List;
import org.cocrea.organisation.control.ImportReport.RowError;

/**
 * What reading an import file gave: the rows that passed every check and the problems, each naming
 * its line (the header is line 1) and column. Imports are all-or-nothing: the caller writes the
 * accepted rows only when there is no error.
 *
 * <p>At most {@value #MAX_LISTED_ERRORS} errors are listed; {@code errorCount} counts them all.
 *
 * @param rows the data rows read (blank lines not counted)
 * @param accepted the rows without problems, in file order (empty when they went to a consumer)
 * @param errors the problems, in file order
 * @param errorCount all problems, listed or not
 * @param <T> the checked row type
 */
public record ParsedRows<T>(int rows, List<T> accepted, List<RowError> errors, int errorCount) {

    /** How many row errors are listed at most; a file with more gets a final summary line. */
    public static final int MAX_LISTED_ERRORS = 1000;

    public ParsedRows {
        accepted = List.copyOf(accepted);
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }
}

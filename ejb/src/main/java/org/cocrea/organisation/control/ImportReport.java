package org.cocrea.organisation.control;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did or would do. With any row error nothing is written; {@code committed} says
 * whether the changes were saved.
 */
public record ImportReport(int rows, int created, int updated, int unchanged, List<RowError> errors, boolean committed)
        implements Serializable {

    /** A problem with one row: line number in the file (the header is line 1), column and message. */
    public record RowError(long line, String column, String message) implements Serializable {}

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}

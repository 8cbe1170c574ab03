package org.cocrea.engagement.control;

import java.util.ArrayList;
import java.util.List;
import org.cocrea.organisation.control.ImportReport.RowError;

/** Collects row errors, listing at most {@link ParsedRows#MAX_LISTED_ERRORS}. */
final class Errors {

    private final List<RowError> listed = new ArrayList<>();
    private int count;

    void add(long line, String column, String message) {
        count++;
        if (listed.size() < ParsedRows.MAX_LISTED_ERRORS) {
            listed.add(new RowError(line, column, message));
        }
    }

    int count() {
        return count;
    }

    List<RowError> listed() {
        List<RowError> out = new ArrayList<>(listed);
        if (count > listed.size()) {
            out.add(new RowError(
                    1,
                    "file",
                    (count - listed.size()) + " more problems are not listed. Fix the ones above and read the file"
                            + " again."));
        }
        return out;
    }
}

package org.cocrea.analytics.data;

import java.io.Serializable;
import java.util.List;

/**
 * A row left out of every analysis by listwise deletion.
 *
 * @param row the row as the user sees it (CSV line or sheet row; the header is row 1)
 * @param missing the columns whose cell is empty in that row, in mapping order
 */
public record DroppedRow(int row, List<String> missing) implements Serializable {

    private static final long serialVersionUID = 1L;

    public DroppedRow {
        missing = List.copyOf(missing);
    }
}

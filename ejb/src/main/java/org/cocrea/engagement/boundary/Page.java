package org.cocrea.engagement.boundary;

import java.io.Serializable;
import java.util.List;

/** One page of a longer list, with the number of all matching rows. */
public record Page<T>(List<T> rows, long total) implements Serializable {

    public Page {
        rows = List.copyOf(rows);
    }
}

package org.cocrea.cocreation.boundary;

import java.io.Serializable;

/**
 * What the idea board shows: a campaign (or all the caller can see), a search text, filters, the
 * order and the page.
 *
 * @param sort {@code votes}, {@code recent}, {@code comments} or {@code score}
 */
public record BoardQuery(
        Long campaignId,
        String text,
        String status,
        Long stageId,
        String tag,
        String orientation,
        String sort,
        int first,
        int size)
        implements Serializable {

    public BoardQuery {
        if (size <= 0 || size > 200) {
            size = 24;
        }
        if (first < 0) {
            first = 0;
        }
    }
}

package org.cocrea.engagement.boundary;

import java.io.Serializable;

/**
 * What the registry list is narrowed to; every part is optional (null or blank for none).
 *
 * @param text matches the start of the name or the external id, case ignored
 * @param kind customer, partner, supplier or employee (the code)
 * @param segment exact segment
 * @param region exact region
 * @param tag a tag the stakeholder carries
 * @param minEngagement lowest engagement index, 0..100
 */
public record StakeholderFilter(
        String text, String kind, String segment, String region, String tag, Double minEngagement)
        implements Serializable {

    public static StakeholderFilter none() {
        return new StakeholderFilter(null, null, null, null, null, null);
    }

    /** The columns a list may be sorted by, as the API and the screen name them. */
    public enum Sort {
        NAME("lower(s.display_name)", false),
        EXTERNAL_ID("s.external_id", false),
        KIND("s.kind", false),
        SEGMENT("s.segment", true),
        REGION("s.region", true),
        ENGAGEMENT("s.engagement", false),
        INNOVATION("s.innovation", false),
        COMMUNICATION("s.communication", false),
        RECOMMENDATION("s.recommendation", false),
        LEARNING("s.learning", false),
        KNOWLEDGE("s.knowledge", false),
        RISK("s.risk", false);

        final String column;
        final boolean nullable;

        Sort(String column, boolean nullable) {
            this.column = column;
            this.nullable = nullable;
        }

        /**
         * The ORDER BY clause: the column, then the id, both in the same direction. Only the
         * columns that can be empty say "nulls last" (empty values after the others either way);
         * on a column that is never empty it changes nothing but would stop PostgreSQL from
         * reading the rows in the order of the column's index (V10__engagement_indexes.sql).
         */
        String orderBy(boolean ascending) {
            String direction = ascending ? " asc" : " desc";
            return column + direction + (nullable ? " nulls last" : "") + ", s.id" + direction;
        }
    }
}

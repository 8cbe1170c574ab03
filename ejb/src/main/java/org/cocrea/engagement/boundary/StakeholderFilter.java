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
        NAME("lower(s.display_name)"),
        EXTERNAL_ID("s.external_id"),
        KIND("s.kind"),
        SEGMENT("s.segment"),
        REGION("s.region"),
        ENGAGEMENT("s.engagement"),
        INNOVATION("s.innovation"),
        COMMUNICATION("s.communication"),
        RECOMMENDATION("s.recommendation"),
        LEARNING("s.learning"),
        KNOWLEDGE("s.knowledge"),
        RISK("s.risk");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }
}

package org.cocrea.kpi.control;

import java.time.Instant;

/**
 * A stakeholder's engagement index (0–100) was computed (see {@code docs/engagement-index.md}); the
 * engagement feature records one per stakeholder and day. Counted for the organisation.
 *
 * @param stakeholderId the stakeholder
 * @param value the index, 0–100
 * @param at when it was computed (its as-of time)
 */
public record EngagementIndexRecorded(String stakeholderId, double value, Instant at) implements KpiEvent {

    public EngagementIndexRecorded {
        Events.id("stakeholderId", stakeholderId);
        Events.index("value", value);
        Events.at("at", at);
    }
}

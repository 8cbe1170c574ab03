package org.cocrea.kpi.control;

import java.time.Instant;
import java.util.Objects;
import org.cocrea.engagement.control.StakeholderKind;

/**
 * A person took part: submitted, commented, voted, tested, answered. Reported once per contribution
 * (or once per person and day); a person counts once per period and scope however often they take
 * part.
 *
 * @param personId the stakeholder or employee
 * @param kind customer, employee, partner or supplier
 * @param segment the customer segment, or null (customer-asset breadth counts customers' segments)
 * @param campaignId the campaign taken part in, or null
 * @param unitId the org unit, or null
 * @param at when
 */
public record Participation(
        String personId, StakeholderKind kind, String segment, String campaignId, String unitId, Instant at)
        implements KpiEvent {

    public Participation {
        Events.id("personId", personId);
        Objects.requireNonNull(kind, "kind");
        if (segment != null && (segment.isBlank() || segment.length() > Events.MAX_ID)) {
            throw new IllegalArgumentException("segment must be null or 1 to 80 characters, was " + segment);
        }
        Events.code("campaignId", campaignId);
        Events.code("unitId", unitId);
        Events.at("at", at);
    }
}

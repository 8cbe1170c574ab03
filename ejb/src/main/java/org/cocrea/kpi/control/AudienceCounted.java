package org.cocrea.kpi.control;

import java.time.Instant;

/**
 * How many people may take part in a scope: the invited audience of a campaign (reported by the
 * co-creation feature when it is invited or changes), the headcount of a unit or of the whole
 * organisation (reported by the organisation feature after an import). The latest count up to the
 * end of a period is the participation rate's denominator.
 *
 * @param campaignId the campaign, or null
 * @param unitId the unit, or null; with both null the count is the organisation's
 * @param size people who may take part, 0 or more
 * @param at when counted
 */
public record AudienceCounted(String campaignId, String unitId, int size, Instant at) implements KpiEvent {

    public AudienceCounted {
        Events.code("campaignId", campaignId);
        Events.code("unitId", unitId);
        if (campaignId != null && unitId != null) {
            throw new IllegalArgumentException("An audience is counted for a campaign or for a unit, not both");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must be 0 or more, was " + size);
        }
        Events.at("at", at);
    }

    /** The scope the count is for. */
    public Scope scope() {
        if (campaignId != null) {
            return Scope.campaign(campaignId);
        }
        return unitId != null ? Scope.unit(unitId) : Scope.ORGANISATION;
    }
}

package org.cocrea.kpi.control;

import java.time.Instant;

/**
 * The climate result of a unit (or of the organisation) from a closed climate round: the
 * innovation-climate index on 0–100 (the mean factor score as a percentage of the scale's maximum:
 * 100 × (mean − 1) / (points − 1)) and the number of respondents it rests on. The climate feature
 * reports only results that may be shown (above the anonymity threshold); a unit's result already
 * covers its sub-units, so results are counted for their own scope only.
 *
 * @param unitId the unit, or null for the organisation's result
 * @param value the index, 0–100
 * @param respondents respondents behind it, 1 or more
 * @param at when the round closed
 */
public record ClimateIndexRecorded(String unitId, double value, int respondents, Instant at) implements KpiEvent {

    public ClimateIndexRecorded {
        Events.code("unitId", unitId);
        Events.index("value", value);
        if (respondents < 1) {
            throw new IllegalArgumentException("respondents must be 1 or more, was " + respondents);
        }
        Events.at("at", at);
    }

    /** The scope the result is for. */
    public Scope scope() {
        return unitId == null ? Scope.ORGANISATION : Scope.unit(unitId);
    }
}

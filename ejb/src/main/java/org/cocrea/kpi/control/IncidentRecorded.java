package org.cocrea.kpi.control;

import java.time.Instant;
import java.util.Objects;
import org.cocrea.engagement.control.Incident;
import org.cocrea.engagement.control.IncidentType;

/**
 * A value co-destruction incident was recorded: abuse, misuse, conflict or an abandoned
 * commitment (see {@link IncidentType}).
 *
 * @param incidentId the incident
 * @param stakeholderId who was involved
 * @param type what happened
 * @param severity 1 (minor) to 5 (severe)
 * @param campaignId the campaign it happened in, or null
 * @param unitId the org unit, or null
 * @param at when it happened
 */
public record IncidentRecorded(
        String incidentId,
        String stakeholderId,
        IncidentType type,
        int severity,
        String campaignId,
        String unitId,
        Instant at)
        implements KpiEvent {

    public IncidentRecorded {
        Events.id("incidentId", incidentId);
        Events.id("stakeholderId", stakeholderId);
        Objects.requireNonNull(type, "type");
        if (severity < 1 || severity > Incident.MAX_SEVERITY) {
            throw new IllegalArgumentException("severity must be 1 to " + Incident.MAX_SEVERITY + ", was " + severity);
        }
        Events.code("campaignId", campaignId);
        Events.code("unitId", unitId);
        Events.at("at", at);
    }
}

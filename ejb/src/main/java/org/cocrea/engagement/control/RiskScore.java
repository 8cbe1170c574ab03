package org.cocrea.engagement.control;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A stakeholder's co-destruction risk at one date.
 *
 * @param stakeholderId whose risk
 * @param asOf the date
 * @param risk 0..100
 * @param load the decayed, weighted sum of incidents the risk is computed from
 * @param incidents how many incidents counted (those on or before the date)
 * @param loadByType the load per incident type
 */
public record RiskScore(
        String stakeholderId,
        LocalDate asOf,
        double risk,
        double load,
        int incidents,
        Map<IncidentType, Double> loadByType) {

    public RiskScore {
        EnumMap<IncidentType, Double> m = new EnumMap<>(IncidentType.class);
        m.putAll(loadByType);
        loadByType = Collections.unmodifiableMap(m);
    }
}

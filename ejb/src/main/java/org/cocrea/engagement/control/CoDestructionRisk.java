package org.cocrea.engagement.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The risk that taking part with a stakeholder destroys value instead of creating it, 0..100,
 * from the incidents recorded about that stakeholder.
 *
 * <p>Each incident on or before the as-of date adds to a load:
 *
 * <pre>
 *   load = Σ typeWeight × severity × c × 2^(−age / halfLife)
 * </pre>
 *
 * with c = 1 for a confirmed incident and {@code unconfirmedFactor} (0.5) for an unconfirmed report,
 * and age the days from the incident to the as-of date. Then
 *
 * <pre>
 *   risk = 100 × load / (load + halfRiskLoad)
 * </pre>
 *
 * which is 0 without incidents, 50 when the load equals {@code halfRiskLoad}, and approaches 100 as
 * incidents pile up without ever exceeding it. Defaults: half-life 180 days, unconfirmed 0.5,
 * half-risk load 5, type weights of {@link IncidentType}. A confirmed severe abuse (2 × 5 = 10) on
 * the day gives 66.7; after a year (two half-lives) 2.5 → 33.3. Incidents dated after the as-of date
 * do not count, so past dates can be recomputed.
 */
public final class CoDestructionRisk {

    private final double halfLifeDays;
    private final double unconfirmedFactor;
    private final double halfRiskLoad;
    private final Map<IncidentType, Double> typeWeights;

    /** The defaults: half-life 180 days, unconfirmed 0.5, half-risk load 5, default type weights. */
    public CoDestructionRisk() {
        this(180, 0.5, 5, Map.of());
    }

    /**
     * @param halfLifeDays after how many days an incident counts half, &gt; 0
     * @param unconfirmedFactor the factor of an unconfirmed report, 0..1
     * @param halfRiskLoad the load at which the risk is 50, &gt; 0
     * @param typeWeights weights per type (≥ 0); types not given keep their default
     */
    public CoDestructionRisk(
            double halfLifeDays, double unconfirmedFactor, double halfRiskLoad, Map<IncidentType, Double> typeWeights) {
        if (!(halfLifeDays > 0 && halfLifeDays <= EngagementWeights.MAX_DAYS)) {
            throw new IllegalArgumentException("halfLifeDays must be above 0, was " + halfLifeDays);
        }
        if (!(unconfirmedFactor >= 0 && unconfirmedFactor <= 1)) {
            throw new IllegalArgumentException("unconfirmedFactor must be 0..1, was " + unconfirmedFactor);
        }
        if (!(halfRiskLoad > 0 && halfRiskLoad < 1e6)) {
            throw new IllegalArgumentException("halfRiskLoad must be above 0, was " + halfRiskLoad);
        }
        EnumMap<IncidentType, Double> w = new EnumMap<>(IncidentType.class);
        for (IncidentType t : IncidentType.values()) {
            w.put(t, t.defaultWeight());
        }
        typeWeights.forEach((t, v) -> {
            if (v == null || !(v >= 0 && v <= 100)) {
                throw new IllegalArgumentException("The weight of " + t.code() + " must be 0..100, was " + v);
            }
            w.put(t, v);
        });
        this.halfLifeDays = halfLifeDays;
        this.unconfirmedFactor = unconfirmedFactor;
        this.halfRiskLoad = halfRiskLoad;
        this.typeWeights = Collections.unmodifiableMap(w);
    }

    /** The risk of one stakeholder at a date. */
    public RiskScore score(String stakeholderId, Collection<Incident> incidents, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        EnumMap<IncidentType, Double> byType = new EnumMap<>(IncidentType.class);
        for (IncidentType t : IncidentType.values()) {
            byType.put(t, 0.0);
        }
        double load = 0;
        int counted = 0;
        for (Incident i : incidents) {
            if (i.date().isAfter(asOf)) {
                continue;
            }
            long age = asOf.toEpochDay() - i.date().toEpochDay();
            double part = typeWeights.get(i.type())
                    * i.severity()
                    * (i.confirmed() ? 1 : unconfirmedFactor)
                    * Math.pow(2, -age / halfLifeDays);
            byType.merge(i.type(), part, Double::sum);
            load += part;
            counted++;
        }
        double risk = load <= 0 ? 0 : 100 * load / (load + halfRiskLoad);
        return new RiskScore(stakeholderId, asOf, risk, load, counted, byType);
    }
}

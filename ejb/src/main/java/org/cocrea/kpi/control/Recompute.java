package org.cocrea.kpi.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Builds a period's snapshots from the full event history, ignoring any stored state: the reference
 * the incremental {@link SnapshotEngine} must match, and the repair when a period must be rebuilt
 * (after a bug fix or a corrected import).
 *
 * <p>For each computed KPI and scope, a snapshot of the period exists when at least one event the
 * KPI reads counts in the period for that scope; it holds every flow event counting in the period
 * and every carried event counting up to the period's end. Events are applied in the order given;
 * the result does not depend on it.
 */
public final class Recompute {

    private final List<ComputedKpi> kpis;
    private final ZoneId zone;
    private final EventScopes scopes;

    /**
     * @param kpis the computed KPIs
     * @param zone the reporting time zone (as given to the engine)
     * @param scopes which scopes an event counts for (as given to the engine)
     */
    public Recompute(List<ComputedKpi> kpis, ZoneId zone, EventScopes scopes) {
        this.kpis = List.copyOf(kpis);
        this.zone = Objects.requireNonNull(zone, "zone");
        this.scopes = Objects.requireNonNull(scopes, "scopes");
    }

    /** The built-in KPIs' snapshots of the period, counting unit events for their own unit only. */
    public static Map<SnapshotKey, KpiSnapshot> fromScratch(
            Collection<? extends KpiEvent> events, Period period, ZoneId zone) {
        return new Recompute(BuiltInKpis.computed(), zone, EventScopes.FLAT).fromScratch(events, period);
    }

    /** Every snapshot of the period, by key. */
    public Map<SnapshotKey, KpiSnapshot> fromScratch(Collection<? extends KpiEvent> events, Period period) {
        Map<SnapshotKey, KpiSnapshot> out = new TreeMap<>();
        for (ComputedKpi kpi : kpis) {
            if (!kpi.definition().readableAt(period.grain())) {
                continue;
            }
            KpiFormula formula = kpi.formula();
            List<KpiEvent> carriedEarlier = new ArrayList<>();
            for (KpiEvent e : events) {
                if (!formula.reads(e)) {
                    continue;
                }
                LocalDate date = LocalDate.ofInstant(formula.countsAt(e), zone);
                if (period.contains(date)) {
                    for (Scope scope : scopes.of(e)) {
                        out.computeIfAbsent(
                                        new SnapshotKey(kpi.key(), scope, period),
                                        k -> KpiSnapshot.empty(kpi, scope, period))
                                .apply(e);
                    }
                } else if (date.isBefore(period.start()) && formula.carries(e)) {
                    carriedEarlier.add(e);
                }
            }
            for (KpiEvent e : carriedEarlier) {
                for (Scope scope : scopes.of(e)) {
                    KpiSnapshot s = out.get(new SnapshotKey(kpi.key(), scope, period));
                    if (s != null) {
                        s.apply(e);
                    }
                }
            }
        }
        return out;
    }
}

package org.cocrea.kpi.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the snapshots of the computed KPIs current as events arrive, so that dashboards never scan
 * the raw activity. For each KPI that reads an event, each scope the event counts for ({@link
 * EventScopes}) and each grain (month, quarter, year), the engine loads the snapshot of the period
 * the event counts in, applies the event and saves it: a constant amount of work per event.
 *
 * <p>A new snapshot first takes over the carried levels of the latest earlier snapshot of its
 * series (the pipeline, the latest audience and climate result); a carried event is also applied to
 * the saved snapshots of later periods, so a late event corrects them. Applying any set of events
 * in any order leaves exactly the snapshots {@link Recompute} builds from scratch; the tests check
 * this on random event streams.
 */
public final class SnapshotEngine {

    private final List<ComputedKpi> kpis;
    private final SnapshotStore store;
    private final ZoneId zone;
    private final EventScopes scopes;

    /** An engine for the built-in KPIs, counting unit events for their own unit only. */
    public SnapshotEngine(SnapshotStore store, ZoneId zone) {
        this(BuiltInKpis.computed(), store, zone, EventScopes.FLAT);
    }

    /**
     * @param kpis the computed KPIs to keep
     * @param store where the snapshots are
     * @param zone the organisation's reporting time zone: an event counts in the period holding its
     *     date in this zone
     * @param scopes which scopes an event counts for
     */
    public SnapshotEngine(List<ComputedKpi> kpis, SnapshotStore store, ZoneId zone, EventScopes scopes) {
        this.kpis = List.copyOf(kpis);
        this.store = Objects.requireNonNull(store, "store");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.scopes = Objects.requireNonNull(scopes, "scopes");
    }

    /**
     * Applies one event to every snapshot it counts for.
     *
     * @return the number of snapshots updated
     */
    public int apply(KpiEvent event) {
        Objects.requireNonNull(event, "event");
        int updated = 0;
        List<Scope> eventScopes = null;
        for (ComputedKpi kpi : kpis) {
            KpiFormula formula = kpi.formula();
            if (!formula.reads(event)) {
                continue;
            }
            if (eventScopes == null) {
                eventScopes = scopes.of(event);
            }
            LocalDate date = LocalDate.ofInstant(formula.countsAt(event), zone);
            boolean carried = formula.carries(event);
            for (Scope scope : eventScopes) {
                for (Grain grain : Grain.values()) {
                    if (!kpi.definition().readableAt(grain)) {
                        continue;
                    }
                    SnapshotKey key = new SnapshotKey(kpi.key(), scope, Period.of(grain, date));
                    KpiSnapshot snapshot = store.find(key).orElseGet(() -> open(kpi, key));
                    snapshot.apply(event);
                    store.save(snapshot);
                    updated++;
                    if (carried) {
                        for (KpiSnapshot later : store.after(key)) {
                            later.apply(event);
                            store.save(later);
                            updated++;
                        }
                    }
                }
            }
        }
        return updated;
    }

    /** Applies events one by one. */
    public int applyAll(Iterable<? extends KpiEvent> events) {
        int updated = 0;
        for (KpiEvent e : events) {
            updated += apply(e);
        }
        return updated;
    }

    private KpiSnapshot open(ComputedKpi kpi, SnapshotKey key) {
        KpiSnapshot s = KpiSnapshot.empty(kpi, key.scope(), key.period());
        store.latestBefore(key).ifPresent(s::carryFrom);
        return s;
    }
}

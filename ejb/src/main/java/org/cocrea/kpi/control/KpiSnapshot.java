package org.cocrea.kpi.control;

import java.util.Collection;
import java.util.Objects;

/**
 * The pre-aggregated state of one computed KPI for one scope and period: the {@link Components}
 * its value is derived from. Dashboards read snapshots, never the raw activity; the {@link
 * SnapshotEngine} keeps them current by applying each event as it arrives ({@link #apply}), and
 * {@link #value()} derives the KPI from the components at any time.
 *
 * <p>A snapshot of period P holds the flow events that count in P and the carried events (see
 * {@link KpiFormula}) that count up to the end of P. Two snapshots are equal when their keys and
 * components are equal.
 */
public final class KpiSnapshot {

    private final ComputedKpi kpi;
    private final SnapshotKey key;
    private final Components components;

    private KpiSnapshot(ComputedKpi kpi, SnapshotKey key, Components components) {
        this.kpi = Objects.requireNonNull(kpi, "kpi");
        this.key = Objects.requireNonNull(key, "key");
        this.components = components;
        if (!kpi.key().equals(key.kpi())) {
            throw new IllegalArgumentException("A snapshot of " + key.kpi() + " cannot hold " + kpi.key());
        }
        if (!kpi.definition().readableAt(key.period().grain())) {
            throw new IllegalArgumentException(
                    kpi.key() + " is not kept per " + key.period().grain().code());
        }
    }

    /** A snapshot with nothing counted yet. */
    public static KpiSnapshot empty(ComputedKpi kpi, Scope scope, Period period) {
        return new KpiSnapshot(kpi, new SnapshotKey(kpi.key(), scope, period), new Components());
    }

    /** A snapshot with the given components, e.g. as read back from a snapshot table. */
    public static KpiSnapshot of(ComputedKpi kpi, SnapshotKey key, Components components) {
        return new KpiSnapshot(kpi, key, components.copy());
    }

    public SnapshotKey key() {
        return key;
    }

    public ComputedKpi kpi() {
        return kpi;
    }

    /** A copy of the components, e.g. to write to a snapshot table. */
    public Components components() {
        return components.copy();
    }

    /**
     * Adds an event. The caller places it: a flow event must count in this snapshot's period, a
     * carried event up to its end, and the event must belong to this snapshot's scope ({@link
     * SnapshotEngine} and {@link Recompute} do this).
     */
    public void apply(KpiEvent event) {
        if (kpi.formula().reads(event)) {
            kpi.formula().apply(event, components);
        }
    }

    /**
     * Takes over the carried levels from the latest earlier snapshot of the same series, before
     * anything is applied to a new snapshot.
     */
    public void carryFrom(KpiSnapshot earlier) {
        if (!earlier.key.sameSeries(key) || earlier.key.period().compareTo(key.period()) >= 0) {
            throw new IllegalArgumentException("Cannot carry " + earlier.key + " into " + key);
        }
        components.merge(earlier.components, kpi.formula()::isCarried);
    }

    /** The KPI's value for the period and scope. */
    public KpiValue value() {
        return kpi.formula().value(components);
    }

    /**
     * A longer period's snapshot from the snapshots of the shorter periods inside it (three months
     * for a quarter, for example): flow components are merged (counters added, sets and distinct
     * counts united), carried levels are taken from the latest part. The parts are of one grain;
     * parts with nothing stored may be left out. The result equals the snapshot the engine keeps for the longer period.
     *
     * @throws IllegalArgumentException when a part is of another KPI or scope, or lies outside the
     *     target period
     */
    public static KpiSnapshot rollUp(ComputedKpi kpi, Scope scope, Period target, Collection<KpiSnapshot> parts) {
        KpiSnapshot out = empty(kpi, scope, target);
        KpiSnapshot last = null;
        for (KpiSnapshot part : parts) {
            if (!part.kpi.key().equals(kpi.key())
                    || !part.key.scope().equals(scope)
                    || !target.contains(part.key.period())
                    || part.key.period().equals(target)
                    || last != null
                            && last.key.period().grain() != part.key.period().grain()) {
                throw new IllegalArgumentException("Cannot roll " + part.key + " up into " + out.key);
            }
            out.components.merge(part.components, n -> !kpi.formula().isCarried(n));
            if (last == null
                    || part.key.period().start().isAfter(last.key.period().start())) {
                last = part;
            }
        }
        if (last != null) {
            out.components.merge(last.components, kpi.formula()::isCarried);
        }
        return out;
    }

    public KpiSnapshot copy() {
        return new KpiSnapshot(kpi, key, components.copy());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KpiSnapshot s && key.equals(s.key) && components.equals(s.components);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + components.hashCode();
    }

    @Override
    public String toString() {
        return "KpiSnapshot[" + key + ", " + components + "]";
    }
}

package org.cocrea.kpi.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A snapshot as one row of the snapshot table: its key, the components as bytes, the carried
 * levels alone (for KPIs that have any, so that a later period without a row can be read without
 * the full components), and the value derived from the components with its reason and breakdown,
 * so that dashboards read numbers without decoding anything.
 *
 * @param key KPI, scope and period
 * @param components {@link Components#toBytes()}
 * @param carried the carried levels as {@link Components#toBytes()}; null when the KPI has none
 * @param value the value; NaN when not computable
 * @param reason why there is no value; null when there is one
 * @param breakdown the parts behind the value, as {@link #encode(Map)} writes them
 */
public record StoredSnapshot(
        SnapshotKey key, byte[] components, byte[] carried, double value, String reason, String breakdown) {

    /** Longest reason kept (the column's size). */
    public static final int MAX_REASON = 300;

    /** Longest breakdown kept (the column's size). */
    public static final int MAX_BREAKDOWN = 2000;

    public StoredSnapshot {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(components, "components");
        Objects.requireNonNull(breakdown, "breakdown");
    }

    /** The row for a snapshot. */
    public static StoredSnapshot of(KpiSnapshot snapshot) {
        Components c = snapshot.components();
        KpiFormula formula = snapshot.kpi().formula();
        KpiValue v = snapshot.value();
        String reason = v.reason();
        if (reason != null && reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON);
        }
        return new StoredSnapshot(
                snapshot.key(),
                c.toBytes(),
                formula.carriesAny() ? c.only(formula::isCarried).toBytes() : null,
                v.value(),
                reason,
                encode(v.breakdown()));
    }

    /** The snapshot this row holds. */
    public KpiSnapshot toSnapshot(ComputedKpi kpi) {
        return KpiSnapshot.of(kpi, key, Components.fromBytes(components));
    }

    /** The value as dashboards read it. */
    public KpiValue toValue() {
        return new KpiValue(value, decode(breakdown), Double.isNaN(value) ? reason == null ? "" : reason : null);
    }

    /**
     * The value of a later period of the same series that has no row of its own: an empty snapshot
     * carrying this row's levels (a quiet month keeps last month's pipeline).
     */
    public KpiValue carriedInto(ComputedKpi kpi, Period later) {
        Components levels = carried == null ? new Components() : Components.fromBytes(carried);
        return KpiSnapshot.of(kpi, key.withPeriod(later), levels).value();
    }

    /** {@code name=value;name=value} in the breakdown's order; "" for none. */
    public static String encode(Map<String, Double> breakdown) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Double> e : breakdown.entrySet()) {
            String part = e.getKey() + "=" + e.getValue();
            if (b.length() + part.length() + 1 > MAX_BREAKDOWN) {
                break;
            }
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(part);
        }
        return b.toString();
    }

    /** The breakdown written by {@link #encode(Map)}. */
    public static Map<String, Double> decode(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String part : text.split(";")) {
            int eq = part.lastIndexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq), Double.valueOf(part.substring(eq + 1)));
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredSnapshot s
                && key.equals(s.key)
                && java.util.Arrays.equals(components, s.components)
                && java.util.Arrays.equals(carried, s.carried)
                && Double.compare(value, s.value) == 0
                && Objects.equals(reason, s.reason)
                && breakdown.equals(s.breakdown);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, java.util.Arrays.hashCode(components), value, breakdown);
    }

    @Override
    public String toString() {
        return "StoredSnapshot[" + key + ", value=" + value + ", breakdown=" + breakdown + "]";
    }
}

package org.cocrea.reporting.boundary;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.kpi.control.BuiltInKpis;
import org.cocrea.kpi.control.Components;
import org.cocrea.kpi.control.ComputedKpi;
import org.cocrea.kpi.control.Grain;
import org.cocrea.kpi.control.KpiCatalogue;
import org.cocrea.kpi.control.KpiDefinition;
import org.cocrea.kpi.control.KpiKind;
import org.cocrea.kpi.control.KpiSnapshot;
import org.cocrea.kpi.control.KpiValue;
import org.cocrea.kpi.control.Measurement;
import org.cocrea.kpi.control.MeasurementLedger;
import org.cocrea.kpi.control.Period;
import org.cocrea.kpi.control.Scope;
import org.cocrea.kpi.control.SnapshotKey;
import org.cocrea.kpi.control.StoredSnapshot;

/**
 * Reads KPI values for dashboards in a few queries, never from the activity: computed KPIs from
 * their snapshot rows (the derived value columns; a period without a row takes the carried levels
 * of the latest row before it, as {@code KpiReadings} does), entered KPIs from the current
 * measurements rolled up by their definitions ({@link MeasurementLedger}).
 */
public final class KpiReader {

    private final Connection c;
    private final KpiCatalogue catalogue;
    private final Map<String, ComputedKpi> computed = new HashMap<>();

    public KpiReader(Connection c, KpiCatalogue catalogue) {
        this.c = c;
        this.catalogue = catalogue;
        BuiltInKpis.computed().forEach(k -> computed.put(k.key(), k));
    }

    /**
     * The values of KPIs for scopes over periods of one grain, by KPI, scope and period. Entered KPIs
     * read at a grain finer than theirs have no value (read them at {@link #grainOf}).
     */
    public Map<String, Map<Scope, Map<Period, KpiValue>>> values(
            Collection<String> kpis, Collection<Scope> scopes, List<Period> periods) throws SQLException {
        Map<String, Map<Scope, Map<Period, KpiValue>>> out = new LinkedHashMap<>();
        List<String> comp = new ArrayList<>();
        List<String> entered = new ArrayList<>();
        for (String k : kpis) {
            if (computed.containsKey(k)) {
                comp.add(k);
            } else if (catalogue.contains(k)) {
                entered.add(k);
            }
        }
        if (!comp.isEmpty()) {
            out.putAll(computed(comp, scopes, periods));
        }
        if (!entered.isEmpty()) {
            out.putAll(entered(entered, scopes, periods));
        }
        return out;
    }

    /** The values of one KPI for one scope. */
    public Map<Period, KpiValue> values(String kpi, Scope scope, List<Period> periods) throws SQLException {
        return values(List.of(kpi), List.of(scope), periods)
                .getOrDefault(kpi, Map.of())
                .getOrDefault(scope, Map.of());
    }

    /**
     * The grain a KPI is read at on a dashboard of {@code requested} grain: the requested one, or the
     * KPI's own when that is longer (a quarterly entered KPI on a monthly dashboard shows quarters).
     */
    public Grain grainOf(String kpi, Grain requested, Period last) {
        KpiDefinition d = catalogue.at(kpi, last).orElse(null);
        if (d == null || d.kind() == KpiKind.COMPUTED || !d.grain().coarserThan(requested)) {
            return requested;
        }
        return d.grain();
    }

    /** The periods of the grain that cover the given ones, in order, without repeats. */
    public static List<Period> cover(List<Period> periods, Grain grain) {
        List<Period> out = new ArrayList<>();
        for (Period p : periods) {
            Period q = grain.coarserThan(p.grain()) ? p.rollUp(grain) : p;
            if (out.isEmpty() || !out.get(out.size() - 1).equals(q)) {
                out.add(q);
            }
        }
        return out;
    }

    private Map<String, Map<Scope, Map<Period, KpiValue>>> computed(
            List<String> kpis, Collection<Scope> scopes, List<Period> periods) throws SQLException {
        Grain grain = periods.get(0).grain();
        Period first = periods.get(0);
        Period last = periods.get(periods.size() - 1);
        List<String> scopeTexts = scopes.stream().map(Scope::toString).toList();
        Map<String, Object[]> rows = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("select kpi_key, scope, period_start, value, reason, breakdown,"
                + " carried from kpi_snapshot where kpi_key = any(?) and scope = any(?) and grain = ?"
                + " and period_start >= ? and period_start <= ?")) {
            st.setArray(1, c.createArrayOf("varchar", kpis.toArray()));
            st.setArray(2, c.createArrayOf("varchar", scopeTexts.toArray()));
            st.setString(3, grain.name());
            st.setDate(4, Date.valueOf(first.start()));
            st.setDate(5, Date.valueOf(last.start()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(4);
                    boolean none = rs.wasNull();
                    rows.put(
                            rs.getString(1) + "|" + rs.getString(2) + "|"
                                    + rs.getDate(3).toLocalDate(),
                            new Object[] {none ? Double.NaN : v, rs.getString(5), rs.getString(6), rs.getBytes(7)});
                }
            }
        }
        // the carried levels before the first period, for KPIs that have any
        List<String> pairKpi = new ArrayList<>();
        List<String> pairScope = new ArrayList<>();
        for (String k : kpis) {
            if (computed.get(k).formula().carriesAny()) {
                for (String s : scopeTexts) {
                    pairKpi.add(k);
                    pairScope.add(s);
                }
            }
        }
        Map<String, byte[]> before = new HashMap<>();
        if (!pairKpi.isEmpty()) {
            try (PreparedStatement st = c.prepareStatement("select u.k, u.sc, x.carried from unnest(?::varchar[],"
                    + " ?::varchar[]) as u(k, sc) join lateral (select s.carried from kpi_snapshot s where s.kpi_key = u.k"
                    + " and s.scope = u.sc and s.grain = ? and s.period_start < ? order by s.period_start desc limit 1)"
                    + " x on true")) {
                st.setArray(1, c.createArrayOf("varchar", pairKpi.toArray()));
                st.setArray(2, c.createArrayOf("varchar", pairScope.toArray()));
                st.setString(3, grain.name());
                st.setDate(4, Date.valueOf(first.start()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        before.put(rs.getString(1) + "|" + rs.getString(2), rs.getBytes(3));
                    }
                }
            }
        }
        Map<String, Map<Scope, Map<Period, KpiValue>>> out = new LinkedHashMap<>();
        for (String k : kpis) {
            ComputedKpi kpi = computed.get(k);
            Map<Scope, Map<Period, KpiValue>> byScope = new LinkedHashMap<>();
            for (Scope scope : scopes) {
                Map<Period, KpiValue> series = new LinkedHashMap<>();
                byte[] carried = before.get(k + "|" + scope);
                for (Period p : periods) {
                    Object[] row = rows.get(k + "|" + scope + "|" + p.start());
                    if (row != null) {
                        double v = (Double) row[0];
                        String reason = (String) row[1];
                        series.put(
                                p,
                                new KpiValue(
                                        v,
                                        StoredSnapshot.decode((String) row[2]),
                                        Double.isNaN(v) ? reason == null ? "" : reason : null));
                        if (row[3] != null) {
                            carried = (byte[]) row[3];
                        }
                    } else {
                        Components levels = kpi.formula().carriesAny() && carried != null
                                ? Components.fromBytes(carried)
                                : new Components();
                        series.put(
                                p,
                                KpiSnapshot.of(kpi, new SnapshotKey(k, scope, p), levels)
                                        .value());
                    }
                }
                byScope.put(scope, series);
            }
            out.put(k, byScope);
        }
        return out;
    }

    private Map<String, Map<Scope, Map<Period, KpiValue>>> entered(
            List<String> kpis, Collection<Scope> scopes, List<Period> periods) throws SQLException {
        Period first = periods.get(0);
        Period last = periods.get(periods.size() - 1);
        Map<Scope, MeasurementLedger> ledgers = new HashMap<>();
        for (Scope s : scopes) {
            ledgers.put(s, new MeasurementLedger(catalogue));
        }
        try (PreparedStatement st = c.prepareStatement("select kpi_key, scope, grain, period_start, value,"
                + " definition_version from kpi_measurement where kpi_key = any(?) and scope = any(?)"
                + " and superseded_at is null and period_start >= ? and period_start < ?")) {
            st.setArray(1, c.createArrayOf("varchar", kpis.toArray()));
            st.setArray(
                    2,
                    c.createArrayOf(
                            "varchar", scopes.stream().map(Scope::toString).toArray()));
            st.setDate(3, Date.valueOf(first.start()));
            st.setDate(4, Date.valueOf(last.endExclusive()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Scope s = Scope.parse(rs.getString(2));
                    MeasurementLedger ledger = ledgers.get(s);
                    if (ledger != null) {
                        ledger.record(new Measurement(
                                rs.getString(1),
                                new Period(
                                        Grain.valueOf(rs.getString(3)),
                                        rs.getDate(4).toLocalDate()),
                                s,
                                rs.getDouble(5),
                                rs.getInt(6)));
                    }
                }
            }
        }
        Map<String, Map<Scope, Map<Period, KpiValue>>> out = new LinkedHashMap<>();
        for (String k : kpis) {
            Map<Scope, Map<Period, KpiValue>> byScope = new LinkedHashMap<>();
            for (Scope s : scopes) {
                Map<Period, KpiValue> series = new LinkedHashMap<>();
                for (Period p : periods) {
                    series.put(p, ledgers.get(s).value(k, s, p));
                }
                byScope.put(s, series);
            }
            out.put(k, byScope);
        }
        return out;
    }
}

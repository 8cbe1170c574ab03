package org.cocrea.kpi.boundary;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.cocrea.kpi.control.Aggregation;
import org.cocrea.kpi.control.BuiltInKpis;
import org.cocrea.kpi.control.Direction;
import org.cocrea.kpi.control.Grain;
import org.cocrea.kpi.control.KpiCatalogue;
import org.cocrea.kpi.control.KpiDefinition;
import org.cocrea.kpi.control.KpiKind;
import org.cocrea.kpi.control.Measurement;
import org.cocrea.kpi.control.MeasurementLedger;
import org.cocrea.kpi.control.Period;
import org.cocrea.kpi.control.RagThresholds;
import org.cocrea.kpi.control.Scope;
import org.cocrea.kpi.control.Targets;
import org.cocrea.kpi.control.ValueRule;

/**
 * Reading the KPI tables with plain JDBC, for the boundaries, the read side and the benchmark:
 * the catalogue with every version, thresholds, targets and entered values.
 */
public final class KpiTables {

    private static final Logger LOG = Logger.getLogger(KpiTables.class.getName());

    private KpiTables() {}

    /**
     * Writes every built-in KPI that is not there yet (first version, default thresholds); a
     * concurrent instance doing the same is harmless.
     *
     * @return how many were added
     */
    public static int seedBuiltIns(Connection c) throws SQLException {
        Set<String> present = new HashSet<>();
        try (PreparedStatement st = c.prepareStatement("select kpi_key from kpi");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                present.add(rs.getString(1));
            }
        }
        int added = 0;
        Timestamp now = Timestamp.from(Instant.now());
        for (KpiDefinition d : BuiltInKpis.definitions()) {
            if (present.contains(d.key())) {
                continue;
            }
            try (PreparedStatement st = c.prepareStatement("insert into kpi (kpi_key, built_in, green_tolerance,"
                    + " amber_tolerance, created_at, created_by) values (?, true, ?, ?, ?, 'system')"
                    + " on conflict (kpi_key) do nothing")) {
                st.setString(1, d.key());
                st.setDouble(2, RagThresholds.DEFAULT.greenTolerance());
                st.setDouble(3, RagThresholds.DEFAULT.amberTolerance());
                st.setTimestamp(4, now);
                if (st.executeUpdate() == 0) {
                    continue;
                }
            }
            insertVersion(c, d, 1, null, now.toInstant(), "system");
            added++;
        }
        return added;
    }

    /** Writes one version of a definition. */
    public static void insertVersion(
            Connection c, KpiDefinition d, int number, LocalDate validFrom, Instant at, String by) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into kpi_definition (id, kpi_key, version_no,"
                + " valid_from, name, description, unit, direction, grain, kind, aggregation, owner, min_value,"
                + " max_value, whole_number, created_at, created_by) values (nextval('kpi_seq'), ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, d.key());
            st.setInt(2, number);
            st.setDate(3, validFrom == null ? null : Date.valueOf(validFrom));
            st.setString(4, d.name());
            st.setString(5, d.description());
            st.setString(6, d.unit());
            st.setString(7, d.direction().name());
            st.setString(8, d.grain().name());
            st.setString(9, d.kind().name());
            st.setString(10, d.aggregation().code());
            st.setString(11, d.owner());
            st.setObject(12, d.values().min());
            st.setObject(13, d.values().max());
            st.setBoolean(14, d.values().wholeNumber());
            st.setTimestamp(15, Timestamp.from(at));
            st.setString(16, by);
            st.executeUpdate();
        }
    }

    /**
     * The catalogue with every stored version; a built-in KPI not stored yet is taken from {@link
     * BuiltInKpis}, so reading never depends on the seeding having run.
     */
    public static KpiCatalogue catalogue(Connection c) throws SQLException {
        KpiCatalogue catalogue = new KpiCatalogue();
        try (PreparedStatement st = c.prepareStatement("select kpi_key, version_no, valid_from, name, description,"
                        + " unit, direction, grain, kind, aggregation, owner, min_value, max_value, whole_number"
                        + " from kpi_definition order by kpi_key, version_no");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                double min = rs.getDouble(12);
                Double minValue = rs.wasNull() ? null : min;
                double max = rs.getDouble(13);
                Double maxValue = rs.wasNull() ? null : max;
                String aggregation = rs.getString(10);
                KpiDefinition d = new KpiDefinition(
                        rs.getString(1),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        Direction.valueOf(rs.getString(7)),
                        Grain.valueOf(rs.getString(8)),
                        KpiKind.valueOf(rs.getString(9)),
                        Aggregation.parse(aggregation)
                                .orElseThrow(() -> new IllegalStateException("Unknown roll-up rule " + aggregation)),
                        rs.getString(11),
                        new ValueRule(minValue, maxValue, rs.getBoolean(14)));
                Date from = rs.getDate(3);
                if (!catalogue.contains(d.key())) {
                    catalogue.add(d);
                } else {
                    try {
                        catalogue.change(
                                d,
                                Period.month(
                                        from.toLocalDate().getYear(),
                                        from.toLocalDate().getMonthValue()));
                    } catch (RuntimeException e) {
                        LOG.warning(
                                "KPI " + d.key() + " version " + rs.getInt(2) + " is not readable: " + e.getMessage());
                    }
                }
            }
        }
        for (KpiDefinition d : BuiltInKpis.definitions()) {
            if (!catalogue.contains(d.key())) {
                catalogue.add(d);
            }
        }
        return catalogue;
    }

    /** Each KPI's RAG thresholds (the default for a KPI without a row). */
    public static Map<String, RagThresholds> thresholds(Connection c) throws SQLException {
        Map<String, RagThresholds> out = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("select kpi_key, green_tolerance, amber_tolerance from kpi");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), new RagThresholds(rs.getDouble(2), rs.getDouble(3)));
            }
        }
        return out;
    }

    /**
     * Every KPI's targets for a scope. A unit or campaign without targets of its own for a KPI that
     * does not roll up by sum (a rate, mean or level) is held to the organisation's targets; sums
     * (ideas, incidents, spend) are not, since a unit's share of them is not the organisation's.
     */
    public static Map<String, Targets> targets(Connection c, KpiCatalogue catalogue, Scope scope) throws SQLException {
        Map<String, RagThresholds> thresholds = thresholds(c);
        Map<String, Targets> own = new HashMap<>();
        Map<String, Targets> organisation = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(
                "select kpi_key, scope, grain, period_start, target from kpi_target where scope = ? or scope = ?")) {
            st.setString(1, scope.toString());
            st.setString(2, Scope.ORGANISATION.toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    KpiDefinition d = catalogue.current(key).orElse(null);
                    if (d == null) {
                        continue;
                    }
                    boolean mine = rs.getString(2).equals(scope.toString());
                    Map<String, Targets> into = mine ? own : organisation;
                    Period p = new Period(
                            Grain.valueOf(rs.getString(3)), rs.getDate(4).toLocalDate());
                    try {
                        into.computeIfAbsent(
                                        key, k -> new Targets(d, thresholds.getOrDefault(k, RagThresholds.DEFAULT)))
                                .set(p, rs.getDouble(5));
                    } catch (RuntimeException e) {
                        // a target for a grain the KPI no longer has (its grain changed): not shown
                    }
                }
            }
        }
        Map<String, Targets> out = new HashMap<>();
        for (KpiDefinition d : catalogue.all()) {
            Targets t = own.get(d.key());
            if (t == null && !scope.isOrganisation() && !(d.aggregation() instanceof Aggregation.Sum)) {
                t = organisation.get(d.key());
            }
            if (t == null) {
                t = new Targets(d, thresholds.getOrDefault(d.key(), RagThresholds.DEFAULT));
            }
            out.put(d.key(), t);
        }
        return out;
    }

    /**
     * One KPI's targets for several scopes (the drill-down), by the same rules as {@link
     * #targets(Connection, KpiCatalogue, Scope)}.
     */
    public static Map<Scope, Targets> targets(
            Connection c, KpiCatalogue catalogue, String kpi, java.util.Collection<Scope> scopes) throws SQLException {
        KpiDefinition d = catalogue.current(kpi).orElse(null);
        Map<Scope, Targets> out = new HashMap<>();
        if (d == null) {
            return out;
        }
        RagThresholds th = thresholds(c).getOrDefault(kpi, RagThresholds.DEFAULT);
        Map<String, Targets> own = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("select scope, grain, period_start, target from kpi_target"
                + " where kpi_key = ? and (scope = any(?) or scope = 'organisation')")) {
            st.setString(1, kpi);
            st.setArray(
                    2,
                    c.createArrayOf(
                            "varchar", scopes.stream().map(Scope::toString).toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Period p = new Period(
                            Grain.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate());
                    try {
                        own.computeIfAbsent(rs.getString(1), k -> new Targets(d, th))
                                .set(p, rs.getDouble(4));
                    } catch (RuntimeException e) {
                        // a target of a grain the KPI no longer has
                    }
                }
            }
        }
        for (Scope s : scopes) {
            Targets t = own.get(s.toString());
            if (t == null && !s.isOrganisation() && !(d.aggregation() instanceof Aggregation.Sum)) {
                t = own.get(Scope.ORGANISATION.toString());
            }
            out.put(s, t == null ? new Targets(d, th) : t);
        }
        return out;
    }

    /** The current entered values of a scope with periods starting from {@code from} to {@code to}. */
    public static MeasurementLedger ledger(
            Connection c, KpiCatalogue catalogue, Scope scope, LocalDate from, LocalDate to) throws SQLException {
        MeasurementLedger ledger = new MeasurementLedger(catalogue);
        try (PreparedStatement st = c.prepareStatement("select kpi_key, grain, period_start, value, definition_version"
                + " from kpi_measurement where scope = ? and superseded_at is null and period_start >= ?"
                + " and period_start <= ?")) {
            st.setString(1, scope.toString());
            st.setDate(2, Date.valueOf(from));
            st.setDate(3, Date.valueOf(to));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (!catalogue.contains(rs.getString(1))) {
                        continue;
                    }
                    ledger.record(new Measurement(
                            rs.getString(1),
                            new Period(
                                    Grain.valueOf(rs.getString(2)),
                                    rs.getDate(3).toLocalDate()),
                            scope,
                            rs.getDouble(4),
                            rs.getInt(5)));
                }
            }
        }
        return ledger;
    }

    /** Whether a unit or campaign code exists, for checking entered values. */
    public static Predicate<Scope> knownScopes(Connection c) throws SQLException {
        Set<String> units = new HashSet<>();
        Set<String> campaigns = new HashSet<>();
        try (PreparedStatement st = c.prepareStatement("select code from org_unit");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                units.add(rs.getString(1));
            }
        }
        try (PreparedStatement st = c.prepareStatement("select code from campaign");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                campaigns.add(rs.getString(1));
            }
        }
        return s -> switch (s.kind()) {
            case ORGANISATION -> true;
            case UNIT -> units.contains(s.code());
            case CAMPAIGN -> campaigns.contains(s.code());
        };
    }

    /** The campaigns by code: id and title. */
    public static Map<String, Object[]> campaigns(Connection c, List<String> codes) throws SQLException {
        Map<String, Object[]> out = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("select code, id, title from campaign where code = any(?)")) {
            st.setArray(1, c.createArrayOf("varchar", codes.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Object[] {rs.getLong(2), rs.getString(3)});
                }
            }
        }
        return out;
    }
}

package org.cocrea.kpi.boundary;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocrea.kpi.control.BufferedSnapshotStore;
import org.cocrea.kpi.control.BuiltInKpis;
import org.cocrea.kpi.control.Components;
import org.cocrea.kpi.control.ComputedKpi;
import org.cocrea.kpi.control.Grain;
import org.cocrea.kpi.control.KpiSnapshot;
import org.cocrea.kpi.control.Period;
import org.cocrea.kpi.control.Scope;
import org.cocrea.kpi.control.SnapshotKey;
import org.cocrea.kpi.control.StoredSnapshot;
import org.cocrea.platform.persistence.JdbcBatch;

/**
 * The snapshot table ({@code kpi_snapshot}) over one connection: reads series and single
 * snapshots for the {@link BufferedSnapshotStore}, and writes snapshots back as rows with their
 * derived value ({@link StoredSnapshot}).
 */
final class SnapshotTable implements BufferedSnapshotStore.Loader {

    private static final String COLUMNS = "s.kpi_key, s.scope, s.grain, s.period_start, s.components";

    private final Connection c;
    private final Map<String, ComputedKpi> kpis;

    SnapshotTable(Connection c) {
        this(c, BuiltInKpis.computed());
    }

    SnapshotTable(Connection c, List<ComputedKpi> kpis) {
        this.c = c;
        this.kpis = kpis.stream().collect(Collectors.toMap(ComputedKpi::key, Function.identity()));
    }

    @Override
    public List<KpiSnapshot> series(Collection<BufferedSnapshotStore.Series> series) {
        List<KpiSnapshot> out = new ArrayList<>();
        List<BufferedSnapshotStore.Series> all = new ArrayList<>(series);
        for (int from = 0; from < all.size(); from += 2000) {
            List<BufferedSnapshotStore.Series> chunk = all.subList(from, Math.min(all.size(), from + 2000));
            try (PreparedStatement st = c.prepareStatement("select " + COLUMNS + " from kpi_snapshot s join"
                    + " unnest(?::varchar[], ?::varchar[], ?::varchar[]) as u(k, sc, g)"
                    + " on s.kpi_key = u.k and s.scope = u.sc and s.grain = u.g")) {
                st.setArray(
                        1,
                        c.createArrayOf(
                                "varchar",
                                chunk.stream()
                                        .map(BufferedSnapshotStore.Series::kpi)
                                        .toArray()));
                st.setArray(
                        2,
                        c.createArrayOf(
                                "varchar",
                                chunk.stream().map(s -> s.scope().toString()).toArray()));
                st.setArray(
                        3,
                        c.createArrayOf(
                                "varchar",
                                chunk.stream().map(s -> s.grain().name()).toArray()));
                read(st, out);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read snapshots: " + e.getMessage(), e);
            }
        }
        return out;
    }

    @Override
    public List<KpiSnapshot> keys(Collection<SnapshotKey> keys) {
        List<KpiSnapshot> out = new ArrayList<>();
        List<SnapshotKey> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += 2000) {
            List<SnapshotKey> chunk = all.subList(from, Math.min(all.size(), from + 2000));
            try (PreparedStatement st = c.prepareStatement("select " + COLUMNS + " from kpi_snapshot s join"
                    + " unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::date[]) as u(k, sc, g, p)"
                    + " on s.kpi_key = u.k and s.scope = u.sc and s.grain = u.g and s.period_start = u.p")) {
                st.setArray(
                        1,
                        c.createArrayOf(
                                "varchar", chunk.stream().map(SnapshotKey::kpi).toArray()));
                st.setArray(
                        2,
                        c.createArrayOf(
                                "varchar",
                                chunk.stream().map(k -> k.scope().toString()).toArray()));
                st.setArray(
                        3,
                        c.createArrayOf(
                                "varchar",
                                chunk.stream()
                                        .map(k -> k.period().grain().name())
                                        .toArray()));
                st.setArray(
                        4,
                        c.createArrayOf(
                                "date",
                                chunk.stream()
                                        .map(k -> Date.valueOf(k.period().start()))
                                        .toArray()));
                read(st, out);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read snapshots: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Every snapshot of a period (all KPIs and scopes). */
    List<KpiSnapshot> inPeriod(Period period) throws SQLException {
        List<KpiSnapshot> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "select " + COLUMNS + " from kpi_snapshot s where s.grain = ? and s.period_start = ?")) {
            st.setString(1, period.grain().name());
            st.setDate(2, Date.valueOf(period.start()));
            read(st, out);
        }
        return out;
    }

    /** Every snapshot of the periods of a grain inside {@code outer} (the months of a quarter …). */
    List<KpiSnapshot> within(Period outer, Grain grain) throws SQLException {
        List<KpiSnapshot> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select " + COLUMNS
                + " from kpi_snapshot s where s.grain = ? and s.period_start >= ? and s.period_start < ?")) {
            st.setString(1, grain.name());
            st.setDate(2, Date.valueOf(outer.start()));
            st.setDate(3, Date.valueOf(outer.endExclusive()));
            read(st, out);
        }
        return out;
    }

    private void read(PreparedStatement st, List<KpiSnapshot> out) throws SQLException {
        st.setFetchSize(2000);
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ComputedKpi kpi = kpis.get(rs.getString(1));
                if (kpi == null) {
                    continue;
                }
                SnapshotKey key = new SnapshotKey(
                        kpi.key(),
                        Scope.parse(rs.getString(2)),
                        new Period(Grain.valueOf(rs.getString(3)), rs.getDate(4).toLocalDate()));
                out.add(KpiSnapshot.of(kpi, key, Components.fromBytes(rs.getBytes(5))));
            }
        }
    }

    /** Writes the snapshots, replacing rows with the same key; returns how many. */
    int write(Collection<KpiSnapshot> snapshots) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement st = c.prepareStatement("insert into kpi_snapshot (kpi_key, scope, grain, period_start,"
                + " components, carried, value, reason, breakdown, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (kpi_key, scope, grain, period_start) do update set components = excluded.components,"
                + " carried = excluded.carried, value = excluded.value, reason = excluded.reason,"
                + " breakdown = excluded.breakdown, updated_at = excluded.updated_at")) {
            return JdbcBatch.run(st, snapshots, s -> {
                StoredSnapshot row = StoredSnapshot.of(s);
                st.setString(1, row.key().kpi());
                st.setString(2, row.key().scope().toString());
                st.setString(3, row.key().period().grain().name());
                st.setDate(4, Date.valueOf(row.key().period().start()));
                st.setBytes(5, row.components());
                st.setBytes(6, row.carried());
                if (Double.isNaN(row.value())) {
                    st.setNull(7, java.sql.Types.DOUBLE);
                } else {
                    st.setDouble(7, row.value());
                }
                st.setString(8, row.reason());
                st.setString(9, row.breakdown());
                st.setTimestamp(10, now);
            });
        }
    }

    /** Deletes every snapshot of a period; returns how many. */
    int deletePeriod(Period period) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("delete from kpi_snapshot where grain = ? and period_start = ?")) {
            st.setString(1, period.grain().name());
            st.setDate(2, Date.valueOf(period.start()));
            return st.executeUpdate();
        }
    }
}

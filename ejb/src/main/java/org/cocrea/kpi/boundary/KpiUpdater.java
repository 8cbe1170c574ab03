package org.cocrea.kpi.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.kpi.control.BufferedSnapshotStore;
import org.cocrea.kpi.control.BuiltInKpis;
import org.cocrea.kpi.control.KpiEvent;
import org.cocrea.kpi.control.SnapshotEngine;
import org.cocrea.platform.persistence.CocreaDataSource;
import org.cocrea.platform.security.Roles;

/**
 * Keeps the computed KPIs' snapshots current. A persistent timer (one instance of a cluster fires
 * it) runs every minute and applies, in one transaction per batch:
 *
 * <ul>
 *   <li>the rows waiting in {@code kpi_outbox} (idea transitions, comments, votes, test findings,
 *       incidents; the triggers of V13 write them with their source rows), deleting them;
 *   <li>the next monthly engagement snapshot after the watermark {@code kpi_state.engagement_as_of};
 *   <li>closed innovation-climate rounds not taken over yet;
 *   <li>audience counts that changed (counted at most once an hour).
 * </ul>
 *
 * The snapshots touched are read in a few queries, updated in memory by the {@link SnapshotEngine}
 * and written back with the watermarks, so a failure leaves everything as it was. The state row is
 * locked for the batch: a second instance, or a recomputation in progress, makes the run skip.
 */
@Stateless
@RolesAllowed({Roles.ADMIN})
public class KpiUpdater {

    private static final Logger LOG = Logger.getLogger(KpiUpdater.class.getName());

    /** Outbox rows applied per transaction. */
    static final int BATCH = 5000;

    /** How long one timer run keeps draining before leaving the rest to the next. */
    static final Duration BUDGET = Duration.ofSeconds(45);

    /** How often audiences are counted. */
    static final Duration AUDIENCE_EVERY = Duration.ofHours(1);

    /** What one batch did. */
    public record Batch(
            boolean skipped, int outboxRows, int events, int skippedRows, int snapshots, long millis, boolean more)
            implements Serializable {}

    /** The updater's state for the admin page. */
    public record Status(
            Instant lastRunAt,
            int lastRunEvents,
            int lastRunSnapshots,
            long lastRunMillis,
            long eventsApplied,
            long pending,
            LocalDate engagementAsOf,
            Instant audienceCountedAt,
            String lastError,
            Instant lastErrorAt)
            implements Serializable {}

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    SurveyClock clock;

    /** Every minute: applies what is waiting, in batches, for at most {@link #BUDGET}. */
    @Schedule(hour = "*", minute = "*", persistent = true, info = "kpi: snapshot updater")
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        try {
            drain(BUDGET);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The KPI snapshot update failed; it is retried in a minute", e);
            try {
                context.getBusinessObject(KpiUpdater.class).recordError(rootMessage(e));
            } catch (RuntimeException ignored) {
                // the database is away: nothing to record
            }
        }
    }

    /** Applies everything waiting now (the admin's "update now"); returns the batches' sum. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Batch runNow() {
        return drain(Duration.ofMinutes(10));
    }

    private Batch drain(Duration budget) {
        KpiUpdater self = context.getBusinessObject(KpiUpdater.class);
        long deadline = System.nanoTime() + budget.toNanos();
        int rows = 0;
        int events = 0;
        int skippedRows = 0;
        int snapshots = 0;
        long millis = 0;
        Batch b;
        do {
            b = self.applyBatch(BATCH);
            if (b.skipped()) {
                return b;
            }
            rows += b.outboxRows();
            events += b.events();
            skippedRows += b.skippedRows();
            snapshots += b.snapshots();
            millis += b.millis();
        } while (b.more() && System.nanoTime() < deadline);
        return new Batch(false, rows, events, skippedRows, snapshots, millis, b.more());
    }

    /**
     * Applies one batch in its own transaction; skips (and says so) when another instance or a
     * recomputation holds the state row.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Batch applyBatch(int maxRows) {
        try (Connection c = dataSource.getConnection()) {
            return apply(c, maxRows, Instant.now());
        } catch (SQLException e) {
            throw new IllegalStateException("The KPI snapshot update failed: " + e.getMessage(), e);
        }
    }

    Batch apply(Connection c, int maxRows, Instant now) throws SQLException {
        long started = System.nanoTime();
        ZoneId zone = clock.zone();
        LocalDate engagementAsOf;
        Instant audienceCountedAt;
        try (PreparedStatement st = c.prepareStatement(
                        "select engagement_as_of, audience_counted_at from kpi_state where id = 1 for update skip locked");
                ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                return new Batch(true, 0, 0, 0, 0, 0, false);
            }
            Date d = rs.getDate(1);
            engagementAsOf = d == null ? null : d.toLocalDate();
            Timestamp t = rs.getTimestamp(2);
            audienceCountedAt = t == null ? null : t.toInstant();
        }
        UnitTree units = UnitTree.load(c);
        KpiEventSource source = new KpiEventSource(c, zone, units);
        List<KpiEvent> events = new ArrayList<>();
        boolean more = false;

        List<KpiEventSource.OutboxRow> outbox = new ArrayList<>();
        try (PreparedStatement st =
                c.prepareStatement("select id, source, source_id, source_key from kpi_outbox order by id limit ?")) {
            st.setInt(1, maxRows);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    outbox.add(new KpiEventSource.OutboxRow(
                            rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
                }
            }
        }
        more |= outbox.size() == maxRows;
        events.addAll(source.outbox(outbox));

        // the next month of engagement scores (a month's snapshot is written in one transaction)
        LocalDate nextAsOf = null;
        try (PreparedStatement st =
                c.prepareStatement("select as_of from stakeholder_snapshot where as_of > ? order by as_of limit 1")) {
            st.setDate(1, Date.valueOf(engagementAsOf == null ? LocalDate.of(1900, 1, 1) : engagementAsOf));
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    nextAsOf = rs.getDate(1).toLocalDate();
                }
            }
        }
        if (nextAsOf != null) {
            events.addAll(source.engagement(nextAsOf));
            more = true;
        }

        // closed climate rounds
        List<Long> rounds = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select r.id from survey_round r join instrument i on"
                        + " i.id = r.instrument_id where r.status = 'CLOSED' and i.construct = 'INNOVATION_CLIMATE'"
                        + " and not exists (select 1 from kpi_climate_round k where k.round_id = r.id)"
                        + " order by r.closed_on, r.id limit 3");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                rounds.add(rs.getLong(1));
            }
        }
        for (long round : rounds) {
            recordClimate(c, round, units, zone, now);
        }
        if (!rounds.isEmpty()) {
            events.addAll(source.climate(rounds));
            more = true;
        }

        // audiences, at most once an hour
        boolean counted = false;
        if (audienceCountedAt == null || audienceCountedAt.plus(AUDIENCE_EVERY).isBefore(now)) {
            List<Long> ids = new AudienceCounter(c, zone, units).countAndRecord(now);
            events.addAll(source.audiences(ids));
            counted = true;
        }

        int written = 0;
        if (!events.isEmpty()) {
            SnapshotTable table = new SnapshotTable(c);
            BufferedSnapshotStore store = new BufferedSnapshotStore(BuiltInKpis.computed(), table);
            store.prefetch(events, zone, units.eventScopes());
            new SnapshotEngine(BuiltInKpis.computed(), store, zone, units.eventScopes()).applyAll(events);
            written = table.write(store.changed());
        }
        if (!outbox.isEmpty()) {
            try (PreparedStatement st = c.prepareStatement("delete from kpi_outbox where id = any(?)")) {
                st.setArray(
                        1,
                        c.createArrayOf(
                                "bigint",
                                outbox.stream()
                                        .map(KpiEventSource.OutboxRow::id)
                                        .toArray()));
                st.executeUpdate();
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        boolean worked = !outbox.isEmpty() || nextAsOf != null || !rounds.isEmpty() || !events.isEmpty();
        try (PreparedStatement st = c.prepareStatement("update kpi_state set engagement_as_of = coalesce(?,"
                + " engagement_as_of), audience_counted_at = case when ? then ? else audience_counted_at end,"
                + " last_run_at = ?, last_run_events = case when ? then ? else last_run_events end,"
                + " last_run_snapshots = case when ? then ? else last_run_snapshots end,"
                + " last_run_millis = case when ? then ? else last_run_millis end,"
                + " events_applied = events_applied + ?, last_error = null, last_error_at = null where id = 1")) {
            st.setDate(1, nextAsOf == null ? null : Date.valueOf(nextAsOf));
            st.setBoolean(2, counted);
            st.setTimestamp(3, Timestamp.from(now));
            st.setTimestamp(4, Timestamp.from(now));
            st.setBoolean(5, worked);
            st.setInt(6, events.size());
            st.setBoolean(7, worked);
            st.setInt(8, written);
            st.setBoolean(9, worked);
            st.setLong(10, millis);
            st.setLong(11, events.size());
            st.executeUpdate();
        }
        if (worked) {
            int n = events.size();
            int w = written;
            LOG.fine(() -> "KPI snapshots: " + outbox.size() + " outbox rows, " + n + " events, " + w
                    + " snapshots written in " + millis + " ms");
        }
        return new Batch(false, outbox.size(), events.size(), source.skipped(), written, millis, more);
    }

    private void recordClimate(Connection c, long round, UnitTree units, ZoneId zone, Instant now) throws SQLException {
        List<ClimateIndexFeed.Result> results = ClimateIndexFeed.shown(em, round, units);
        Instant closedAt = now;
        try (PreparedStatement st =
                c.prepareStatement("select coalesce(closed_on, closes_on) from survey_round where id = ?")) {
            st.setLong(1, round);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    closedAt = rs.getDate(1).toLocalDate().atStartOfDay(zone).toInstant();
                }
            }
        }
        try (PreparedStatement st = c.prepareStatement(
                "insert into kpi_climate_round (round_id, recorded_at) values (?, ?) on conflict do nothing")) {
            st.setLong(1, round);
            st.setTimestamp(2, Timestamp.from(now));
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("insert into kpi_climate_result (round_id, scope, value,"
                + " respondents, closed_at) values (?, ?, ?, ?, ?) on conflict do nothing")) {
            for (ClimateIndexFeed.Result r : results) {
                st.setLong(1, round);
                st.setString(2, r.scope().toString());
                st.setDouble(3, r.value());
                st.setInt(4, r.respondents());
                st.setTimestamp(5, Timestamp.from(closedAt));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** Notes a failed run on the state row, for the admin page. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordError(String message) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st =
                        c.prepareStatement("update kpi_state set last_error = ?, last_error_at = ? where id = 1")) {
            st.setString(1, message == null ? null : message.substring(0, Math.min(2000, message.length())));
            st.setTimestamp(2, Timestamp.from(Instant.now()));
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The updater's state and how much is waiting. */
    @RolesAllowed({Roles.ADMIN, Roles.INNOVATION_MANAGER, Roles.EXECUTIVE})
    public Status status() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("select last_run_at, last_run_events, last_run_snapshots,"
                        + " last_run_millis, events_applied, (select count(*) from kpi_outbox), engagement_as_of,"
                        + " audience_counted_at, last_error, last_error_at from kpi_state where id = 1");
                ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                return new Status(null, 0, 0, 0, 0, 0, null, null, null, null);
            }
            Timestamp last = rs.getTimestamp(1);
            Date asOf = rs.getDate(7);
            Timestamp audience = rs.getTimestamp(8);
            Timestamp errorAt = rs.getTimestamp(10);
            return new Status(
                    last == null ? null : last.toInstant(),
                    rs.getInt(2),
                    rs.getInt(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getLong(6),
                    asOf == null ? null : asOf.toLocalDate(),
                    audience == null ? null : audience.toInstant(),
                    rs.getString(9),
                    errorAt == null ? null : errorAt.toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}

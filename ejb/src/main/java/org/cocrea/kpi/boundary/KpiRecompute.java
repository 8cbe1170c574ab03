package org.cocrea.kpi.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.kpi.control.BuiltInKpis;
import org.cocrea.kpi.control.ComputedKpi;
import org.cocrea.kpi.control.Grain;
import org.cocrea.kpi.control.InvalidFieldException;
import org.cocrea.kpi.control.KpiEvent;
import org.cocrea.kpi.control.KpiSnapshot;
import org.cocrea.kpi.control.Period;
import org.cocrea.kpi.control.Recompute;
import org.cocrea.kpi.control.SnapshotKey;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.persistence.CocreaDataSource;
import org.cocrea.platform.security.Roles;

/**
 * Rebuilds months of snapshots from the raw activity, as an administrator's job with a progress
 * bar: each month is read from the source tables and recomputed from scratch ({@link Recompute})
 * in its own transaction, which replaces the month's snapshots and rebuilds the quarter and year
 * around it from their months. The job's progress is kept in the database, so the page polling it
 * may be served by any instance; one job runs at a time.
 *
 * <p>A month's transaction holds the updater's state row, so the incremental updater waits; source
 * rows still waiting in its outbox are left to it ({@link KpiEventSource#period}). {@link #verify}
 * compares the stored snapshots of any period with a recomputation without changing anything.
 */
@Stateless
@RolesAllowed({Roles.ADMIN})
public class KpiRecompute {

    private static final Logger LOG = Logger.getLogger(KpiRecompute.class.getName());

    /** The most months one job may rebuild. */
    public static final int MAX_MONTHS = 120;

    /** A running job not heard from for this long is taken as dead (its instance went away). */
    static final Duration STALE = Duration.ofMinutes(15);

    private static final int STEPS_PER_MONTH = 3;

    /** A job and its progress. */
    public record Job(
            long id,
            LocalDate firstMonth,
            LocalDate lastMonth,
            String status,
            String startedBy,
            Instant startedAt,
            Instant finishedAt,
            int stepsTotal,
            int stepsDone,
            String step,
            long eventsRead,
            int snapshots,
            String message)
            implements Serializable {

        public int percent() {
            if ("DONE".equals(status)) {
                return 100;
            }
            return stepsTotal == 0 ? 0 : Math.min(99, 100 * stepsDone / stepsTotal);
        }

        public boolean finished() {
            return !"RUNNING".equals(status);
        }

        /** The months as text, e.g. "2026-01 – 2026-03". */
        public String months() {
            String a = Period.month(firstMonth.getYear(), firstMonth.getMonthValue())
                    .toString();
            String b =
                    Period.month(lastMonth.getYear(), lastMonth.getMonthValue()).toString();
            return a.equals(b) ? a : a + " – " + b;
        }
    }

    /** One snapshot that differs between the table and a recomputation. */
    public record Difference(String key, String stored, String recomputed) implements Serializable {}

    /** A period's stored snapshots against a recomputation. */
    public record Verification(String period, int stored, int recomputed, int differing, List<Difference> differences)
            implements Serializable {
        public boolean ok() {
            return differing == 0;
        }
    }

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    SessionContext context;

    @Inject
    SurveyClock clock;

    @EJB
    AuditTrail audit;

    /**
     * Starts rebuilding the months from {@code from} to {@code to} (a month, or the first month of
     * a quarter or year given; to the last month of {@code to}); returns at once.
     *
     * @throws BusinessRuleException naming {@code from} or {@code to} for a bad period, or a
     *     conflict when a job is running
     */
    public Job start(String from, String to) {
        List<Period> months = months(from, to, clock.today());
        KpiRecompute self = context.getBusinessObject(KpiRecompute.class);
        long id = self.createJob(months.get(0), months.get(months.size() - 1), caller());
        audit.record(
                "kpi.recompute",
                "kpi_recompute_job",
                String.valueOf(id),
                months.get(0) + " to " + months.get(months.size() - 1));
        self.runJob(id);
        return job(id);
    }

    /** The months a job covers, checked. */
    static List<Period> months(String from, String to, LocalDate today) {
        Period first;
        Period last;
        try {
            first = Period.parse(from, "from");
        } catch (InvalidFieldException e) {
            throw BusinessRuleException.invalid(e.field(), e.getMessage());
        }
        try {
            last = to == null || to.isBlank() ? first : Period.parse(to, "to");
        } catch (InvalidFieldException e) {
            throw BusinessRuleException.invalid(e.field(), e.getMessage());
        }
        Period firstMonth = first.split(Grain.MONTH).get(0);
        List<Period> lastMonths = last.split(Grain.MONTH);
        Period lastMonth = lastMonths.get(lastMonths.size() - 1);
        Period current = Period.of(Grain.MONTH, today);
        if (firstMonth.compareTo(current) > 0) {
            throw BusinessRuleException.invalid("from", "The period " + first + " has not begun yet.");
        }
        if (lastMonth.compareTo(current) > 0) {
            lastMonth = current;
        }
        if (lastMonth.start().isBefore(firstMonth.start())) {
            throw BusinessRuleException.invalid(
                    "to", "The last period " + last + " is before the first, " + first + ".");
        }
        List<Period> months = Period.range(firstMonth, lastMonth);
        if (months.size() > MAX_MONTHS) {
            throw BusinessRuleException.invalid(
                    "to", "A job rebuilds at most " + MAX_MONTHS + " months; this range has " + months.size() + ".");
        }
        return months;
    }

    /** Records a new job in its own transaction, after failing a running job that went silent. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long createJob(Period first, Period last, String startedBy) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement("update kpi_recompute_job set status = 'FAILED',"
                    + " finished_at = ?, message = 'The job stopped answering (its server went away).'"
                    + " where status = 'RUNNING' and heartbeat_at < ?")) {
                st.setTimestamp(1, Timestamp.from(Instant.now()));
                st.setTimestamp(2, Timestamp.from(Instant.now().minus(STALE)));
                st.executeUpdate();
            }
            try (PreparedStatement st =
                            c.prepareStatement("select id from kpi_recompute_job where status = 'RUNNING'");
                    ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    throw BusinessRuleException.conflict(
                            "from",
                            "A recomputation is running (job " + rs.getLong(1) + "); wait until it has finished.");
                }
            }
            long id;
            try (PreparedStatement st = c.prepareStatement("select nextval('kpi_seq')");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            int months = (int) first.until(last) + 1;
            try (PreparedStatement st = c.prepareStatement("insert into kpi_recompute_job (id, first_month, last_month,"
                    + " status, started_by, started_at, heartbeat_at, steps_total, step) values (?, ?, ?, 'RUNNING', ?, ?,"
                    + " ?, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                st.setLong(1, id);
                st.setDate(2, Date.valueOf(first.start()));
                st.setDate(3, Date.valueOf(last.start()));
                st.setString(4, startedBy);
                st.setTimestamp(5, now);
                st.setTimestamp(6, now);
                st.setInt(7, months * STEPS_PER_MONTH);
                st.setString(8, "Waiting to start");
                st.executeUpdate();
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    throw BusinessRuleException.conflict(
                            "from", "A recomputation is running; wait until it has finished.");
                }
                throw e;
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rebuilds the job's months one transaction each; records the outcome on the job. */
    @Asynchronous
    @RolesAllowed({Roles.ADMIN})
    public void runJob(long id) {
        KpiRecompute self = context.getBusinessObject(KpiRecompute.class);
        Job job = job(id);
        List<Period> months =
                Period.range(Period.of(Grain.MONTH, job.firstMonth()), Period.of(Grain.MONTH, job.lastMonth()));
        int done = 0;
        long events = 0;
        int snapshots = 0;
        try {
            for (Period month : months) {
                int[] result = self.recomputeMonth(id, month, done);
                events += result[0];
                snapshots += result[1];
                done += STEPS_PER_MONTH;
                self.progress(id, done, "Rebuilt " + month, events, snapshots);
            }
            self.finish(
                    id,
                    "DONE",
                    "Rebuilt " + months.size() + " month(s): " + snapshots + " snapshots from " + events + " events.");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "KPI recomputation job " + id + " failed", e);
            self.finish(
                    id,
                    "FAILED",
                    "Stopped after " + done / STEPS_PER_MONTH + " of " + months.size() + " month(s); the months"
                            + " rebuilt stay rebuilt, the others are unchanged: " + KpiUpdater.rootMessage(e));
        }
    }

    /**
     * Rebuilds one month from scratch and the quarter and year around it from their months, in one
     * transaction; returns the events read and the snapshots written.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int[] recomputeMonth(long jobId, Period month, int stepsBefore) {
        KpiRecompute self = context.getBusinessObject(KpiRecompute.class);
        try (Connection c = dataSource.getConnection()) {
            return rebuild(
                    c, month, step -> self.progress(jobId, stepsBefore + step, month + ": " + stepName(step), -1, -1));
        } catch (SQLException e) {
            throw new IllegalStateException("Rebuilding " + month + " failed: " + e.getMessage(), e);
        }
    }

    private static String stepName(int step) {
        return switch (step) {
            case 0 -> "reading the activity";
            case 1 -> "computing";
            default -> "writing";
        };
    }

    /** Progress of a step within a month. */
    @FunctionalInterface
    interface Progress {
        void at(int step);
    }

    /** The rebuild of one month on a connection in a transaction (also used by the benchmark). */
    int[] rebuild(Connection c, Period month, Progress progress) throws SQLException {
        ZoneId zone = clock.zone();
        LocalDate engagementAsOf = lockState(c, true);
        progress.at(0);
        UnitTree units = UnitTree.load(c);
        List<KpiEvent> events = new KpiEventSource(c, zone, units).period(month, engagementAsOf);
        progress.at(1);
        Map<SnapshotKey, KpiSnapshot> fresh =
                new Recompute(BuiltInKpis.computed(), zone, units.eventScopes()).fromScratch(events, month);
        progress.at(2);
        SnapshotTable table = new SnapshotTable(c);
        table.deletePeriod(month);
        int written = table.write(fresh.values());
        for (Grain g : List.of(Grain.QUARTER, Grain.YEAR)) {
            written += rollUp(table, month.rollUp(g));
        }
        return new int[] {events.size(), written};
    }

    /** Replaces a quarter's or year's snapshots by the roll-up of its stored months. */
    static int rollUp(SnapshotTable table, Period outer) throws SQLException {
        Map<String, ComputedKpi> kpis = new HashMap<>();
        BuiltInKpis.computed().forEach(k -> kpis.put(k.key(), k));
        Map<String, List<KpiSnapshot>> parts = new TreeMap<>();
        for (KpiSnapshot s : table.within(outer, Grain.MONTH)) {
            parts.computeIfAbsent(s.key().kpi() + "|" + s.key().scope(), k -> new ArrayList<>())
                    .add(s);
        }
        List<KpiSnapshot> rolled = new ArrayList<>();
        for (List<KpiSnapshot> series : parts.values()) {
            KpiSnapshot first = series.get(0);
            rolled.add(
                    KpiSnapshot.rollUp(kpis.get(first.key().kpi()), first.key().scope(), outer, series));
        }
        table.deletePeriod(outer);
        return table.write(rolled);
    }

    /** Locks the updater's state row; returns the engagement watermark. */
    private static LocalDate lockState(Connection c, boolean exclusive) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                        "select engagement_as_of from kpi_state where id = 1 for " + (exclusive ? "update" : "share"));
                ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            Date d = rs.getDate(1);
            return d == null ? null : d.toLocalDate();
        }
    }

    /**
     * Compares the stored snapshots of a period (a month, quarter or year) with a recomputation
     * from scratch; changes nothing. Waits for a running update batch.
     */
    @RolesAllowed({Roles.ADMIN})
    public Verification verify(String periodText) {
        Period period;
        try {
            period = Period.parse(periodText, "period");
        } catch (InvalidFieldException e) {
            throw BusinessRuleException.invalid(e.field(), e.getMessage());
        }
        try (Connection c = dataSource.getConnection()) {
            return verify(c, period);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Verification verify(Connection c, Period period) throws SQLException {
        ZoneId zone = clock.zone();
        LocalDate engagementAsOf = lockState(c, false);
        UnitTree units = UnitTree.load(c);
        List<KpiEvent> events = new KpiEventSource(c, zone, units).period(period, engagementAsOf);
        Map<SnapshotKey, KpiSnapshot> fresh =
                new Recompute(BuiltInKpis.computed(), zone, units.eventScopes()).fromScratch(events, period);
        Map<SnapshotKey, KpiSnapshot> stored = new TreeMap<>();
        for (KpiSnapshot s : new SnapshotTable(c).inPeriod(period)) {
            stored.put(s.key(), s);
        }
        List<Difference> differences = new ArrayList<>();
        int differing = 0;
        java.util.Set<SnapshotKey> keys = new java.util.TreeSet<>(stored.keySet());
        keys.addAll(fresh.keySet());
        for (SnapshotKey k : keys) {
            KpiSnapshot a = stored.get(k);
            KpiSnapshot b = fresh.get(k);
            boolean same = a == null
                    ? b.components().isEmpty()
                    : b == null ? a.components().isEmpty() : a.equals(b);
            if (!same) {
                differing++;
                if (differences.size() < 50) {
                    differences.add(new Difference(
                            k.toString(),
                            a == null ? "(none)" : a.components().toString(),
                            b == null ? "(none)" : b.components().toString()));
                }
            }
        }
        return new Verification(period.toString(), stored.size(), fresh.size(), differing, differences);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progress(long id, int stepsDone, String step, long events, int snapshots) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("update kpi_recompute_job set steps_done = ?, step = ?,"
                        + " heartbeat_at = ?, events_read = case when ? >= 0 then ? else events_read end,"
                        + " snapshots = case when ? >= 0 then ? else snapshots end where id = ?")) {
            st.setInt(1, stepsDone);
            st.setString(2, step);
            st.setTimestamp(3, Timestamp.from(Instant.now()));
            st.setLong(4, events);
            st.setLong(5, events);
            st.setInt(6, snapshots);
            st.setInt(7, snapshots);
            st.setLong(8, id);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long id, String status, String message) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("update kpi_recompute_job set status = ?, finished_at = ?,"
                        + " heartbeat_at = ?, message = ?, steps_done = case when ? then steps_total else steps_done end,"
                        + " step = case when ? then 'Done' else step end where id = ?")) {
            Timestamp now = Timestamp.from(Instant.now());
            st.setString(1, status);
            st.setTimestamp(2, now);
            st.setTimestamp(3, now);
            st.setString(4, message == null ? null : message.substring(0, Math.min(2000, message.length())));
            st.setBoolean(5, "DONE".equals(status));
            st.setBoolean(6, "DONE".equals(status));
            st.setLong(7, id);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A job's progress and outcome. */
    @RolesAllowed({Roles.ADMIN})
    public Job job(long id) {
        List<Job> jobs = jobs("where id = ?", id, 1);
        if (jobs.isEmpty()) {
            throw BusinessRuleException.invalid("job", "There is no recomputation job " + id + ".");
        }
        return jobs.get(0);
    }

    /** The latest jobs, newest first. */
    @RolesAllowed({Roles.ADMIN})
    public List<Job> recent(int limit) {
        return jobs("", null, Math.max(1, Math.min(limit, 100)));
    }

    private List<Job> jobs(String where, Long id, int limit) {
        List<Job> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("select id, first_month, last_month, status, started_by,"
                        + " started_at, finished_at, steps_total, steps_done, step, events_read, snapshots, message"
                        + " from kpi_recompute_job " + where + " order by started_at desc, id desc limit " + limit)) {
            if (id != null) {
                st.setLong(1, id);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Timestamp finished = rs.getTimestamp(7);
                    out.add(new Job(
                            rs.getLong(1),
                            rs.getDate(2).toLocalDate(),
                            rs.getDate(3).toLocalDate(),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getTimestamp(6).toInstant(),
                            finished == null ? null : finished.toInstant(),
                            rs.getInt(8),
                            rs.getInt(9),
                            rs.getString(10),
                            rs.getLong(11),
                            rs.getInt(12),
                            rs.getString(13)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private String caller() {
        try {
            return context.getCallerPrincipal().getName();
        } catch (IllegalStateException e) {
            return "system";
        }
    }
}

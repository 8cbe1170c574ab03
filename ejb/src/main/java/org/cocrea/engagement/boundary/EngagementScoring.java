package org.cocrea.engagement.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.engagement.control.Ability;
import org.cocrea.engagement.control.ActivityType;
import org.cocrea.engagement.control.CapabilityCalculator;
import org.cocrea.engagement.control.CapabilityInputs;
import org.cocrea.engagement.control.CapabilityNorms;
import org.cocrea.engagement.control.CapabilityPath;
import org.cocrea.engagement.control.CapabilityProfile;
import org.cocrea.engagement.control.CoDestructionRisk;
import org.cocrea.engagement.control.EngagementIndex;
import org.cocrea.engagement.control.EngagementSettings;
import org.cocrea.engagement.control.Incident;
import org.cocrea.engagement.control.IncidentType;
import org.cocrea.engagement.control.OutcomeKind;
import org.cocrea.engagement.control.PeriodOutcome;
import org.cocrea.engagement.control.RawCapability;
import org.cocrea.engagement.control.ScaleScore;
import org.cocrea.engagement.control.WindowTotals;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.persistence.CocreaDataSource;
import org.cocrea.platform.persistence.JdbcBatch;
import org.cocrea.platform.security.Roles;

/**
 * The scoring run: moves the engagement window to a date, rescores engagement, recomputes the raw
 * capability evidence of the stakeholders whose evidence changed, ranks everyone's against the
 * population, scores co-destruction risk, and writes the current scores, the monthly snapshot and
 * the segment summary. A persistent timer runs it every night (one instance of a cluster runs it);
 * the innovation office can run it at once and change its settings.
 *
 * <p>The run never reads the activity log: it reads {@code engagement_daily} for the days entering
 * and leaving the window and the capability evidence of the changed stakeholders only (see
 * docs/engagement-index.md, "Storage and the daily run").
 */
@Stateless
@RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN})
public class EngagementScoring {

    private static final Logger LOG = Logger.getLogger(EngagementScoring.class.getName());
    private static final int CHUNK = 10_000;
    private static final Ability[] ABILITIES = Ability.values();

    /** What a run did. */
    public record RunSummary(
            long id,
            String kind,
            LocalDate asOf,
            Instant startedAt,
            Instant finishedAt,
            String status,
            String startedBy,
            int daysAdded,
            int daysRemoved,
            int stakeholders,
            int changed,
            Long millis,
            String error)
            implements java.io.Serializable {}

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    SessionContext context;

    @Inject
    SurveyClock clock;

    @EJB
    AuditTrail audit;

    /** The settings in force. */
    @PermitAll
    public EngagementSettings settings() {
        try (Connection c = dataSource.getConnection()) {
            return readState(c, false).settings();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores new settings; they apply from the next run (past runs keep theirs). */
    public EngagementSettings saveSettings(EngagementSettings settings) {
        try (Connection c = dataSource.getConnection()) {
            readState(c, true);
            try (PreparedStatement st = c.prepareStatement("update engagement_state set settings = ?, updated_at = ?,"
                    + " updated_by = ?, version = version + 1 where id = 1")) {
                st.setString(1, settings.toJson());
                st.setTimestamp(2, Timestamp.from(Instant.now()));
                st.setString(3, caller());
                st.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        audit.record("engagement.settings", "engagement", "settings", settings.toJson());
        return settings;
    }

    /** Runs the scoring now, as of today. */
    public RunSummary runNow() {
        return run(clock.today(), "MANUAL");
    }

    /** The latest runs, newest first. */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.EXECUTIVE})
    public List<RunSummary> recentRuns(int limit) {
        List<RunSummary> runs = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("select id, kind, as_of, started_at, finished_at, status,"
                        + " started_by, days_added, days_removed, stakeholders, changed, millis, error"
                        + " from engagement_run order by started_at desc, id desc limit ?")) {
            st.setInt(1, Math.max(1, Math.min(limit, 200)));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Timestamp finished = rs.getTimestamp(5);
                    long millis = rs.getLong(12);
                    runs.add(new RunSummary(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getDate(3).toLocalDate(),
                            rs.getTimestamp(4).toInstant(),
                            finished == null ? null : finished.toInstant(),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getInt(8),
                            rs.getInt(9),
                            rs.getInt(10),
                            rs.getInt(11),
                            rs.wasNull() ? null : millis,
                            rs.getString(13)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return runs;
    }

    /** The nightly run (persistent: one instance of a cluster fires it, and a missed night is caught up). */
    @Schedule(hour = "2", minute = "15", persistent = true, info = "engagement: nightly scoring")
    @PermitAll
    public void nightly() {
        try {
            context.getBusinessObject(EngagementScoring.class).runAs(clock.today(), "DAILY");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The nightly engagement scoring failed", e);
        }
    }

    /** A run as of the given date (the demo data and the benchmark back-fill past months with it). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RunSummary runAs(LocalDate asOf, String kind) {
        return run(asOf, kind);
    }

    private record State(LocalDate asOf, int windowDays, EngagementSettings settings) {}

    private State readState(Connection c, boolean lock) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "insert into engagement_state (id, as_of, window_days,"
                        + " settings, updated_at, updated_by) values (1, null, ?, ?, ?, 'system') on conflict (id) do nothing")) {
            EngagementSettings d = EngagementSettings.defaults();
            st.setInt(1, d.weights().windowDays());
            st.setString(2, d.toJson());
            st.setTimestamp(3, Timestamp.from(Instant.now()));
            st.executeUpdate();
        }
        try (PreparedStatement st =
                        c.prepareStatement("select as_of, window_days, settings from engagement_state where id = 1"
                                + (lock ? " for update" : ""));
                ResultSet rs = st.executeQuery()) {
            rs.next();
            Date d = rs.getDate(1);
            return new State(
                    d == null ? null : d.toLocalDate(), rs.getInt(2), EngagementSettings.fromJson(rs.getString(3)));
        }
    }

    private String caller() {
        try {
            return context.getCallerPrincipal().getName();
        } catch (IllegalStateException e) {
            return "system";
        }
    }

    RunSummary run(LocalDate asOf, String kind) {
        long started = System.nanoTime();
        Instant startedAt = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            State state = readState(c, true);
            if (state.asOf() != null && asOf.isBefore(state.asOf())) {
                throw BusinessRuleException.conflict(
                        "asOf", "Scores are already as of " + state.asOf() + "; a run cannot go back to " + asOf + ".");
            }
            EngagementSettings settings = state.settings();
            Instant lastRun = lastRunStart(c);
            long runId = insertRun(c, kind, asOf, startedAt, settings);
            int windowDays = settings.weights().windowDays();
            int[] moved = moveWindow(c, state, asOf, windowDays);
            try (PreparedStatement st =
                    c.prepareStatement("update engagement_state set as_of = ?, window_days = ? where id = 1")) {
                st.setDate(1, Date.valueOf(asOf));
                st.setInt(2, windowDays);
                st.executeUpdate();
            }
            Map<Long, double[]> current = currentScores(c);
            Map<Long, double[]> next = new HashMap<>(current.size() * 2);
            for (Map.Entry<Long, double[]> e : current.entrySet()) {
                // [engagement, 5 abilities, risk, survey mean]; only consenting stakeholders are scored
                double[] v = new double[8];
                v[7] = e.getValue()[7];
                next.put(e.getKey(), v);
            }
            scoreEngagement(c, settings, asOf, windowDays, next);
            boolean fullCapability = state.asOf() == null
                    || lastRun == null
                    || moved[2] == 1
                    || !sameQuarter(state.asOf(), asOf)
                    || settings.capabilityDays() != lastCapabilityDays(c);
            int recomputed = refreshRawCapability(c, settings, asOf, state.asOf(), lastRun, fullCapability);
            scoreCapability(c, settings, asOf, next);
            scoreRisk(c, asOf, next);
            int changed = writeScores(c, asOf, current, next);
            snapshots(c, asOf, settings);
            long millis = (System.nanoTime() - started) / 1_000_000;
            try (PreparedStatement st = c.prepareStatement("update engagement_run set status = 'DONE', finished_at = ?,"
                    + " days_added = ?, days_removed = ?, stakeholders = ?, changed = ?, millis = ?, capability_recomputed = ?"
                    + " where id = ?")) {
                st.setTimestamp(1, Timestamp.from(Instant.now()));
                st.setInt(2, moved[0]);
                st.setInt(3, moved[1]);
                st.setInt(4, next.size());
                st.setInt(5, changed);
                st.setLong(6, millis);
                st.setInt(7, recomputed);
                st.setLong(8, runId);
                st.executeUpdate();
            }
            LOG.info(() -> "Engagement scores as of " + asOf + ": " + next.size() + " stakeholders, " + changed
                    + " changed, capability evidence recomputed for " + recomputed + ", " + millis + " ms");
            return new RunSummary(
                    runId,
                    kind,
                    asOf,
                    startedAt,
                    Instant.now(),
                    "DONE",
                    caller(),
                    moved[0],
                    moved[1],
                    next.size(),
                    changed,
                    millis,
                    null);
        } catch (SQLException e) {
            throw new IllegalStateException("The scoring run failed: " + e.getMessage(), e);
        }
    }

    private static boolean sameQuarter(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.get(IsoFields.QUARTER_OF_YEAR) == b.get(IsoFields.QUARTER_OF_YEAR);
    }

    private Instant lastRunStart(Connection c) throws SQLException {
        try (PreparedStatement st =
                        c.prepareStatement("select max(started_at) from engagement_run where status = 'DONE'");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            Timestamp t = rs.getTimestamp(1);
            return t == null ? null : t.toInstant();
        }
    }

    private int lastCapabilityDays(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                        "select settings from engagement_run where status = 'DONE' order by started_at desc limit 1");
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? EngagementSettings.fromJson(rs.getString(1)).capabilityDays() : -1;
        }
    }

    private long insertRun(Connection c, String kind, LocalDate asOf, Instant at, EngagementSettings settings)
            throws SQLException {
        long id;
        try (PreparedStatement st = c.prepareStatement("select nextval('engagement_run_seq')");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement st = c.prepareStatement("insert into engagement_run (id, kind, as_of, started_at,"
                + " status, started_by, settings) values (?, ?, ?, ?, 'RUNNING', ?, ?)")) {
            st.setLong(1, id);
            st.setString(2, kind);
            st.setDate(3, Date.valueOf(asOf));
            st.setTimestamp(4, Timestamp.from(at));
            st.setString(5, caller());
            st.setString(6, settings.toJson());
            st.executeUpdate();
        }
        return id;
    }

    /**
     * Moves the window totals from the stored as-of date to {@code asOf}: adds the days entering and
     * subtracts the days leaving, or rebuilds from the daily totals when there is no window yet, its
     * length changed or the move is longer than the window.
     *
     * @return days added, days removed, 1 when rebuilt
     */
    private int[] moveWindow(Connection c, State state, LocalDate asOf, int windowDays) throws SQLException {
        LocalDate from = state.asOf();
        if (from != null && from.equals(asOf) && state.windowDays() == windowDays) {
            return new int[] {0, 0, 0};
        }
        boolean rebuild =
                from == null || state.windowDays() != windowDays || ChronoUnit.DAYS.between(from, asOf) >= windowDays;
        if (rebuild) {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("delete from engagement_window");
            }
            try (PreparedStatement st = c.prepareStatement("insert into engagement_window (stakeholder_id, type, n,"
                    + " weight_millis, last_day) select stakeholder_id, type,"
                    + " coalesce(sum(n) filter (where day > ?), 0), coalesce(sum(weight_millis) filter (where day > ?), 0),"
                    + " max(day) from engagement_daily where day <= ? group by stakeholder_id, type")) {
                Date start = Date.valueOf(asOf.minusDays(windowDays));
                st.setDate(1, start);
                st.setDate(2, start);
                st.setDate(3, Date.valueOf(asOf));
                st.executeUpdate();
            }
            return new int[] {windowDays, 0, 1};
        }
        // days entering: (from, asOf]
        try (PreparedStatement st = c.prepareStatement("insert into engagement_window as w (stakeholder_id, type, n,"
                + " weight_millis, last_day) select stakeholder_id, type, sum(n), sum(weight_millis), max(day)"
                + " from engagement_daily where day > ? and day <= ? group by stakeholder_id, type"
                + " on conflict (stakeholder_id, type) do update set n = w.n + excluded.n,"
                + " weight_millis = w.weight_millis + excluded.weight_millis,"
                + " last_day = greatest(w.last_day, excluded.last_day)")) {
            st.setDate(1, Date.valueOf(from));
            st.setDate(2, Date.valueOf(asOf));
            st.executeUpdate();
        }
        // days leaving: (from − W, asOf − W]
        try (PreparedStatement st = c.prepareStatement("update engagement_window w set n = w.n - d.n,"
                + " weight_millis = w.weight_millis - d.weight_millis from (select stakeholder_id, type, sum(n) n,"
                + " sum(weight_millis) weight_millis from engagement_daily where day > ? and day <= ?"
                + " group by stakeholder_id, type) d where w.stakeholder_id = d.stakeholder_id and w.type = d.type")) {
            st.setDate(1, Date.valueOf(from.minusDays(windowDays)));
            st.setDate(2, Date.valueOf(asOf.minusDays(windowDays)));
            st.executeUpdate();
        }
        int days = (int) ChronoUnit.DAYS.between(from, asOf);
        return new int[] {days, days, 0};
    }

    /** id → [engagement, innovation … knowledge, risk, survey mean (NaN for none)] of the scored stakeholders. */
    private Map<Long, double[]> currentScores(Connection c) throws SQLException {
        Map<Long, double[]> scores = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("select id, engagement, innovation, communication,"
                + " recommendation, learning, knowledge, risk, survey_mean from stakeholder"
                + " where consent_analysis and erased_at is null")) {
            st.setFetchSize(CHUNK);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    double[] v = new double[8];
                    for (int i = 0; i < 7; i++) {
                        v[i] = rs.getDouble(i + 2);
                    }
                    double survey = rs.getDouble(9);
                    v[7] = rs.wasNull() ? Double.NaN : survey;
                    scores.put(rs.getLong(1), v);
                }
            }
        }
        return scores;
    }

    private void scoreEngagement(
            Connection c, EngagementSettings settings, LocalDate asOf, int windowDays, Map<Long, double[]> next)
            throws SQLException {
        EngagementIndex index = new EngagementIndex(settings.weights());
        WindowTotals totals = new WindowTotals();
        try (PreparedStatement st = c.prepareStatement("select stakeholder_id, type, n, weight_millis, last_day"
                + " from engagement_window order by stakeholder_id")) {
            st.setFetchSize(CHUNK);
            try (ResultSet rs = st.executeQuery()) {
                long currentId = Long.MIN_VALUE;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id != currentId) {
                        finishEngagement(index, totals, currentId, asOf, windowDays, next);
                        currentId = id;
                    }
                    ActivityType type = ActivityType.valueOf(rs.getString(2));
                    totals.add(type, rs.getInt(3), rs.getLong(4), rs.getDate(5).toLocalDate());
                }
                finishEngagement(index, totals, currentId, asOf, windowDays, next);
            }
        }
    }

    private static void finishEngagement(
            EngagementIndex index,
            WindowTotals totals,
            long id,
            LocalDate asOf,
            int windowDays,
            Map<Long, double[]> next) {
        if (totals.isEmpty()) {
            return;
        }
        double[] v = next.get(id);
        if (v != null) {
            ScaleScore survey = Double.isNaN(v[7]) ? null : new ScaleScore(v[7], 7);
            v[0] = index.value(totals.inputs(Long.toString(id), asOf, windowDays), survey);
        }
        totals.clear();
    }

    /**
     * Recomputes the raw capability path scores of the stakeholders whose evidence changed since
     * the last run (or of everyone: first run, new quarter, changed capability window).
     *
     * @return how many stakeholders were recomputed
     */
    private int refreshRawCapability(
            Connection c,
            EngagementSettings settings,
            LocalDate asOf,
            LocalDate previous,
            Instant lastRun,
            boolean full)
            throws SQLException {
        LocalDate capStart = asOf.minusDays(settings.capabilityDays() - 1L);
        LocalDate q3 = asOf.withDayOfMonth(1).withMonth((asOf.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
        LocalDate q0 = q3.minusMonths(9);
        LocalDate from = capStart.isBefore(q0) ? capStart : q0;
        try (Statement st = c.createStatement()) {
            st.executeUpdate("create temporary table if not exists capability_dirty (id bigint primary key)"
                    + " on commit drop");
            st.executeUpdate("delete from capability_dirty");
        }
        if (full) {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("insert into capability_dirty select distinct stakeholder_id from engagement_daily"
                        + " union select distinct stakeholder_id from engagement_outcome union"
                        + " select stakeholder_id from capability_raw");
            }
        } else {
            LocalDate previousStart = previous.minusDays(settings.capabilityDays() - 1L);
            try (PreparedStatement st = c.prepareStatement("insert into capability_dirty"
                    + " select stakeholder_id from engagement_activity where recorded_at > ?"
                    + " union select stakeholder_id from engagement_outcome where recorded_at > ?"
                    + " union select stakeholder_id from engagement_daily where day > ? and day <= ?"
                    + " union select stakeholder_id from engagement_daily where day >= ? and day < ?"
                    + " union select stakeholder_id from engagement_outcome where occurred_at >= ? and occurred_at < ?"
                    // outcomes on the days entering, recorded before the last run: e.g. one
                    // between midnight and the nightly run, or sent in later with its date
                    + " union select stakeholder_id from engagement_outcome where occurred_at >= ?"
                    + " and occurred_at < ?")) {
                st.setTimestamp(1, Timestamp.from(lastRun));
                st.setTimestamp(2, Timestamp.from(lastRun));
                st.setDate(3, Date.valueOf(previous));
                st.setDate(4, Date.valueOf(asOf));
                st.setDate(5, Date.valueOf(previousStart));
                st.setDate(6, Date.valueOf(capStart));
                st.setTimestamp(7, Timestamp.from(clock.startOf(previousStart)));
                st.setTimestamp(8, Timestamp.from(clock.startOf(capStart)));
                st.setTimestamp(9, Timestamp.from(clock.startOf(previous.plusDays(1))));
                st.setTimestamp(10, Timestamp.from(clock.startOf(asOf.plusDays(1))));
                st.executeUpdate();
            }
        }
        Map<Long, Evidence> evidence = new HashMap<>();
        LocalDate[] quarters = {q0, q0.plusMonths(3), q0.plusMonths(6), q3};
        try (PreparedStatement st = c.prepareStatement("select d.stakeholder_id, d.type,"
                + " case when day >= ? then 3 when day >= ? then 2 when day >= ? then 1 when day >= ? then 0 else -1 end q,"
                + " coalesce(sum(n) filter (where day >= ?), 0), sum(n) from engagement_daily d"
                + " join capability_dirty x on x.id = d.stakeholder_id where day >= ? and day <= ?"
                + " and type in ('IDEA_SUBMITTED', 'COMMENT', 'REFERRAL_MADE', 'REFERRAL_CONVERTED', 'REVIEW_GIVEN')"
                + " group by 1, 2, 3")) {
            st.setDate(1, Date.valueOf(quarters[3]));
            st.setDate(2, Date.valueOf(quarters[2]));
            st.setDate(3, Date.valueOf(quarters[1]));
            st.setDate(4, Date.valueOf(quarters[0]));
            st.setDate(5, Date.valueOf(capStart));
            st.setDate(6, Date.valueOf(from));
            st.setDate(7, Date.valueOf(asOf));
            st.setFetchSize(CHUNK);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Evidence e = evidence.computeIfAbsent(rs.getLong(1), k -> new Evidence());
                    e.activity(ActivityType.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4), rs.getInt(5));
                }
            }
        }
        try (PreparedStatement st = c.prepareStatement("select o.stakeholder_id, o.kind,"
                + " case when occurred_at >= ? then 3 when occurred_at >= ? then 2 when occurred_at >= ? then 1"
                + " when occurred_at >= ? then 0 else -1 end q,"
                + " count(*) filter (where occurred_at >= ?), count(*),"
                + " percentile_cont(0.5) within group (order by amount) filter (where occurred_at >= ?)"
                + " from engagement_outcome o join capability_dirty x on x.id = o.stakeholder_id"
                + " where occurred_at >= ? and occurred_at < ? group by 1, 2, 3")) {
            st.setTimestamp(1, Timestamp.from(clock.startOf(quarters[3])));
            st.setTimestamp(2, Timestamp.from(clock.startOf(quarters[2])));
            st.setTimestamp(3, Timestamp.from(clock.startOf(quarters[1])));
            st.setTimestamp(4, Timestamp.from(clock.startOf(quarters[0])));
            st.setTimestamp(5, Timestamp.from(clock.startOf(capStart)));
            st.setTimestamp(6, Timestamp.from(clock.startOf(capStart)));
            st.setTimestamp(7, Timestamp.from(clock.startOf(from)));
            st.setTimestamp(8, Timestamp.from(clock.startOf(asOf.plusDays(1))));
            st.setFetchSize(CHUNK);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Evidence e = evidence.computeIfAbsent(rs.getLong(1), k -> new Evidence());
                    double median = rs.getDouble(6);
                    e.outcome(
                            OutcomeKind.valueOf(rs.getString(2)),
                            rs.getInt(3),
                            rs.getInt(4),
                            rs.getInt(5),
                            rs.wasNull() ? Double.NaN : median);
                }
            }
        }
        try (PreparedStatement st = c.prepareStatement(
                "delete from capability_raw r using capability_dirty x where r.stakeholder_id = x.id")) {
            st.executeUpdate();
        }
        try (PreparedStatement st =
                c.prepareStatement("insert into capability_raw values" + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            JdbcBatch.run(st, evidence.entrySet(), e -> {
                RawCapability raw = CapabilityCalculator.raw(e.getValue().inputs(e.getKey()));
                st.setLong(1, e.getKey());
                int i = 2;
                for (Ability a : ABILITIES) {
                    st.setDouble(i++, raw.raw(a, CapabilityPath.RESULT));
                    st.setDouble(i++, raw.raw(a, CapabilityPath.PROCESS));
                }
                st.setDate(12, Date.valueOf(asOf));
            });
        }
        return evidence.size();
    }

    /** The capability evidence of one stakeholder, gathered from the daily totals and the outcomes. */
    private static final class Evidence {
        final int[] activities = new int[ActivityType.COUNT];
        final int[] outcomes = new int[OutcomeKind.values().length];
        final int[] contributions = new int[4];
        final int[] accepted = new int[4];
        final int[] helpful = new int[4];
        double medianAnswerHours = Double.NaN;

        void activity(ActivityType type, int quarter, int inWindow, int all) {
            activities[type.ordinal()] += inWindow;
            if (quarter >= 0 && type != ActivityType.REFERRAL_MADE && type != ActivityType.REFERRAL_CONVERTED) {
                contributions[quarter] += all;
            }
        }

        void outcome(OutcomeKind kind, int quarter, int inWindow, int all, double median) {
            outcomes[kind.ordinal()] += inWindow;
            if (kind == OutcomeKind.ANSWER_GIVEN && !Double.isNaN(median)) {
                // one median per quarter group: keep the latest quarter's as the stakeholder's answer speed
                medianAnswerHours = median;
            }
            if (quarter < 0) {
                return;
            }
            switch (kind) {
                case ANSWER_GIVEN, TEST_FINDING_REPORTED -> contributions[quarter] += all;
                case IDEA_ACCEPTED, ANSWER_ACCEPTED, TEST_FINDING_ACCEPTED -> accepted[quarter] += all;
                case HELPFUL_VOTE_RECEIVED, IDEA_VOTE_RECEIVED, REVIEW_HELPFUL_VOTE -> helpful[quarter] += all;
                default -> {
                    // implemented ideas and replies count only on their own paths
                }
            }
        }

        int a(ActivityType t) {
            return activities[t.ordinal()];
        }

        int o(OutcomeKind k) {
            return outcomes[k.ordinal()];
        }

        CapabilityInputs inputs(long id) {
            List<PeriodOutcome> periods = new ArrayList<>();
            for (int q = 0; q < 4; q++) {
                periods.add(new PeriodOutcome(contributions[q], Math.min(accepted[q], contributions[q]), helpful[q]));
            }
            // an outcome may fall inside the window while what it rewards fell before it (an idea
            // submitted 13 months ago, accepted last month): such outcomes count up to the
            // contributions in the window, and a converted referral implies one made
            int ideas = a(ActivityType.IDEA_SUBMITTED);
            int ideasAccepted = Math.min(o(OutcomeKind.IDEA_ACCEPTED), ideas);
            int answers = o(OutcomeKind.ANSWER_GIVEN);
            int findings = o(OutcomeKind.TEST_FINDING_REPORTED);
            int converted = a(ActivityType.REFERRAL_CONVERTED);
            return CapabilityInputs.builder(Long.toString(id))
                    .ideas(ideas, ideasAccepted, Math.min(o(OutcomeKind.IDEA_IMPLEMENTED), ideasAccepted))
                    .ideaVotesReceived(o(OutcomeKind.IDEA_VOTE_RECEIVED))
                    .comments(
                            a(ActivityType.COMMENT),
                            o(OutcomeKind.HELPFUL_VOTE_RECEIVED),
                            o(OutcomeKind.REPLY_RECEIVED))
                    .answers(
                            answers,
                            Math.min(o(OutcomeKind.ANSWER_ACCEPTED), answers),
                            answers == 0 ? Double.NaN : medianAnswerHours)
                    .referrals(Math.max(a(ActivityType.REFERRAL_MADE), converted), converted)
                    .reviews(a(ActivityType.REVIEW_GIVEN), o(OutcomeKind.REVIEW_HELPFUL_VOTE))
                    .testFindings(findings, Math.min(o(OutcomeKind.TEST_FINDING_ACCEPTED), findings))
                    .periods(periods)
                    .build();
        }
    }

    private void scoreCapability(Connection c, EngagementSettings settings, LocalDate asOf, Map<Long, double[]> next)
            throws SQLException {
        List<RawCapability> raws = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select r.* from capability_raw r join stakeholder s"
                + " on s.id = r.stakeholder_id where s.consent_analysis and s.erased_at is null")) {
            st.setFetchSize(CHUNK);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    double[] r = new double[ABILITIES.length];
                    double[] p = new double[ABILITIES.length];
                    for (Ability a : ABILITIES) {
                        r[a.ordinal()] = rs.getDouble(2 + 2 * a.ordinal());
                        p[a.ordinal()] = rs.getDouble(3 + 2 * a.ordinal());
                    }
                    raws.add(RawCapability.ofArrays(Long.toString(rs.getLong(1)), r, p));
                }
            }
        }
        CapabilityNorms norms = CapabilityNorms.of(raws);
        CapabilityCalculator calculator = new CapabilityCalculator(settings.resultShare());
        for (RawCapability raw : raws) {
            double[] v = next.get(Long.parseLong(raw.stakeholderId()));
            if (v == null) {
                continue;
            }
            CapabilityProfile profile = calculator.profile(raw, norms, asOf);
            for (Ability a : ABILITIES) {
                v[1 + a.ordinal()] = profile.score(a);
            }
        }
    }

    private void scoreRisk(Connection c, LocalDate asOf, Map<Long, double[]> next) throws SQLException {
        CoDestructionRisk risk = new CoDestructionRisk();
        Map<Long, List<Incident>> incidents = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(
                "select stakeholder_id, type, severity, occurred_on, confirmed from engagement_incident"
                        + " where occurred_on <= ?")) {
            st.setDate(1, Date.valueOf(asOf));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    incidents
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Incident(
                                    IncidentType.valueOf(rs.getString(2)),
                                    rs.getInt(3),
                                    rs.getDate(4).toLocalDate(),
                                    rs.getBoolean(5)));
                }
            }
        }
        incidents.forEach((id, list) -> {
            double[] v = next.get(id);
            if (v != null) {
                v[6] = risk.score(Long.toString(id), list, asOf).risk();
            }
        });
    }

    private static final String[] SCORE_COLUMNS = {
        "engagement", "innovation", "communication", "recommendation", "learning", "knowledge", "risk"
    };

    /** Writes the scores that changed (and the date to all scored), in chunks; returns how many changed. */
    private int writeScores(Connection c, LocalDate asOf, Map<Long, double[]> current, Map<Long, double[]> next)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (Map.Entry<Long, double[]> e : next.entrySet()) {
            double[] before = current.get(e.getKey());
            double[] after = e.getValue();
            for (int i = 0; i < 7; i++) {
                if (Math.abs(before[i] - after[i]) > 1e-9) {
                    ids.add(e.getKey());
                    break;
                }
            }
        }
        StringBuilder set = new StringBuilder();
        for (int i = 0; i < SCORE_COLUMNS.length; i++) {
            set.append(SCORE_COLUMNS[i]).append(" = u.c").append(i).append(", ");
        }
        String sql = "update stakeholder s set " + set + "scored_on = ? from unnest(?::bigint[], ?::float8[],"
                + " ?::float8[], ?::float8[], ?::float8[], ?::float8[], ?::float8[], ?::float8[])"
                + " as u(id, c0, c1, c2, c3, c4, c5, c6) where s.id = u.id";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                Object[][] columns = new Object[7][chunk.size()];
                for (int k = 0; k < chunk.size(); k++) {
                    double[] v = next.get(chunk.get(k));
                    for (int i = 0; i < 7; i++) {
                        columns[i][k] = v[i];
                    }
                }
                st.setDate(1, Date.valueOf(asOf));
                Array idArray = c.createArrayOf("bigint", chunk.toArray());
                st.setArray(2, idArray);
                for (int i = 0; i < 7; i++) {
                    st.setArray(3 + i, c.createArrayOf("float8", columns[i]));
                }
                st.executeUpdate();
            }
        }
        try (PreparedStatement st = c.prepareStatement("update stakeholder set engagement = 0, innovation = 0,"
                + " communication = 0, recommendation = 0, learning = 0, knowledge = 0, risk = 0, scored_on = ?"
                + " where (not consent_analysis or erased_at is not null) and (engagement <> 0 or innovation <> 0"
                + " or communication <> 0 or recommendation <> 0 or learning <> 0 or knowledge <> 0 or risk <> 0)")) {
            st.setDate(1, Date.valueOf(asOf));
            st.executeUpdate();
        }
        return ids.size();
    }

    /** The segment summary of every run, and the per-stakeholder snapshot of the first run in a month. */
    private void snapshots(Connection c, LocalDate asOf, EngagementSettings settings) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into segment_snapshot select ?,"
                + " coalesce(segment, '(no segment)'), count(*), avg(engagement),"
                + " percentile_cont(0.5) within group (order by engagement), avg(case when engagement >= ? then 1.0"
                + " else 0.0 end), avg(innovation), avg(communication), avg(recommendation), avg(learning),"
                + " avg(knowledge) from stakeholder where consent_analysis and erased_at is null group by 2"
                + " on conflict (as_of, segment) do update set stakeholders = excluded.stakeholders,"
                + " mean = excluded.mean, median = excluded.median, engaged_share = excluded.engaged_share,"
                + " innovation = excluded.innovation, communication = excluded.communication,"
                + " recommendation = excluded.recommendation, learning = excluded.learning,"
                + " knowledge = excluded.knowledge")) {
            st.setDate(1, Date.valueOf(asOf));
            st.setDouble(2, settings.weights().engagedThreshold());
            st.executeUpdate();
        }
        boolean monthDone;
        try (PreparedStatement st = c.prepareStatement(
                "select exists (select 1 from stakeholder_snapshot where as_of >= ? and as_of <= ?)")) {
            st.setDate(1, Date.valueOf(asOf.withDayOfMonth(1)));
            st.setDate(2, Date.valueOf(asOf));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                monthDone = rs.getBoolean(1);
            }
        }
        if (!monthDone) {
            try (PreparedStatement st = c.prepareStatement("insert into stakeholder_snapshot select id, ?, engagement,"
                    + " innovation, communication, recommendation, learning, knowledge, risk from stakeholder"
                    + " where consent_analysis and erased_at is null and (engagement > 0 or innovation > 0"
                    + " or communication > 0 or recommendation > 0 or learning > 0 or knowledge > 0 or risk > 0)")) {
                st.setDate(1, Date.valueOf(asOf));
                st.executeUpdate();
            }
        }
    }
}

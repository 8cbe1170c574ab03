package org.cocrea.kpi.boundary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.kpi.control.BuiltInKpis;
import org.cocrea.kpi.control.Grain;
import org.cocrea.kpi.control.Period;
import org.cocrea.reporting.boundary.KpiDashboardsProbe;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * KPI benchmark without the application server, on a PostgreSQL database of its own (its name
 * must contain "bench"; it is emptied): migrates it, fills it set-based with an organisation,
 * 1,000,000 stakeholders and 10,000,000 activities, 200 campaigns with 100,000 ideas over two years
 * and their stage transitions, comments, votes, incidents and monthly engagement scores (the V13
 * triggers fill the KPI outbox as the rows arrive), and then times:
 *
 * <ol>
 *   <li>the snapshot feed applying the whole outbox and the engagement months ({@link
 *       KpiUpdater}, batches of 5,000 rows), in events per second;
 *   <li>a full recomputation of one month ({@link KpiRecompute}; goal ≤ 30 s), checked against the
 *       fed snapshots;
 *   <li>the executive overview's data ({@code KpiDashboards.overview}, twelve months, all sixteen
 *       KPIs; goal p95 ≤ 150 ms);
 *   <li>each KPI's series endpoint for one month against the raw SQL aggregate over the same rows,
 *       printed as a ratio (goal ≤ 1.2).
 * </ol>
 *
 * <pre>
 *   createdb -h 127.0.0.1 -U postgres cocrea_kpi_bench
 *   ./mvnw -B -q -pl ejb -Pbench test-compile exec:java@kpi-benchmark
 * </pre>
 *
 * System properties: {@code bench.db} (jdbc:postgresql://127.0.0.1:5432/cocrea_kpi_bench), {@code
 * bench.user}, {@code bench.password}, {@code bench.stakeholders} (1,000,000), {@code
 * bench.activities} (10,000,000), {@code bench.ideas} (100,000), {@code bench.comments} (4 per
 * idea), {@code bench.votes} (8 per idea), {@code bench.participants} (50,000), {@code
 * bench.scored} (customers with monthly engagement scores, 100,000), {@code bench.runs} (30),
 * {@code bench.reuse} (true: keep the generated data and only rebuild the KPI tables).
 */
public final class KpiBenchmark {

    private static final ZoneId ZONE = ZoneOffset.UTC;

    private final PGSimpleDataSource pg = new PGSimpleDataSource();
    private final int stakeholders = Integer.getInteger("bench.stakeholders", 1_000_000);
    private final long activities = Long.getLong("bench.activities", 10_000_000L);
    private final int ideas = Integer.getInteger("bench.ideas", 100_000);
    private final int comments = Integer.getInteger("bench.comments", ideas * 4);
    private final int votes = Integer.getInteger("bench.votes", ideas * 8);
    private final int participants = Integer.getInteger("bench.participants", 50_000);
    private final int scored = Integer.getInteger("bench.scored", 100_000);
    private final int runs = Integer.getInteger("bench.runs", 30);
    private final List<String> summary = new ArrayList<>();
    private final SurveyClock clock = new SurveyClock() {
        @Override
        public ZoneId zone() {
            return ZONE;
        }
    };

    private KpiBenchmark() {
        pg.setURL(System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5432/cocrea_kpi_bench"));
        pg.setUser(System.getProperty("bench.user", "postgres"));
        pg.setPassword(System.getProperty("bench.password", ""));
        pg.setApplicationName("cocrea-kpi-bench");
    }

    public static void main(String[] args) {
        Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        try {
            new KpiBenchmark().run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            Runtime.getRuntime().halt(1);
        }
        Runtime.getRuntime().halt(0);
    }

    private void run() throws Exception {
        if (pg.getDatabaseName() == null || !pg.getDatabaseName().contains("bench")) {
            throw new IllegalStateException("The benchmark empties its database; use one whose name contains 'bench'.");
        }
        System.out.printf(
                Locale.ROOT,
                "KPI benchmark: %,d stakeholders, %,d activities, %,d ideas, %,d comments, %,d votes; %d processors,"
                        + " max heap %,d MB%n",
                stakeholders,
                activities,
                ideas,
                comments,
                votes,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        boolean reuse = Boolean.getBoolean("bench.reuse") && generatedBefore();
        if (reuse) {
            migrate();
            resetKpiTables();
        } else {
            try (Connection c = pg.getConnection();
                    Statement st = c.createStatement()) {
                st.execute("drop schema if exists public cascade");
                st.execute("create schema public");
            }
            migrate();
            long t = System.nanoTime();
            generate();
            System.out.printf(Locale.ROOT, "data generated in %.0f s%n", (System.nanoTime() - t) / 1e9);
        }
        sizes();
        feed(Integer.getInteger("bench.feedRows", 50_000));
        Period month = Period.of(Grain.MONTH, LocalDate.now(ZONE)).previous();
        rebuildAll(month);
        steadyState();
        recompute(month);
        overview();
        endpoints(month);
        System.out.println();
        System.out.println("summary (for docs/performance.md):");
        summary.forEach(s -> System.out.println("  " + s));
    }

    // ------------------------------------------------------------------ data

    private void migrate() {
        Flyway.configure(KpiBenchmark.class.getClassLoader())
                .dataSource(pg)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    private boolean generatedBefore() throws SQLException {
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery("select to_regclass('idea') is not null and exists (select 1 from idea)")) {
            rs.next();
            return rs.getBoolean(1);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Empties the KPI tables and fills the outbox again from the source rows (as V13 does). */
    private void resetKpiTables() throws SQLException {
        exec(
                "truncate kpi_snapshot, kpi_outbox, kpi_audience, kpi_climate_result, kpi_climate_round",
                "update kpi_state set engagement_as_of = null, audience_counted_at = null, events_applied = 0",
                "insert into kpi_outbox (source, source_id) select 'TRANSITION', id from idea_transition order by id",
                "insert into kpi_outbox (source, source_id) select 'COMMENT', id from idea_comment order by id",
                "insert into kpi_outbox (source, source_id, source_key) select 'VOTE', idea_id, voter from idea_vote",
                "insert into kpi_outbox (source, source_id) select 'INCIDENT', id from engagement_incident order by id",
                "vacuum analyze");
    }

    private void generate() throws SQLException {
        int employees = 5_000;
        long t = System.nanoTime();
        exec(
                "insert into org_unit (id, parent_id, code, name, kind) values (1, null, 'CO', 'Aurora', 'COMPANY')",
                "insert into org_unit (id, parent_id, code, name, kind) select 1 + d, 1, 'D' || d, 'Division ' || d,"
                        + " 'DIVISION' from generate_series(1, 8) d",
                "insert into org_unit (id, parent_id, code, name, kind) select 100 + t, 2 + (t - 1) % 8, 'T' || t,"
                        + " 'Team ' || t, 'TEAM' from generate_series(1, 40) t",
                "insert into employee (id, external_id, email, display_name, username, unit_id) select e, 'E' || e,"
                        + " 'e' || e || '@bench.example', 'Employee ' || e, 'emp' || e, 101 + e % 40"
                        + " from generate_series(1, " + employees + ") e",
                "insert into stakeholder (id, external_id, kind, display_name, segment, consent_contact,"
                        + " consent_analysis, username, serving_unit_id, created_at, updated_at) select s, 'S' || s,"
                        + " case when s % 10 = 0 then 'PARTNER' else 'CUSTOMER' end, 'Stakeholder ' || s,"
                        + " (array['Home cooks', 'Smart-home', 'Professional kitchens', 'Budget households'])[1 + s % 4],"
                        + " true, true, case when s <= " + participants + " and s % 10 <> 0 then 'cust' || s end,"
                        + " 101 + s % 40, now(), now() from generate_series(1, " + stakeholders + ") s",
                "insert into participant (username, display_name, kind, stakeholder_id, unit_id, created_at)"
                        + " select 'cust' || s, 'Customer ' || s, 'CUSTOMER', s, null, now()"
                        + " from generate_series(1, " + participants + ") s where s % 10 <> 0",
                "insert into participant (username, display_name, kind, stakeholder_id, unit_id, created_at)"
                        + " select 'emp' || e, 'Employee ' || e, case when e % 50 = 0 then 'STAFF' else 'EMPLOYEE' end,"
                        + " null, 101 + e % 40, now() from generate_series(1, " + employees + ") e");
        System.out.printf(
                Locale.ROOT, "  organisation, stakeholders, participants: %.0f s%n", (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        exec("insert into engagement_activity (stakeholder_id, type, occurred_at, channel, weight_millis, source,"
                + " recorded_at) select 1 + (a::bigint * 7919) % " + stakeholders
                + ", (array['VISIT', 'IDEA_SUBMITTED',"
                + " 'COMMENT', 'VOTE', 'REVIEW_GIVEN', 'TEST_PARTICIPATION', 'REFERRAL_MADE', 'REFERRAL_CONVERTED',"
                + " 'EVENT_ATTENDED', 'SURVEY_ANSWERED', 'KNOWLEDGE_ARTICLE_READ', 'COMPLAINT'])[1 + a % 12],"
                + " now() - ((a % 730) || ' days')::interval - ((a % 86400) || ' seconds')::interval, 'WEB', 1000,"
                + " 'bench', now() from generate_series(1, " + activities + ") a");
        System.out.printf(Locale.ROOT, "  activities: %.0f s%n", (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        // customers among the participants end in 1..9; the k-th such customer id is k + k / 9 + 1 (no multiple of 10)
        String customer =
                "'cust' || (((x) % " + (participants * 9 / 10) + ") + ((x) % " + (participants * 9 / 10) + ") / 9 + 1)";
        String employee = "'emp' || (1 + (x) % " + employees + ")";
        exec(
                "insert into campaign (id, code, title, problem_html, problem_text, audience, opens_on, closes_on,"
                        + " orientation, owner, created_at, updated_at) select c, 'C' || c, 'Campaign ' || c, 'p', 'p',"
                        + " (array['EMPLOYEES', 'CUSTOMERS', 'PUBLIC', 'UNITS'])[1 + c % 4], current_date - 760 + c,"
                        + " current_date + 365, 'BOTH', 'bench', now(), now() from generate_series(1, 200) c",
                "insert into campaign_unit (campaign_id, unit_id) select c, 101 + c % 40 from generate_series(1, 200) c"
                        + " where c % 4 = 3",
                "insert into campaign_stage (id, campaign_id, position, code, name, phase) select c * 10 + p, c, p,"
                        + " 's' || p, 'Stage ' || p, (array['IDENTIFICATION', 'INTERPRETATION', 'DEVELOPMENT',"
                        + " 'VALIDATION', 'LAUNCH'])[p + 1] from generate_series(1, 200) c, generate_series(0, 4) p",
                "insert into idea (id, campaign_id, title, description_html, description_text, orientation, submitter,"
                        + " submitter_kind, unit_id, stage_id, status, stage_entered_at, submitted_at, updated_at)"
                        + " select i, 1 + i % 200, 'Idea ' || i, 'd', 'd', case when i % 3 = 0 then 'EXPLORATION'"
                        + " else 'EXPLOITATION' end, case when i % 2 = 0 then " + customer.replace("x", "i * 13")
                        + " else " + employee.replace("x", "i * 7") + " end, case when i % 2 = 0 then 'CUSTOMER'"
                        + " else 'EMPLOYEE' end, 101 + i % 40, (1 + i % 200) * 10, 'ACTIVE', ts, ts, ts from ("
                        + " select i, now() - interval '730 days' + (interval '725 days') * i / " + ideas
                        + " as ts from generate_series(1, " + ideas + ") i) x",
                // submission, then i % 6 gate decisions (four moves forward, then the launch); every 11th idea is
                // stopped at its last decision
                "insert into idea_transition (id, idea_id, campaign_id, from_stage, to_stage, from_status, to_status,"
                        + " decision, decided_by, decided_at) select i.id * 10, i.id, i.campaign_id, null, i.stage_id,"
                        + " null, 'ACTIVE', 'SUBMITTED', i.submitter, i.submitted_at from idea i",
                "insert into idea_transition (id, idea_id, campaign_id, from_stage, to_stage, from_status, to_status,"
                        + " decision, decided_by, decided_at) select i.id * 10 + k, i.id, i.campaign_id,"
                        + " i.campaign_id * 10 + least(k - 1, 4), i.campaign_id * 10 + least(k, 4), 'ACTIVE',"
                        + " case when k = i.id % 6 and i.id % 11 = 0 then 'KILLED' when k = 5 then 'LAUNCHED'"
                        + " else 'ACTIVE' end, case when k = i.id % 6 and i.id % 11 = 0 then 'KILL' else 'GO' end,"
                        + " 'manager', i.submitted_at + (k * (5 + i.id % 20) || ' days')::interval"
                        + " from idea i, generate_series(1, 5) k where k <= i.id % 6"
                        + " and i.submitted_at + (k * (5 + i.id % 20) || ' days')::interval < now()",
                "update idea i set stage_id = t.to_stage, status = t.to_status, stage_entered_at = t.decided_at"
                        + " from (select distinct on (idea_id) idea_id, to_stage, to_status, decided_at"
                        + " from idea_transition order by idea_id, decided_at desc, id desc) t where t.idea_id = i.id",
                "insert into idea_comment (id, idea_id, author, body_html, body_text, created_at, updated_at)"
                        + " select c, i.id, case when c % 3 = 0 then " + employee.replace("x", "c * 3") + " else "
                        + customer.replace("x", "c * 17") + " end, 'c', 'c', ts, ts from (select c, 1 + (c * 31) % "
                        + ideas + " as idea from generate_series(1, " + comments + ") c) g join idea i on i.id = g.idea"
                        + " cross join lateral (select least(now(), i.submitted_at + ((c % 40) || ' days')::interval) ts) z",
                "insert into idea_vote (idea_id, voter, voted_at) select i.id, case when v % 4 = 0 then "
                        + employee.replace("x", "v * 5") + " else " + customer.replace("x", "v * 23")
                        + " end, least(now(), i.submitted_at + ((v % 20) || ' days')::interval) from generate_series(1, "
                        + votes + ") v join idea i on i.id = 1 + (v * 37) % " + ideas + " on conflict do nothing",
                "insert into engagement_incident (id, stakeholder_id, type, severity, occurred_on, reported_by, reported_at)"
                        + " select n, 1 + (n * 97) % " + stakeholders
                        + ", (array['REPORTED_ABUSE', 'MISUSE', 'CONFLICT',"
                        + " 'ABANDONED_COMMITMENT'])[1 + n % 4], 1 + n % 5, current_date - n % 730, 'bench', now()"
                        + " from generate_series(1, 5000) n",
                "insert into stakeholder_snapshot (stakeholder_id, as_of, engagement, innovation, communication,"
                        + " recommendation, learning, knowledge, risk) select s, (date_trunc('month', current_date)"
                        + " - (m || ' months')::interval - interval '1 day')::date, (s * 37 + m * 11) % 100, 1, 1, 1, 1,"
                        + " 1, 0 from generate_series(1, " + scored
                        + ") s, generate_series(0, 23) m where s % 10 <> 0");
        try (Connection c = pg.getConnection()) {
            KpiTables.seedBuiltIns(c);
        }
        exec("insert into kpi_measurement (id, kpi_key, scope, grain, period_start, value, definition_version,"
                + " source, entered_by, entered_at) select nextval('kpi_seq'), k, 'organisation', 'QUARTER',"
                + " (date_trunc('quarter', current_date) - (q * 3 || ' months')::interval)::date,"
                + " 10 + q + length(k), 1, 'DEMO', 'bench', now() from unnest(array['revenue_share_new_products',"
                + " 'new_products_launched', 'time_to_market', 'rd_spend']) k, generate_series(1, 8) q");
        exec("vacuum analyze");
        System.out.printf(Locale.ROOT, "  co-creation, incidents, scores: %.0f s%n", (System.nanoTime() - t) / 1e9);
    }

    private void sizes() throws SQLException {
        for (String table : List.of(
                "engagement_activity",
                "idea",
                "idea_transition",
                "idea_comment",
                "idea_vote",
                "stakeholder_snapshot",
                "kpi_outbox")) {
            System.out.printf(Locale.ROOT, "  %-22s %,12d rows%n", table, count("select count(*) from " + table));
        }
    }

    // ------------------------------------------------------------------ measurements

    /**
     * The feed catching up with a backlog: the first {@code limit} outbox rows (the oldest history,
     * so carried pipeline changes run through every later month), in batches of 5,000.
     */
    private void feed(int limit) throws SQLException {
        KpiUpdater updater = new KpiUpdater();
        updater.clock = clock;
        long t = System.nanoTime();
        long events = 0;
        int rows = 0;
        int batches = 0;
        KpiUpdater.Batch b;
        do {
            try (Connection c = pg.getConnection()) {
                c.setAutoCommit(false);
                b = updater.apply(c, KpiUpdater.BATCH, Instant.now());
                c.commit();
            }
            events += b.events();
            rows += b.outboxRows();
            batches++;
        } while (b.more() && rows < limit);
        double s = (System.nanoTime() - t) / 1e9;
        String line = String.format(
                Locale.ROOT,
                "feed catching up with history: %,d outbox rows (+ engagement months)"
                        + " = %,d events in %d batches, %.1f s (%,.0f events/s)",
                rows,
                events,
                batches,
                s,
                events / s);
        System.out.println(line);
        summary.add(line);
    }

    /**
     * Builds the snapshots of the whole history by recomputing every month (faster than feeding a
     * two-year backlog): the outbox is emptied first and the engagement watermark set to the last
     * monthly scores, so each source row counts once.
     */
    private void rebuildAll(Period last) throws SQLException {
        exec(
                "truncate kpi_outbox",
                "truncate kpi_snapshot",
                "update kpi_state set engagement_as_of = (select max(as_of) from stakeholder_snapshot)");
        KpiRecompute r = new KpiRecompute();
        r.clock = clock;
        Period first = Period.of(Grain.MONTH, LocalDate.now(ZONE).minusDays(760));
        List<Double> seconds = new ArrayList<>();
        long t = System.nanoTime();
        for (Period m : Period.range(first, last.next())) {
            long t0 = System.nanoTime();
            try (Connection c = pg.getConnection()) {
                c.setAutoCommit(false);
                r.rebuild(c, m, step -> {});
                c.commit();
            }
            seconds.add((System.nanoTime() - t0) / 1e9);
        }
        exec("vacuum analyze kpi_snapshot");
        List<Double> sorted = new ArrayList<>(seconds);
        java.util.Collections.sort(sorted);
        String line = String.format(
                Locale.ROOT,
                "history rebuilt month by month: %d months in %.0f s (per month"
                        + " median %.1f s, max %.1f s; goal <= 30 s); %,d snapshots",
                seconds.size(),
                (System.nanoTime() - t) / 1e9,
                sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1),
                count("select count(*) from kpi_snapshot"));
        System.out.println(line);
        summary.add(line);
    }

    /**
     * What the minute timer does in steady state: a minute's new activity (ideas submitted and moved
     * today, comments and votes) applied in one batch.
     */
    private void steadyState() throws SQLException {
        int n = Integer.getInteger("bench.minute", 500);
        String base = "900000000::bigint";
        exec(
                "insert into idea (id, campaign_id, title, description_html, description_text, orientation, submitter,"
                        + " submitter_kind, unit_id, stage_id, status, stage_entered_at, submitted_at, updated_at)"
                        + " select " + base
                        + " + i, 1 + i % 200, 'New idea ' || i, 'd', 'd', 'EXPLORATION', 'emp' || (1 + i),"
                        + " 'EMPLOYEE', 101 + i % 40, (1 + i % 200) * 10, 'ACTIVE', now(), now(), now()"
                        + " from generate_series(1, " + n + ") i",
                "insert into idea_transition (id, idea_id, campaign_id, from_stage, to_stage, from_status, to_status,"
                        + " decision, decided_by, decided_at) select " + base + " * 10 + i * 10, " + base + " + i,"
                        + " 1 + i % 200, null, (1 + i % 200) * 10, null, 'ACTIVE', 'SUBMITTED', 'emp' || (1 + i), now()"
                        + " from generate_series(1, " + n + ") i",
                "insert into idea_transition (id, idea_id, campaign_id, from_stage, to_stage, from_status, to_status,"
                        + " decision, decided_by, decided_at) select t.id * 10 + 9, t.idea_id, t.campaign_id, t.to_stage,"
                        + " t.to_stage, t.to_status, t.to_status, 'REVIEW', 'manager', now() from (select distinct on"
                        + " (idea_id) * from idea_transition where idea_id <= " + ideas
                        + " order by idea_id, decided_at"
                        + " desc, id desc) t where t.to_status = 'ACTIVE' limit " + n,
                "insert into idea_comment (id, idea_id, author, body_html, body_text, created_at, updated_at)"
                        + " select " + base + " + c, 1 + c * 7 % " + ideas
                        + ", 'emp' || (1 + c), 'c', 'c', now(), now()"
                        + " from generate_series(1, " + (2 * n) + ") c");
        KpiUpdater updater = new KpiUpdater();
        updater.clock = clock;
        long rows = count("select count(*) from kpi_outbox");
        long t = System.nanoTime();
        KpiUpdater.Batch b;
        int events = 0;
        do {
            try (Connection c = pg.getConnection()) {
                c.setAutoCommit(false);
                b = updater.apply(c, KpiUpdater.BATCH, Instant.now());
                c.commit();
            }
            events += b.events();
        } while (b.more());
        String line = String.format(
                Locale.ROOT,
                "steady state: a minute's %,d outbox rows (%,d new ideas, reviews,"
                        + " comments) = %,d events applied in %.2f s",
                rows,
                n,
                events,
                (System.nanoTime() - t) / 1e9);
        System.out.println(line);
        summary.add(line);
    }

    private void recompute(Period month) throws SQLException {
        KpiRecompute r = new KpiRecompute();
        r.clock = clock;
        int[] result;
        long t = System.nanoTime();
        try (Connection c = pg.getConnection()) {
            c.setAutoCommit(false);
            result = r.rebuild(c, month, step -> {});
            c.commit();
        }
        double s = (System.nanoTime() - t) / 1e9;
        KpiRecompute.Verification v;
        try (Connection c = pg.getConnection()) {
            c.setAutoCommit(false);
            v = r.verify(c, month);
            c.commit();
        }
        String line = String.format(
                Locale.ROOT,
                "full recompute of %s: %.1f s (goal <= 30 s): %,d events read,"
                        + " %,d snapshots written (with its quarter and year); equal to the fed snapshots: %s",
                month,
                s,
                result[0],
                result[1],
                v.ok() ? "yes" : "NO, " + v.differing() + " differ");
        System.out.println(line);
        summary.add(line);
    }

    private void overview() throws SQLException {
        KpiDashboardsProbe probe = new KpiDashboardsProbe(clock);
        try (Connection c = pg.getConnection()) {
            for (String scope : List.of("organisation", "unit:D3", "campaign:C17")) {
                double[] ms = time(() -> probe.overview(c, scope, "month", null, null));
                String line = String.format(
                        Locale.ROOT,
                        "executive overview (%s, 12 months, 16 KPIs): p50 %.1f ms,"
                                + " p95 %.1f ms (goal p95 <= 150 ms)",
                        scope,
                        ms[0],
                        ms[1]);
                System.out.println(line);
                summary.add(line);
            }
        }
    }

    /** Each KPI's series for one month against the raw SQL aggregate over the same rows. */
    private void endpoints(Period month) throws SQLException {
        KpiDashboardsProbe probe = new KpiDashboardsProbe(clock);
        String from = "timestamptz '" + month.start() + " 00:00:00+00'";
        String to = "timestamptz '" + month.endExclusive() + " 00:00:00+00'";
        String people = "(select i.submitter p, null::varchar seg from idea i where i.submitted_at >= " + from
                + " and i.submitted_at < " + to + " union all select k.author, null from idea_comment k where"
                + " k.created_at >= " + from + " and k.created_at < " + to + " union all select v.voter, null from"
                + " idea_vote v where v.voted_at >= " + from + " and v.voted_at < " + to + ")";
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put(
                BuiltInKpis.PARTICIPATION_RATE,
                // the audience as AudienceCounter counts it: active employees and customers who can sign in
                "select 100.0 * count(distinct p) / ((select count(*) from employee where active)"
                        + " + (select count(*) from (select username from participant where kind = 'CUSTOMER'"
                        + " union select username from stakeholder where kind = 'CUSTOMER' and username is not null) c))"
                        + " from " + people + " x");
        raw.put(
                BuiltInKpis.IDEAS_PER_100_PARTICIPANTS,
                "select 100.0 * (select count(*) from idea where submitted_at" + " >= " + from + " and submitted_at < "
                        + to + ") / count(distinct p) from " + people + " x");
        raw.put(
                BuiltInKpis.CUSTOMER_IDEA_SHARE,
                "select 100.0 * count(*) filter (where submitter_kind = 'CUSTOMER')"
                        + " / count(*) from idea where submitted_at >= " + from + " and submitted_at < " + to);
        raw.put(
                BuiltInKpis.IDEA_CONVERSION_RATE,
                "select 100.0 * count(distinct t.idea_id) / (select count(*) from"
                        + " idea where submitted_at >= " + from + " and submitted_at < " + to + ") from idea i join"
                        + " idea_transition t on t.idea_id = i.id and t.to_status = 'LAUNCHED' where i.submitted_at >= "
                        + from
                        + " and i.submitted_at < " + to);
        raw.put(
                BuiltInKpis.AVERAGE_DAYS_PER_STAGE,
                "select avg(extract(epoch from decided_at - prev)) / 86400 from"
                        + " (select decided_at, lag(decided_at) over (partition by idea_id order by decided_at, id) prev from"
                        + " idea_transition where idea_id in (select idea_id from idea_transition where decided_at >= "
                        + from
                        + " and decided_at < " + to + ")) x where decided_at >= " + from + " and decided_at < " + to
                        + " and prev is not null");
        raw.put(
                BuiltInKpis.PIPELINE_BY_STAGE,
                "select count(*) from (select distinct on (idea_id) to_status from"
                        + " idea_transition where decided_at < " + to + " order by idea_id, decided_at desc, id desc) x"
                        + " where to_status not in ('LAUNCHED', 'KILLED', 'MERGED')");
        raw.put(
                BuiltInKpis.CUSTOMER_ENGAGEMENT_INDEX,
                "select avg(ss.engagement) from stakeholder_snapshot ss join"
                        + " stakeholder s on s.id = ss.stakeholder_id where s.kind = 'CUSTOMER' and ss.as_of >= date '"
                        + month.start() + "' and ss.as_of < date '" + month.endExclusive() + "'");
        raw.put(
                BuiltInKpis.CO_DESTRUCTION_INCIDENTS,
                "select count(*) from engagement_incident where occurred_on >=" + " date '" + month.start()
                        + "' and occurred_on < date '" + month.endExclusive() + "'");
        raw.put(
                BuiltInKpis.CUSTOMER_ASSET_BREADTH,
                "select count(distinct s.segment) from " + people + " x join"
                        + " participant p on p.username = x.p join stakeholder s on s.id = p.stakeholder_id where"
                        + " s.kind = 'CUSTOMER'");
        raw.put(
                BuiltInKpis.AMBIDEXTERITY_BALANCE,
                "select 1 - abs(count(*) filter (where orientation ="
                        + " 'EXPLORATION') - count(*) filter (where orientation = 'EXPLOITATION'))::float / count(*) from idea"
                        + " where submitted_at >= " + from + " and submitted_at < " + to);
        raw.put(
                BuiltInKpis.RD_SPEND,
                "select sum(value) from kpi_measurement where kpi_key = 'rd_spend' and scope ="
                        + " 'organisation' and superseded_at is null and period_start = date '"
                        + Period.of(Grain.QUARTER, month.start()).start() + "'");
        try (Connection c = pg.getConnection()) {
            for (Map.Entry<String, String> e : raw.entrySet()) {
                String kpi = e.getKey();
                String grain = kpi.equals(BuiltInKpis.RD_SPEND) ? "quarter" : "month";
                String p = kpi.equals(BuiltInKpis.RD_SPEND)
                        ? Period.of(Grain.QUARTER, month.start()).toString()
                        : month.toString();
                double[] endpoint = time(() -> probe.series(c, kpi, "organisation", grain, p, p));
                double[] sql = time(() -> {
                    try (PreparedStatement st = c.prepareStatement(e.getValue());
                            ResultSet rs = st.executeQuery()) {
                        rs.next();
                        return rs.getObject(1);
                    }
                });
                Object endpointValue =
                        probe.series(c, kpi, "organisation", grain, p, p).get(0).value();
                Object sqlValue;
                try (PreparedStatement st = c.prepareStatement(e.getValue());
                        ResultSet rs = st.executeQuery()) {
                    rs.next();
                    sqlValue = rs.getObject(1);
                }
                String line = String.format(
                        Locale.ROOT,
                        "%-28s endpoint p50 %7.2f ms, raw SQL p50 %8.2f ms, ratio %.3f"
                                + " (goal <= 1.2); values %s / %s",
                        kpi,
                        endpoint[0],
                        sql[0],
                        endpoint[0] / sql[0],
                        endpointValue,
                        sqlValue);
                System.out.println(line);
                summary.add(line);
            }
        }
    }

    @FunctionalInterface
    interface Call {
        Object call() throws SQLException;
    }

    /** p50 and p95 (nearest rank) in ms of {@link #runs} calls after 5 warm-ups. */
    private double[] time(Call call) throws SQLException {
        for (int i = 0; i < 5; i++) {
            call.call();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            call.call();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[(int) Math.ceil(0.5 * runs) - 1], ms[(int) Math.ceil(0.95 * runs) - 1]};
    }

    private void exec(String... sql) throws SQLException {
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

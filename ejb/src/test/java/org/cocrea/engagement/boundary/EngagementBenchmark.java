package org.cocrea.engagement.boundary;

import jakarta.ejb.SessionContext;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.engagement.control.ActivityType;
import org.cocrea.engagement.control.Channel;
import org.cocrea.engagement.control.IdentificationCriteria;
import org.cocrea.engagement.control.ParsedRows;
import org.cocrea.engagement.control.StakeholderInput;
import org.cocrea.engagement.control.StakeholderRows;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Stakeholder-engagement benchmark without the application server: migrates a PostgreSQL database
 * with the application's Flyway migrations, fills it set-based (generate_series) with a registry
 * and a year of activity, and times the boundary beans' own SQL on it. Not a unit test.
 *
 * <ol>
 *   <li>scoring: a full rebuild ({@link EngagementScoring#runAs}), then one day of new activity
 *       appended through {@link ActivityLog#append} and the incremental daily run;
 *   <li>the registry list ({@link Stakeholders#page}) for typical filters, sorts and pages, p50/p95,
 *       against the bare index query for the same rows;
 *   <li>identification of the best 100 ({@link StakeholderIdentification#identify}), p50/p95;
 *   <li>a stakeholder CSV import: parse and check ({@link StakeholderRows#fromCsv}) and the
 *       set-based write ({@link EngagementImports#write}), in rows per second.
 * </ol>
 *
 * <p>Run (the database must exist and its name must contain "bench"; it is emptied):
 *
 * <pre>
 *   createdb -h 127.0.0.1 -U postgres cocrea_bench
 *   ./mvnw -B -q -pl ejb -Pbench test-compile exec:java@engagement-benchmark
 * </pre>
 *
 * System properties: {@code bench.db} (jdbc:postgresql://127.0.0.1:5432/cocrea_bench), {@code
 * bench.user} (postgres), {@code bench.password} (empty), {@code bench.stakeholders} (1,000,000),
 * {@code bench.activities} (10,000,000), {@code bench.outcomes} (activities / 7), {@code
 * bench.day} (30,000 activities appended for the daily run), {@code bench.imports} (200,000 CSV
 * rows), {@code bench.runs} (30 timed calls per case), {@code bench.reuse} (true: keep the data of
 * an earlier run and only reset the scoring state), {@code bench.trace} (true: time per SQL
 * statement), {@code bench.pgoptions} (server settings for the connections, e.g. {@code -c
 * jit=off}). Figures go to docs/performance.md.
 */
public final class EngagementBenchmark {

    private static final ZoneId ZONE = ZoneOffset.UTC;

    private final PGSimpleDataSource pg;
    private final OneConnection db;
    private final int stakeholders;
    private final long activities;
    private final long outcomes;
    private final int dayActivities;
    private final int imports;
    private final int runs;
    private final LocalDate asOf;
    private final List<String> summary = new ArrayList<>();

    private EngagementBenchmark() {
        pg = new PGSimpleDataSource();
        pg.setURL(System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5432/cocrea_bench"));
        pg.setUser(System.getProperty("bench.user", "postgres"));
        pg.setPassword(System.getProperty("bench.password", ""));
        pg.setApplicationName("cocrea-bench");
        // e.g. -Dbench.pgoptions="-c jit=off" to try server settings per connection
        pg.setOptions(System.getProperty("bench.pgoptions"));
        db = new OneConnection(pg);
        stakeholders = Integer.getInteger("bench.stakeholders", 1_000_000);
        activities = Long.getLong("bench.activities", 10_000_000L);
        outcomes = Long.getLong("bench.outcomes", activities / 7);
        dayActivities = Integer.getInteger("bench.day", 30_000);
        imports = Integer.getInteger("bench.imports", 200_000);
        runs = Integer.getInteger("bench.runs", 30);
        // the data ends two days ago; the daily run then adds yesterday
        asOf = LocalDate.now(ZONE).minusDays(2);
    }

    public static void main(String[] args) {
        Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        try {
            new EngagementBenchmark().run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            Runtime.getRuntime().halt(1);
        }
        Runtime.getRuntime().halt(0);
    }

    private void run() throws Exception {
        String database = pg.getDatabaseName();
        if (database == null || !database.contains("bench")) {
            throw new IllegalStateException("The benchmark empties its database; use one whose name contains"
                    + " 'bench' (e.g. cocrea_bench), not " + database + ".");
        }
        System.out.printf(
                Locale.ROOT,
                "engagement benchmark on %s: %,d stakeholders, %,d activities, %,d outcomes, as of %s;"
                        + " %d processors, max heap %,d MB%n",
                System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5432/cocrea_bench"),
                stakeholders,
                activities,
                outcomes,
                asOf,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        boolean reuse = Boolean.getBoolean("bench.reuse") && generatedBefore();
        if (reuse) {
            // migrations added since (e.g. new indexes) apply to the kept data
            migrate();
            resetForRerun();
        } else {
            long t0 = System.nanoTime();
            try (Connection c = pg.getConnection();
                    Statement st = c.createStatement()) {
                st.execute("drop schema if exists public cascade");
                st.execute("create schema public");
            }
            migrate();
            generate();
            System.out.printf(Locale.ROOT, "data generated in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        }
        printSizes();

        SurveyClock clock = new SurveyClock() {
            @Override
            public ZoneId zone() {
                return ZONE;
            }
        };
        EngagementScoring scoring = new EngagementScoring();
        scoring.dataSource = db;
        scoring.clock = clock;
        scoring.context = benchContext();
        ActivityLog log = new ActivityLog();
        log.dataSource = db;
        log.clock = clock;

        scoringRebuild(scoring);
        OneConnection.printTrace("the rebuild");
        vacuum("stakeholder", "capability_raw", "engagement_window", "stakeholder_snapshot");
        list();
        OneConnection.printTrace("the list");
        identification();
        OneConnection.printTrace("identification");
        scoringDaily(scoring, log);
        OneConnection.printTrace("the daily run");
        vacuum("stakeholder", "engagement_window");
        importCsv();
        OneConnection.printTrace("the import");

        System.out.println();
        System.out.println("summary (for docs/performance.md):");
        summary.forEach(s -> System.out.println("  " + s));
    }

    // ------------------------------------------------------------------ data

    private void migrate() {
        long t = System.nanoTime();
        var migrated = Flyway.configure(EngagementBenchmark.class.getClassLoader())
                .dataSource(pg)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load()
                .migrate();
        System.out.printf(
                Locale.ROOT,
                "schema at version %s (%d migration(s) applied now, %.1f s)%n",
                migrated.targetSchemaVersion,
                migrated.migrationsExecuted,
                (System.nanoTime() - t) / 1e9);
    }

    private boolean generatedBefore() throws SQLException {
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select to_regclass('bench_info') is not null")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return false;
            }
        }
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select stakeholders, activities, as_of from bench_info")) {
            return rs.next()
                    && rs.getInt(1) == stakeholders
                    && rs.getLong(2) == activities
                    && rs.getDate(3).toLocalDate().equals(asOf);
        }
    }

    /** Puts the data of an earlier run back to the state right after generation. */
    private void resetForRerun() throws SQLException {
        long t0 = System.nanoTime();
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement()) {
            st.execute("delete from stakeholder where external_id like 'IMP-%'");
            st.execute("delete from engagement_activity where source = 'bench-day'");
            st.execute("delete from engagement_daily where day > '" + asOf + "'");
            st.execute("truncate engagement_window, capability_raw, stakeholder_snapshot, segment_snapshot,"
                    + " engagement_run, engagement_state");
            st.execute("update stakeholder set engagement = 0, innovation = 0, communication = 0,"
                    + " recommendation = 0, learning = 0, knowledge = 0, risk = 0, scored_on = null"
                    + " where scored_on is not null");
            st.execute("vacuum analyze stakeholder");
        }
        System.out.printf(Locale.ROOT, "reused the generated data, reset in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static final String GIVEN = "array['Wei','Li','Ming','Hui','Jun','Yan','Lei','Fang','Anna','Lukas',"
            + "'Sofia','Jonas','Mia','Noah','Emma','Ravi','Priya','Omar','Sara','Tom','Ines','Paul','Chen','Lena',"
            + "'Maria','Jose','Ana','Luis','Fatima','Ahmed','Yuki','Hana','Olga','Ivan','Eva','Marco','Giulia',"
            + "'Pierre','Claire','Sven','Astrid','Kofi','Amara','Diego','Lucia','Mateo','Nina','Felix','Zoe','Leo']";
    private static final String FAMILY = "array['Wang','Zhang','Liu','Chen','Yang','Huang','Zhao','Wu','Meyer',"
            + "'Schmidt','Rossi','Silva','Patel','Khan','Novak','Berg','Kim','Lee','Sato','Martin','Garcia',"
            + "'Lopez','Muller','Dubois','Jensen','Nielsen','Kowalski','Horvat','Ivanova','Costa','Santos','Weber',"
            + "'Fischer','Bauer','Moreau','Laurent','Andersson','Larsen','Nowak','Popescu','Mensah','Okafor',"
            + "'Tanaka','Suzuki','Park','Nguyen','Tran','Haddad','Cohen','Brown']";
    private static final String TAGS = "array['newsletter','beta-tester','loyalty-gold','loyalty-silver',"
            + "'warranty-claim','cooking-class','app-user','key-account','trade-fair','service-contract',"
            + "'early-adopter','vip']";

    /** The stakeholder of a random draw r1 in [0, 1): skewed (a few very active), scattered over the ids. */
    private String skewedStakeholder(String r) {
        // 7919 is prime and divides no power of ten: multiplying by it permutes 0..n-1 for n = 10^k
        long n = stakeholders;
        long factor = n % 7919 == 0 ? 7927 : 7919;
        return "(1 + ((floor(" + n + " * power(" + r + ", 2))::bigint * " + factor + " + 13) % " + n + "))";
    }

    private void generate() throws SQLException {
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement()) {
            st.execute("set work_mem = '512MB'");
            st.execute("set maintenance_work_mem = '1GB'");
            st.execute("select setseed(0.20261122)");
            long t = System.nanoTime();
            st.execute("insert into stakeholder (id, external_id, kind, display_name, email, organisation, segment,"
                    + " region, relationship_since, purchase_summary, consent_contact, consent_analysis, tags,"
                    + " survey_mean, created_at, updated_at)"
                    + " select g, 'S' || lpad(g::text, 9, '0'), k, gn || ' ' || fn,"
                    + " case when r5 < 0.8 then lower(gn) || '.' || lower(fn) || '.' || g || '@example.com' end,"
                    + " case when k <> 'CUSTOMER' or seg = 'Professional kitchens' then fn || ' '"
                    + "   || (array['Kitchens','Hotels','Trading','Logistics','Components','Catering'])[1 + g % 6] end,"
                    + " seg, (array['North','South','East','West','Online'])[1 + floor(r3 * 5)::int],"
                    + " date '" + asOf + "' - floor(r6 * 5000)::int,"
                    + " case when k = 'CUSTOMER' then (1 + floor(r7 * 12)::int) || ' orders, '"
                    + "   || (200 + floor(r7 * r7 * 20000)::int) || ' EUR' end,"
                    + " r8 < 0.85, r9 < 0.92,"
                    + " (case when r10 < 0.5 then '{}'::text[] when r10 < 0.85 then array[(" + TAGS
                    + ")[1 + floor(r11 * 12)::int]] else array[(" + TAGS + ")[1 + floor(r11 * 12)::int], ("
                    + TAGS + ")[1 + (floor(r11 * 12)::int + 1 + floor(r12 * 10)::int) % 12]] end)::varchar(40)[],"
                    + " case when r12 < 0.05 then round((1 + 6 * r11)::numeric, 2) end, now(), now()"
                    + " from (select g, r1, r3, r5, r6, r7, r8, r9, r10, r11, r12,"
                    + "   case when r1 < 0.90 then 'CUSTOMER' when r1 < 0.95 then 'PARTNER'"
                    + "     when r1 < 0.97 then 'SUPPLIER' else 'EMPLOYEE' end k,"
                    + "   case when r1 < 0.90 then (case when r2 < 0.02 then null when r2 < 0.37 then 'Home cooks'"
                    + "     when r2 < 0.57 then 'Smart-home enthusiasts' when r2 < 0.67 then 'Professional kitchens'"
                    + "     else 'Budget households' end)"
                    + "     when r1 < 0.95 then (case when r2 < 0.6 then 'Retail partners' else 'Installers' end)"
                    + "     when r1 < 0.97 then 'Component suppliers' else 'Aurora staff' end seg,"
                    + "   (" + GIVEN + ")[1 + floor(r4 * 50)::int] gn,"
                    + "   (" + FAMILY + ")[1 + floor(r13 * 50)::int] fn"
                    + "   from (select g, random() r1, random() r2, random() r3, random() r4, random() r5,"
                    + "     random() r6, random() r7, random() r8, random() r9, random() r10, random() r11,"
                    + "     random() r12, random() r13 from generate_series(1, " + stakeholders + ") g) x) y");
            st.execute("select setval('stakeholder_seq', " + (stakeholders + 100) + ")");
            System.out.printf(
                    Locale.ROOT, "  %,d stakeholders in %.0f s%n", stakeholders, (System.nanoTime() - t) / 1e9);

            // the activity log: loaded without its secondary indexes and foreign-key checks, which are
            // built (and hold) afterwards
            t = System.nanoTime();
            st.execute("set session_replication_role = replica");
            st.execute("drop index engagement_activity_stakeholder_idx");
            st.execute("drop index engagement_activity_recorded_idx");
            String end = "(timestamptz '" + asOf.plusDays(1) + " 00:00:00+00')";
            long chunk = 2_000_000;
            for (long from = 0; from < activities; from += chunk) {
                long n = Math.min(chunk, activities - from);
                st.execute("insert into engagement_activity (stakeholder_id, type, occurred_at, channel,"
                        + " weight_millis, source, recorded_at)"
                        + " select " + skewedStakeholder("r1") + ","
                        + " case when r2 < 0.30 then 'VISIT' when r2 < 0.44 then 'KNOWLEDGE_ARTICLE_READ'"
                        + "   when r2 < 0.58 then 'VOTE' when r2 < 0.68 then 'COMMENT' when r2 < 0.74 then 'SURVEY_ANSWERED'"
                        + "   when r2 < 0.78 then 'EVENT_ATTENDED' when r2 < 0.83 then 'REVIEW_GIVEN'"
                        + "   when r2 < 0.88 then 'IDEA_SUBMITTED' when r2 < 0.92 then 'COMPLAINT'"
                        + "   when r2 < 0.95 then 'TEST_PARTICIPATION' when r2 < 0.99 then 'REFERRAL_MADE'"
                        + "   else 'REFERRAL_CONVERTED' end,"
                        + " ts, case when r4 < 0.30 then 'WEB' when r4 < 0.55 then 'MOBILE_APP'"
                        + "   when r4 < 0.75 then 'COMMUNITY' when r4 < 0.80 then 'SOCIAL_MEDIA' when r4 < 0.88 then 'EMAIL'"
                        + "   when r4 < 0.92 then 'PHONE' when r4 < 0.97 then 'IN_PERSON' else 'OTHER' end,"
                        + " case when r5 < 0.95 then 1000 else 2000 end, 'bench', ts + interval '3 minutes'"
                        + " from (select r1, r2, r4, r5, " + end + " - floor(r3 * 365 * 86400) * interval '1 second' ts"
                        + "   from (select random() r1, random() r2, random() r3, random() r4, random() r5"
                        + "     from generate_series(1, " + n + ")) x) y");
                System.out.printf(Locale.ROOT, "  %,d activities …%n", from + n);
            }
            st.execute("create index engagement_activity_stakeholder_idx on engagement_activity"
                    + " (stakeholder_id, occurred_at desc)");
            st.execute("create index engagement_activity_recorded_idx on engagement_activity (recorded_at)");
            System.out.printf(
                    Locale.ROOT,
                    "  %,d activities with their indexes in %.0f s%n",
                    activities,
                    (System.nanoTime() - t) / 1e9);

            // the daily totals, as ActivityLog.append keeps them
            t = System.nanoTime();
            st.execute("drop index engagement_daily_day_idx");
            st.execute("insert into engagement_daily (stakeholder_id, day, type, n, weight_millis)"
                    + " select stakeholder_id, (occurred_at at time zone 'UTC')::date, type, count(*),"
                    + " sum(weight_millis) from engagement_activity group by 1, 2, 3 order by 1, 2, 3");
            st.execute("create index engagement_daily_day_idx on engagement_daily (day)");
            System.out.printf(Locale.ROOT, "  daily totals in %.0f s%n", (System.nanoTime() - t) / 1e9);

            // outcomes of contributions and a few incidents (capability and risk evidence)
            t = System.nanoTime();
            st.execute("drop index engagement_outcome_stakeholder_idx");
            st.execute("drop index engagement_outcome_time_idx");
            st.execute("drop index engagement_outcome_recorded_idx");
            st.execute("insert into engagement_outcome (stakeholder_id, kind, occurred_at, amount, recorded_at)"
                    + " select " + skewedStakeholder("r1") + ","
                    + " case when r2 < 0.30 then 'IDEA_VOTE_RECEIVED' when r2 < 0.50 then 'HELPFUL_VOTE_RECEIVED'"
                    + "   when r2 < 0.65 then 'REPLY_RECEIVED' when r2 < 0.75 then 'ANSWER_GIVEN'"
                    + "   when r2 < 0.79 then 'ANSWER_ACCEPTED' when r2 < 0.87 then 'REVIEW_HELPFUL_VOTE'"
                    + "   when r2 < 0.91 then 'IDEA_ACCEPTED' when r2 < 0.92 then 'IDEA_IMPLEMENTED'"
                    + "   when r2 < 0.98 then 'TEST_FINDING_REPORTED' else 'TEST_FINDING_ACCEPTED' end,"
                    + " ts, case when r2 >= 0.65 and r2 < 0.75 then round((0.25 + 72 * r4 * r4)::numeric, 2) else 1 end,"
                    + " ts + interval '5 minutes'"
                    + " from (select r1, r2, r4, " + end + " - floor(r3 * 365 * 86400) * interval '1 second' ts"
                    + "   from (select random() r1, random() r2, random() r3, random() r4"
                    + "     from generate_series(1, " + outcomes + ")) x) y");
            st.execute("create index engagement_outcome_stakeholder_idx on engagement_outcome"
                    + " (stakeholder_id, occurred_at)");
            st.execute("create index engagement_outcome_time_idx on engagement_outcome (occurred_at)");
            st.execute("create index engagement_outcome_recorded_idx on engagement_outcome (recorded_at)");
            st.execute("insert into engagement_incident (id, stakeholder_id, type, severity, occurred_on, confirmed,"
                    + " reported_by, reported_at)"
                    + " select nextval('engagement_incident_seq'), " + skewedStakeholder("r1") + ","
                    + " (array['REPORTED_ABUSE','MISUSE','CONFLICT','ABANDONED_COMMITMENT'])[1 + floor(r2 * 4)::int],"
                    + " 1 + floor(r3 * 5)::int, date '" + asOf + "' - floor(r4 * 365)::int, r5 < 0.6, 'bench', now()"
                    + " from (select random() r1, random() r2, random() r3, random() r4, random() r5"
                    + "   from generate_series(1, " + Math.max(1, stakeholders / 200) + ")) x");
            st.execute("set session_replication_role = origin");
            System.out.printf(
                    Locale.ROOT,
                    "  %,d outcomes and %,d incidents in %.0f s%n",
                    outcomes,
                    stakeholders / 200,
                    (System.nanoTime() - t) / 1e9);

            st.execute("create table bench_info (stakeholders integer, activities bigint, as_of date)");
            st.execute("insert into bench_info values (" + stakeholders + ", " + activities + ", '" + asOf + "')");
            t = System.nanoTime();
            // autovacuum may be off on the benchmark server: collect the statistics the planner needs
            st.execute("vacuum analyze");
            System.out.printf(Locale.ROOT, "  vacuum analyze in %.0f s%n", (System.nanoTime() - t) / 1e9);
        }
    }

    private void printSizes() throws SQLException {
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select relname, reltuples::bigint,"
                        + " pg_size_pretty(pg_total_relation_size(oid)) from pg_class where relname in"
                        + " ('stakeholder', 'engagement_activity', 'engagement_daily', 'engagement_outcome')"
                        + " order by relname")) {
            while (rs.next()) {
                System.out.printf(
                        Locale.ROOT, "  %-20s %,14d rows %10s%n", rs.getString(1), rs.getLong(2), rs.getString(3));
            }
        }
    }

    private void vacuum(String... tables) throws SQLException {
        long t = System.nanoTime();
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement()) {
            for (String table : tables) {
                st.execute("vacuum analyze " + table);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "(vacuum analyze %s: %.0f s; autovacuum's work, outside the timings)%n",
                String.join(", ", tables),
                (System.nanoTime() - t) / 1e9);
    }

    // ------------------------------------------------------------------ scoring

    private void scoringRebuild(EngagementScoring scoring) throws Exception {
        System.out.println();
        System.out.println("scoring: full rebuild as of " + asOf + " (" + load() + ")");
        long t = System.nanoTime();
        EngagementScoring.RunSummary r = db.inTransaction(() -> scoring.runAs(asOf, "REBUILD"));
        double s = (System.nanoTime() - t) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "  REBUILD: %.1f s (run's own figure %,d ms): %,d stakeholders scored, %,d changed, capability"
                        + " evidence of %,d%n",
                s,
                r.millis(),
                r.stakeholders(),
                r.changed(),
                recomputedEvidence());
        summary.add(String.format(
                Locale.ROOT,
                "scoring REBUILD (%,d stakeholders, %,d activities): %.1f s",
                stakeholders,
                activities,
                s));
    }

    /** How many stakeholders' capability evidence the last run recomputed (the run keeps it in capability_recomputed). */
    private long recomputedEvidence() throws SQLException {
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery("select capability_recomputed from engagement_run order by id desc limit 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private void scoringDaily(EngagementScoring scoring, ActivityLog log) throws Exception {
        LocalDate day = asOf.plusDays(1);
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "scoring: %,d new activities on %s, then the daily run (%s)%n",
                dayActivities,
                day,
                load());
        SplittableRandom rnd = new SplittableRandom(11);
        ActivityType[] types = ActivityType.values();
        double[] typeShare = {0.30, 0.05, 0.10, 0.14, 0.05, 0.03, 0.04, 0.01, 0.04, 0.06, 0.14, 0.04};
        Channel[] channels = Channel.values();
        Instant start = day.atStartOfDay(ZONE).toInstant();
        List<ActivityLog.Entry> entries = new ArrayList<>(dayActivities);
        for (int i = 0; i < dayActivities; i++) {
            double u = rnd.nextDouble();
            long s = 1 + (((long) Math.floor(stakeholders * u * u)) * 7919 + 13) % stakeholders;
            double v = rnd.nextDouble();
            int k = 0;
            while (k < types.length - 1 && (v -= typeShare[k]) >= 0) {
                k++;
            }
            entries.add(new ActivityLog.Entry(
                    s,
                    types[k],
                    start.plusSeconds(rnd.nextInt(86_400)),
                    channels[rnd.nextInt(channels.length)],
                    1000,
                    "bench-day",
                    null,
                    null));
        }
        long t = System.nanoTime();
        for (int from = 0; from < entries.size(); from += 10_000) {
            List<ActivityLog.Entry> batch = entries.subList(from, Math.min(entries.size(), from + 10_000));
            db.inTransaction(() -> log.append(batch));
        }
        double append = (System.nanoTime() - t) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "  append: %,d activities in batches of 10,000 in %.1f s = %,.0f activities/s%n",
                dayActivities,
                append,
                dayActivities / append);
        t = System.nanoTime();
        EngagementScoring.RunSummary r = db.inTransaction(() -> scoring.runAs(day, "DAILY"));
        double s = (System.nanoTime() - t) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "  DAILY: %.1f s (run's own figure %,d ms): window moved by %d day(s), %,d stakeholders scored,"
                        + " %,d changed, capability evidence recomputed for %,d%n",
                s,
                r.millis(),
                r.daysAdded(),
                r.stakeholders(),
                r.changed(),
                recomputedEvidence());
        summary.add(String.format(
                Locale.ROOT,
                "append %,d activities: %.1f s (%,.0f/s); scoring DAILY: %.1f s (%,d changed)",
                dayActivities,
                append,
                dayActivities / append,
                s,
                r.changed()));
    }

    // ------------------------------------------------------------------ registry list

    /** One list request; {@code typical} ones count towards the goal (sorting by an ability has no index). */
    private record ListCase(
            String name,
            StakeholderFilter filter,
            StakeholderFilter.Sort sort,
            boolean ascending,
            int first,
            boolean typical) {}

    private static ListCase typical(
            String name, StakeholderFilter f, StakeholderFilter.Sort sort, boolean asc, int first) {
        return new ListCase(name, f, sort, asc, first, true);
    }

    private static StakeholderFilter filter(String text, String kind, String segment, String region, String tag) {
        return new StakeholderFilter(text, kind, segment, region, tag, null);
    }

    private void list() throws Exception {
        Stakeholders registry = new Stakeholders();
        registry.dataSource = db;
        StakeholderFilter all = StakeholderFilter.none();
        List<ListCase> cases = List.of(
                typical("all, by name (the default)", all, StakeholderFilter.Sort.NAME, true, 0),
                typical("all, by name, page 3", all, StakeholderFilter.Sort.NAME, true, 100),
                typical("all, by name descending", all, StakeholderFilter.Sort.NAME, false, 0),
                typical("all, by engagement desc", all, StakeholderFilter.Sort.ENGAGEMENT, false, 0),
                typical(
                        "segment, by engagement desc",
                        filter(null, null, "Smart-home enthusiasts", null, null),
                        StakeholderFilter.Sort.ENGAGEMENT,
                        false,
                        0),
                typical(
                        "region, by name",
                        filter(null, null, null, "North", null),
                        StakeholderFilter.Sort.NAME,
                        true,
                        0),
                typical(
                        "name starts with 'mar', by name",
                        filter("Mar", null, null, null, null),
                        StakeholderFilter.Sort.NAME,
                        true,
                        0),
                typical(
                        "kind partner, by name",
                        filter(null, "partner", null, null, null),
                        StakeholderFilter.Sort.NAME,
                        true,
                        0),
                typical(
                        "tag beta-tester, by engagement desc",
                        filter(null, null, null, null, "beta-tester"),
                        StakeholderFilter.Sort.ENGAGEMENT,
                        false,
                        0),
                typical(
                        "engagement >= 60, by engagement desc",
                        new StakeholderFilter(null, null, null, null, null, 60.0),
                        StakeholderFilter.Sort.ENGAGEMENT,
                        false,
                        0),
                typical("all, by segment", all, StakeholderFilter.Sort.SEGMENT, true, 0),
                typical("all, by name, page 200", all, StakeholderFilter.Sort.NAME, true, 9_950),
                new ListCase(
                        "all, by innovation desc (no index)", all, StakeholderFilter.Sort.INNOVATION, false, 0, false));
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "registry list (Stakeholders.page, 50 rows), %d calls per case after 3 warm-ups; raw = the page's own"
                        + " select by plain JDBC, without the count (%s)%n",
                runs,
                load());
        List<Long> typicalTimes = new ArrayList<>();
        double worst = 0;
        for (ListCase lc : cases) {
            long[] beanTimes = new long[runs];
            long total = 0;
            for (int i = 0; i < 3 + runs; i++) {
                long t = System.nanoTime();
                Page<StakeholderRow> p = registry.page(lc.filter(), lc.sort(), lc.ascending(), lc.first(), 50);
                long d = System.nanoTime() - t;
                total = p.total();
                if (i >= 3) {
                    beanTimes[i - 3] = d;
                }
            }
            long[] raw = rawTimes(lc);
            if (lc.typical()) {
                for (long b : beanTimes) {
                    typicalTimes.add(b);
                }
            }
            Arrays.sort(beanTimes);
            double p50 = pct(beanTimes, 0.5);
            double p95 = pct(beanTimes, 0.95);
            if (lc.typical()) {
                worst = Math.max(worst, p95);
            }
            System.out.printf(
                    Locale.ROOT,
                    "  %-38s %,9d rows  p50 %7.1f ms  p95 %7.1f ms   raw p50 %6.1f ms  ratio %5.1f%n",
                    lc.name(),
                    total,
                    p50,
                    p95,
                    pct(raw, 0.5),
                    p50 / Math.max(0.01, pct(raw, 0.5)));
            summary.add(String.format(
                    Locale.ROOT,
                    "list %s (%,d rows): p50 %.1f ms, p95 %.1f ms, raw select p50 %.1f ms, ratio %.1f",
                    lc.name(),
                    total,
                    p50,
                    p95,
                    pct(raw, 0.5),
                    p50 / Math.max(0.01, pct(raw, 0.5))));
        }
        long[] every = typicalTimes.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "  typical cases together: p50 %.1f ms, p95 %.1f ms; worst typical case p95 %.1f ms (goal p95 <= 150"
                        + " ms)%n",
                pct(every, 0.5),
                pct(every, 0.95),
                worst);
        summary.add(String.format(
                Locale.ROOT,
                "list, typical cases together: p50 %.1f ms, p95 %.1f ms, worst typical case p95 %.1f ms",
                pct(every, 0.5),
                pct(every, 0.95),
                worst));
    }

    /** The page's own select (same rows, same order) by plain JDBC, without the count. */
    private long[] rawTimes(ListCase lc) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = Stakeholders.where(lc.filter(), params);
        String sql = Stakeholders.pageSql(lc.filter(), lc.sort(), lc.ascending(), where)
                .replace("limit ? offset ?", "limit 50 offset " + lc.first());
        long[] times = new long[runs];
        try (Connection c = db.getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            Stakeholders.bind(st, params);
            for (int i = 0; i < 3 + runs; i++) {
                long t = System.nanoTime();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Stakeholders.row(rs);
                    }
                }
                if (i >= 3) {
                    times[i - 3] = System.nanoTime() - t;
                }
            }
        }
        Arrays.sort(times);
        return times;
    }

    // ------------------------------------------------------------------ identification

    private void identification() throws Exception {
        StakeholderIdentification ident = new StakeholderIdentification();
        ident.dataSource = db;
        System.out.println();
        System.out.printf(
                Locale.ROOT, "identification (identify, top 100), %d calls after 3 warm-ups (%s)%n", runs, load());
        record IdCase(String name, IdentificationCriteria criteria) {}
        List<IdCase> cases = List.of(
                new IdCase("default criteria", IdentificationCriteria.defaults()),
                new IdCase(
                        "segment Smart-home enthusiasts",
                        IdentificationCriteria.builder()
                                .segments(List.of("Smart-home enthusiasts"))
                                .build()));
        long[] rawTop = rawTopTimes();
        for (IdCase ic : cases) {
            long[] times = new long[runs];
            StakeholderIdentification.Result last = null;
            for (int i = 0; i < 3 + runs; i++) {
                long t = System.nanoTime();
                last = ident.identify(ic.criteria(), 100);
                if (i >= 3) {
                    times[i - 3] = System.nanoTime() - t;
                }
            }
            Arrays.sort(times);
            System.out.printf(
                    Locale.ROOT,
                    "  %-32s considered %,d, matching %,d, best combined %.1f: p50 %.1f ms, p95 %.1f ms"
                            + " (goal <= 300 ms)%n",
                    ic.name(),
                    last.considered(),
                    last.matching(),
                    last.ranked().isEmpty()
                            ? 0.0
                            : last.ranked().get(0).candidate().combined(),
                    pct(times, 0.5),
                    pct(times, 0.95));
            summary.add(String.format(
                    Locale.ROOT,
                    "identify top 100, %s (%,d matching): p50 %.1f ms, p95 %.1f ms",
                    ic.name(),
                    last.matching(),
                    pct(times, 0.5),
                    pct(times, 0.95)));
        }
        System.out.printf(
                Locale.ROOT,
                "  reference: one bare scan for the top 100 by sqrt(mean ability × engagement): p50 %.1f ms%n",
                pct(rawTop, 0.5));
        summary.add(
                String.format(Locale.ROOT, "identify reference, one bare top-100 scan: p50 %.1f ms", pct(rawTop, 0.5)));
    }

    private long[] rawTopTimes() throws SQLException {
        String sql = "select s.id from stakeholder s where s.erased_at is null and s.consent_analysis"
                + " and s.consent_contact order by sqrt(greatest((s.innovation + s.communication + s.recommendation"
                + " + s.learning + s.knowledge) / 5, 0) * greatest(s.engagement, 0)) desc limit 100";
        long[] times = new long[runs];
        try (Connection c = db.getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < 3 + runs; i++) {
                long t = System.nanoTime();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                    }
                }
                if (i >= 3) {
                    times[i - 3] = System.nanoTime() - t;
                }
            }
        }
        Arrays.sort(times);
        return times;
    }

    // ------------------------------------------------------------------ import

    private void importCsv() throws Exception {
        EngagementImports importer = new EngagementImports();
        importer.dataSource = db;
        System.out.println();
        System.out.printf(Locale.ROOT, "stakeholder import: %,d CSV rows (%s)%n", imports, load());
        String csv = csv(imports, 0, 0);
        String changed = csv(imports, 5, 1);
        LocalDate today = LocalDate.now(ZONE);
        for (String[] pass :
                new String[][] {{"new stakeholders", csv}, {"same file, every 5th row changed", changed}}) {
            long t = System.nanoTime();
            ParsedRows<StakeholderInput> parsed = StakeholderRows.fromCsv(pass[1], today);
            double parse = (System.nanoTime() - t) / 1e9;
            if (parsed.hasErrors()) {
                throw new IllegalStateException(
                        "The generated file has problems: " + parsed.errors().get(0));
            }
            long w = System.nanoTime();
            EngagementImports.Report r = db.inTransaction(() -> importer.write(parsed, null));
            double write = (System.nanoTime() - w) / 1e9;
            double both = parse + write;
            System.out.printf(
                    Locale.ROOT,
                    "  %-34s %,d new, %,d changed, %,d unchanged: parse and check %.1f s, write %.1f s"
                            + " (%,.0f rows/s); together %,.0f rows/s (goal >= 20,000)%n",
                    pass[0],
                    r.created(),
                    r.updated(),
                    r.unchanged(),
                    parse,
                    write,
                    imports / write,
                    imports / both);
            summary.add(String.format(
                    Locale.ROOT,
                    "import %,d rows, %s: parse %.1f s, write %.1f s (%,.0f rows/s), total %,.0f rows/s",
                    imports,
                    pass[0],
                    parse,
                    write,
                    imports / write,
                    imports / both));
        }
    }

    /** A stakeholder file; with {@code every} > 0 each {@code every}-th row differs by {@code variant}. */
    private static String csv(int rows, int every, int variant) {
        SplittableRandom rnd = new SplittableRandom(5);
        String[] given = {"Anna", "Ben", "Chloe", "David", "Elif", "Farid", "Greta", "Hugo", "Iris", "Jakob"};
        String[] family = {"Adler", "Brandt", "Carvalho", "Dahl", "Eriksen", "Fontaine", "Gupta", "Hoffmann"};
        String[] segments = {"Home cooks", "Smart-home enthusiasts", "Professional kitchens", "Budget households"};
        String[] regions = {"North", "South", "East", "West", "Online"};
        StringBuilder b = new StringBuilder(rows * 160);
        b.append("external_id,kind,display_name,email,organisation,segment,region,relationship_since,")
                .append("purchase_summary,consent_contact,consent_analysis,tags\n");
        for (int i = 1; i <= rows; i++) {
            String g = given[rnd.nextInt(given.length)];
            String f = family[rnd.nextInt(family.length)];
            String segment = segments[rnd.nextInt(segments.length)];
            boolean change = every > 0 && i % every == 0;
            b.append("IMP-")
                    .append(i)
                    .append(",customer,")
                    .append(g)
                    .append(' ')
                    .append(f)
                    .append(',')
                    .append(g.toLowerCase(Locale.ROOT))
                    .append('.')
                    .append(i)
                    .append("@example.org,")
                    .append(segment.equals("Professional kitchens") ? "\"Bistro " + f + ", Ltd\"" : "")
                    .append(',')
                    .append(segment)
                    .append(',')
                    .append(regions[rnd.nextInt(regions.length)])
                    .append(',')
                    .append(LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(3000)))
                    .append(',')
                    .append(1 + rnd.nextInt(9))
                    .append(" orders")
                    .append(change ? " (updated " + variant + ")" : "")
                    .append(',')
                    .append(rnd.nextInt(10) < 8 ? "yes" : "no")
                    .append(',')
                    .append(rnd.nextInt(10) < 9 ? "yes" : "no")
                    .append(',')
                    .append(rnd.nextBoolean() ? "newsletter;app-user" : "")
                    .append('\n');
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ helpers

    /** The machine's load average over the last minute (other work on the machine skews the timings). */
    static String load() {
        try {
            return "load average "
                    + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                            .split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "load average unknown";
        }
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    static double pct(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
    }

    /** The container's session context as far as the scoring run asks it: who started the run. */
    private static SessionContext benchContext() {
        Principal bench = () -> "bench";
        return (SessionContext) Proxy.newProxyInstance(
                EngagementBenchmark.class.getClassLoader(), new Class<?>[] {SessionContext.class}, (p, m, a) -> {
                    if (m.getName().equals("getCallerPrincipal")) {
                        return bench;
                    }
                    throw new IllegalStateException("not available in the benchmark: " + m.getName());
                });
    }

    /**
     * A pool of one connection, like the server's pool for one request at a time: the beans'
     * {@code getConnection()} and {@code close()} borrow and return it. {@link #inTransaction} runs
     * a call in one transaction, as the container does for a transactional bean method (every
     * connection taken inside is the same one and commits at the end).
     */
    static final class OneConnection implements DataSource {
        private final PGSimpleDataSource target;
        private Connection physical;

        OneConnection(PGSimpleDataSource target) {
            this.target = target;
        }

        private Connection physical() throws SQLException {
            if (physical == null || physical.isClosed()) {
                physical = target.getConnection();
            }
            return physical;
        }

        <T> T inTransaction(Callable<T> call) throws Exception {
            Connection c = physical();
            c.setAutoCommit(false);
            try {
                T result = call.call();
                c.commit();
                return result;
            } catch (Exception | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection c = physical();
            InvocationHandler h = (proxy, method, args) -> {
                if (method.getName().equals("close")) {
                    return null;
                }
                if (method.getName().equals("isClosed")) {
                    return false;
                }
                Object result = invoke(c, method, args);
                if (TRACE && result instanceof Statement st) {
                    String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : "(statement)";
                    return traced(st, sql);
                }
                return result;
            };
            return (Connection) Proxy.newProxyInstance(
                    EngagementBenchmark.class.getClassLoader(), new Class<?>[] {Connection.class}, h);
        }

        private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        /** With -Dbench.trace=true: the time spent in each statement (execution and fetching). */
        static final boolean TRACE = Boolean.getBoolean("bench.trace");

        static final java.util.Map<String, long[]> TIMES = new java.util.concurrent.ConcurrentHashMap<>();

        private static Object traced(Statement st, String sql) {
            Class<?> type = st instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
            return Proxy.newProxyInstance(
                    EngagementBenchmark.class.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
                        String key = sql.equals("(statement)") && a != null && a.length > 0 && a[0] instanceof String q
                                ? q
                                : sql;
                        if (!m.getName().startsWith("execute")) {
                            return invoke(st, m, a);
                        }
                        long t = System.nanoTime();
                        Object r = invoke(st, m, a);
                        add(key, System.nanoTime() - t);
                        if (r instanceof ResultSet rs) {
                            return Proxy.newProxyInstance(
                                    EngagementBenchmark.class.getClassLoader(),
                                    new Class<?>[] {ResultSet.class},
                                    (p2, m2, a2) -> {
                                        long t2 = System.nanoTime();
                                        Object r2 = invoke(rs, m2, a2);
                                        if (m2.getName().equals("next")) {
                                            add(key, System.nanoTime() - t2);
                                        }
                                        return r2;
                                    });
                        }
                        return r;
                    });
        }

        private static void add(String sql, long nanos) {
            long[] v = TIMES.computeIfAbsent(sql, k -> new long[2]);
            v[0] += nanos;
            v[1]++;
        }

        /** Prints and clears the statements that took the most time. */
        static void printTrace(String phase) {
            if (!TRACE) {
                return;
            }
            System.out.println("  statements of " + phase + " by time:");
            TIMES.entrySet().stream()
                    .sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0]))
                    .limit(12)
                    .forEach(e -> System.out.printf(
                            Locale.ROOT,
                            "    %8.0f ms %6d× %s%n",
                            e.getValue()[0] / 1e6,
                            e.getValue()[1],
                            e.getKey().length() > 160 ? e.getKey().substring(0, 160) + "…" : e.getKey()));
            TIMES.clear();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // no log
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // not used
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}

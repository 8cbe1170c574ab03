package org.cocrea.cocreation.boundary;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceUnitInfo;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cocrea.cocreation.control.CriterionDefinition;
import org.cocrea.cocreation.control.DefaultStages;
import org.cocrea.cocreation.control.Scorecard;
import org.cocrea.cocreation.control.StageDefinition;
import org.cocrea.cocreation.entity.Idea;
import org.cocrea.cocreation.entity.IdeaComment;
import org.cocrea.engagement.boundary.Page;
import org.flywaydb.core.Flyway;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.postgresql.ds.PGSimpleDataSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Co-creation benchmark without the application server: migrates a PostgreSQL database with the
 * application's Flyway migrations, fills it set-based (generate_series) with an organisation,
 * 20,000 participants, three campaigns with the default stages and scorecard, 100,000 ideas,
 * 1,000,000 comments and 5,000,000 votes (one per idea and voter; the ideas' counters equal the
 * rows), and times, warm:
 *
 * <ol>
 *   <li>the idea board: what {@link Ideas#board} runs after its access checks, the same code
 *       ({@link Ideas#boardStatements} builds the count and the page of cards, {@link
 *       Ideas#boardPage} runs them), for named cases and a random mix of campaigns, filters, sorts
 *       and pages; against the count alone and the page's select without the joins and the count;
 *   <li>search: Hibernate ORM and Hibernate Search (Lucene) started in Java SE on the same database
 *       with the unit's settings from persistence.xml; the index built by the application's own
 *       {@link SearchIndex#rebuild} (batches of {@link SearchIndexer}, one transaction each), then
 *       {@link IdeaSearch#ideaIds} (the search endpoint and the board with a text) and {@link
 *       IdeaSearch#similarTitles} (duplicate suggestions) for words of every frequency.
 * </ol>
 *
 * <p>Run (the database must exist and its name must contain "bench"; it is emptied):
 *
 * <pre>
 *   createdb -h 127.0.0.1 -U postgres cocrea_cobench
 *   ./mvnw -B -q -pl ejb -Pbench test-compile exec:java@cocreation-benchmark
 * </pre>
 *
 * System properties: {@code bench.db} (jdbc:postgresql://127.0.0.1:5432/cocrea_cobench), {@code
 * bench.user} (postgres), {@code bench.password} (empty), {@code bench.participants} (20,000),
 * {@code bench.ideas} (100,000), {@code bench.comments} (1,000,000), {@code bench.votes}
 * (5,000,000), {@code bench.runs} (30 timed calls per named board case), {@code bench.mix} (600
 * random board queries), {@code bench.searchRuns} (10 rounds over the search queries), {@code
 * bench.parts} (board,search: which measurements), {@code bench.reuse} (true: keep the data of an
 * earlier run of the same size, and its search index if it is in step), {@code bench.reindex} (true: rebuild the index even so), {@code bench.index} (the
 * Lucene directory, target/cocreation-bench-index), {@code bench.explain} (true: the plans of the
 * named board cases), {@code bench.pgoptions} (server settings for the connections, e.g. {@code -c
 * jit=off}). Figures go to docs/performance.md.
 */
public final class CocreationBenchmark {

    private static final String DEFAULT_DB = "jdbc:postgresql://127.0.0.1:5432/cocrea_cobench";
    private static final long IDEA_BASE = 1_000_000L;
    private static final long COMMENT_BASE = 10_000_000L;
    private static final long TRANSITION_BASE = 40_000_000L;
    private static final long SEQUENCE_AFTER = 60_000_000L;
    private static final String CALLER = "bench";

    /** The three campaigns: code, title, audience, orientation, share of the ideas. */
    private static final String[][] CAMPAIGNS = {
        {"KITCHEN-2026", "The kitchen of the future", "PUBLIC", "BOTH", "0.5"},
        {"SERVICE-2026", "Service our customers recommend", "CUSTOMERS", "EXPLOITATION", "0.3"},
        {"PLANT-2026", "Better work in our plants and offices", "EMPLOYEES", "BOTH", "0.2"}
    };

    private final String url;
    private final PGSimpleDataSource pg;
    private final int participants;
    private final int customers;
    private final int ideas;
    private final long comments;
    private final long votes;
    private final int runs;
    private final int mix;
    private final int searchRuns;
    private final boolean explain;
    private final Path indexDir;
    private final List<String> summary = new ArrayList<>();
    private final long[] campaignIds = new long[CAMPAIGNS.length];
    private final long[][] stageIds = new long[CAMPAIGNS.length][];
    private boolean dataReused;

    private CocreationBenchmark() {
        url = System.getProperty("bench.db", DEFAULT_DB);
        pg = new PGSimpleDataSource();
        pg.setURL(url);
        pg.setUser(System.getProperty("bench.user", "postgres"));
        pg.setPassword(System.getProperty("bench.password", ""));
        pg.setApplicationName("cocrea-cobench");
        pg.setOptions(System.getProperty("bench.pgoptions"));
        participants = Integer.getInteger("bench.participants", 20_000);
        customers = participants * 3 / 4;
        ideas = Integer.getInteger("bench.ideas", 100_000);
        comments = Long.getLong("bench.comments", 1_000_000L);
        votes = Long.getLong("bench.votes", 5_000_000L);
        runs = Integer.getInteger("bench.runs", 30);
        mix = Integer.getInteger("bench.mix", 600);
        searchRuns = Integer.getInteger("bench.searchRuns", 10);
        explain = Boolean.getBoolean("bench.explain");
        indexDir = Path.of(System.getProperty("bench.index", "target/cocreation-bench-index"))
                .toAbsolutePath();
    }

    public static void main(String[] args) {
        Logger.getLogger("").setLevel(Level.WARNING);
        try {
            new CocreationBenchmark().run();
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
                    + " 'bench' (e.g. cocrea_cobench), not " + database + ".");
        }
        if (participants < 400 || ideas < 1000) {
            throw new IllegalArgumentException("At least 400 participants and 1,000 ideas.");
        }
        System.out.printf(
                Locale.ROOT,
                "co-creation benchmark on %s: %,d participants, %,d ideas, %,d comments, %,d votes;"
                        + " %d processors, max heap %,d MB%n",
                url,
                participants,
                ideas,
                comments,
                votes,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        printServer();
        dataReused = Boolean.getBoolean("bench.reuse") && generatedBefore();
        if (dataReused) {
            migrate();
            System.out.println("reusing the data of an earlier run");
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
        readCampaigns();
        printSizes();
        checkCounters();

        List<String> parts =
                List.of(System.getProperty("bench.parts", "board,search").split(","));
        if (parts.contains("board")) {
            board();
        }
        if (parts.contains("search")) {
            search();
        }

        System.out.println();
        System.out.println("summary (for docs/performance.md):");
        summary.forEach(s -> System.out.println("  " + s));
    }

    // ------------------------------------------------------------------ data

    private void migrate() {
        long t = System.nanoTime();
        var migrated = Flyway.configure(CocreationBenchmark.class.getClassLoader())
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
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select to_regclass('bench_cocreation_info') is not null")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return false;
                }
            }
            try (ResultSet rs =
                    st.executeQuery("select participants, ideas, comments, votes from bench_cocreation_info")) {
                return rs.next()
                        && rs.getInt(1) == participants
                        && rs.getInt(2) == ideas
                        && rs.getLong(3) == comments
                        && rs.getLong(4) == votes;
            }
        }
    }

    /** A rank 1..n drawn from a power law: rank k with probability about proportional to k^-s (s ≠ 1). */
    private static String skew(String n, double s) {
        double e = 1 - s;
        return String.format(
                Locale.ROOT,
                "least(%s, floor(power(1 + random() * (power(%s + 1, %.4f) - 1), %.6f))::int)",
                n,
                n,
                e,
                1 / e);
    }

    /** A word of the array drawn by rank with exponent s. */
    private static String word(String array, int size, double s) {
        return "(" + array + ")[" + skew(Integer.toString(size), s) + "]";
    }

    /**
     * Running text of {@code length} words (an expression over the row, so that it is drawn anew for
     * every row), in sentences of about eleven words.
     */
    private static String text(String length) {
        List<String> words = CocreationBenchWords.text();
        return "(select string_agg(" + word(CocreationBenchWords.sqlArray(words), words.size(), 1.2)
                + ", case when random() < 0.09 then '. ' else ' ' end) from generate_series(1, " + length + "))";
    }

    /** A prime that divides none of the participant pools, to scatter a rank over a pool. */
    private long scatter() {
        for (long p : new long[] {7919, 7927, 7933, 7937, 7949}) {
            if (participants % p != 0 && customers % p != 0 && (participants - customers) % p != 0) {
                return p;
            }
        }
        throw new IllegalStateException("no multiplier for " + participants);
    }

    /** Ten primes above the largest pool: j × step mod pool then runs through distinct voters. */
    private String steps() {
        List<String> out = new ArrayList<>();
        BigInteger p = BigInteger.valueOf(participants);
        for (int i = 0; i < 10; i++) {
            p = p.nextProbablePrime();
            out.add(p.toString());
        }
        return "array[" + String.join(",", out) + "]::bigint[]";
    }

    private void generate() throws SQLException {
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement()) {
            st.execute("set work_mem = '512MB'");
            st.execute("set maintenance_work_mem = '1GB'");
            st.execute("set synchronous_commit = off");
            st.execute("select setseed(0.20261122)");
            // loaded without foreign-key checks and secondary indexes; consistent by construction and
            // checked afterwards (checkCounters)
            st.execute("set session_replication_role = replica");
            List<String> indexes = dropIndexes(
                    c, "idea", "idea_comment", "idea_vote", "idea_follower", "idea_author", "idea_transition");
            long t = System.nanoTime();
            people(st);
            campaigns(c, st);
            System.out.printf(
                    Locale.ROOT,
                    "  organisation, %,d participants, %d campaigns in %.1f s%n",
                    participants,
                    CAMPAIGNS.length,
                    (System.nanoTime() - t) / 1e9);

            t = System.nanoTime();
            ideaRows(st);
            System.out.printf(Locale.ROOT, "  %,d ideas drawn in %.0f s%n", ideas, (System.nanoTime() - t) / 1e9);

            t = System.nanoTime();
            votes(st);
            System.out.printf(Locale.ROOT, "  %,d votes in %.0f s%n", votes, (System.nanoTime() - t) / 1e9);

            t = System.nanoTime();
            comments(st);
            System.out.printf(Locale.ROOT, "  %,d comments in %.0f s%n", comments, (System.nanoTime() - t) / 1e9);

            t = System.nanoTime();
            rest(st);
            System.out.printf(
                    Locale.ROOT,
                    "  ideas with their counters, authors, followers, transitions in %.0f s%n",
                    (System.nanoTime() - t) / 1e9);

            t = System.nanoTime();
            for (String ddl : indexes) {
                st.execute(ddl);
            }
            st.execute("select setval('cocreation_seq', " + SEQUENCE_AFTER + ")");
            st.execute("set session_replication_role = origin");
            st.execute("create table bench_cocreation_info (participants integer, ideas integer, comments bigint,"
                    + " votes bigint, generated_at timestamptz)");
            st.execute("insert into bench_cocreation_info values (" + participants + ", " + ideas + ", " + comments
                    + ", " + votes + ", now())");
            System.out.printf(
                    Locale.ROOT,
                    "  %d secondary indexes built in %.0f s%n",
                    indexes.size(),
                    (System.nanoTime() - t) / 1e9);
        }
        vacuum();
    }

    /** Drops the indexes of the tables that back no constraint; returns their definitions. */
    private static List<String> dropIndexes(Connection c, String... tables) throws SQLException {
        List<String> defs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select ix.indexrelid::regclass::text,"
                + " pg_get_indexdef(ix.indexrelid) from pg_index ix join pg_class t on t.oid = ix.indrelid"
                + " where t.relname = any(?) and t.relnamespace = 'public'::regnamespace"
                + " and not exists (select 1 from pg_constraint k where k.conindid = ix.indexrelid)"
                + " order by 1")) {
            ps.setArray(1, c.createArrayOf("text", tables));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    defs.add(rs.getString(2));
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (String n : names) {
                st.execute("drop index " + n);
            }
        }
        return defs;
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

    /** The organisation (company, 4 divisions, 20 departments, 100 teams) and the participants. */
    private void people(Statement st) throws SQLException {
        st.execute("create temp table bench_unit as select g as n, nextval('org_unit_seq') as id,"
                + " case when g = 0 then 'COMPANY' when g <= 4 then 'DIVISION' when g <= 24 then 'DEPARTMENT'"
                + " else 'TEAM' end as kind,"
                + " case when g = 0 then null when g <= 4 then 0 when g <= 24 then 1 + (g - 5) / 5"
                + " else 5 + (g - 25) / 5 end as parent_n from generate_series(0, 124) g");
        st.execute("insert into org_unit (id, parent_id, code, name, kind) select u.id, p.id, 'CB-' || u.n,"
                + " case u.kind when 'COMPANY' then 'Aurora Appliances' when 'DIVISION' then 'Division ' || u.n"
                + " when 'DEPARTMENT' then 'Department ' || u.n else 'Team ' || u.n end, u.kind"
                + " from bench_unit u left join bench_unit p on p.n = u.parent_n order by u.n");
        // 1 .. customers: customers; then employees; the last 50 are the innovation office
        st.execute("create temp table bench_person (n integer primary key, username varchar(255), kind varchar(20),"
                + " unit_id bigint)");
        st.execute("insert into bench_person select g, lower(gn) || '.' || lower(fn) || '.' || g,"
                + " case when g <= " + customers + " then 'CUSTOMER' when g <= " + (participants - 50)
                + " then 'EMPLOYEE' else 'STAFF' end,"
                + " case when g > " + customers + " then (select id from bench_unit where n = 25 + g % 100) end"
                + " from (select g, (" + GIVEN + ")[1 + floor(random() * 50)::int] gn, (" + FAMILY
                + ")[1 + floor(random() * 50)::int] fn from generate_series(1, " + participants + ") g) x");
        st.execute("insert into participant (username, display_name, email, kind, stakeholder_id, unit_id, points,"
                + " leaderboard_opt_out, email_notifications, created_at)"
                + " select username, initcap(split_part(username, '.', 1)) || ' ' || initcap(split_part(username, '.', 2)),"
                + " username || '@example.com', kind, null, unit_id, 0, random() < 0.05, random() < 0.7,"
                + " now() - random() * interval '900 days' from bench_person order by n");
        st.execute("analyze bench_person");
    }

    private void campaigns(Connection c, Statement st) throws SQLException {
        LocalDate today = LocalDate.now();
        st.execute("create temp table bench_campaign (camp integer primary key, id bigint, pool_from integer,"
                + " pool_size integer, exploitation_only boolean, share_from double precision,"
                + " share_to double precision)");
        st.execute(
                "create temp table bench_stage (camp integer, pos integer, stage_id bigint, primary key (camp, pos))");
        double share = 0;
        for (int k = 0; k < CAMPAIGNS.length; k++) {
            String[] def = CAMPAIGNS[k];
            long id = one(st, "select nextval('cocreation_seq')");
            campaignIds[k] = id;
            try (PreparedStatement ps = c.prepareStatement("insert into campaign (id, code, title, problem_html,"
                    + " problem_text, audience, shortlist_id, opens_on, closes_on, orientation, anonymous_allowed,"
                    + " support_threshold, support_days, owner, created_at, updated_at, version)"
                    + " values (?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, 25, 30, 'manager', now(), now(), 0)")) {
                String problem = "We ask " + def[2].toLowerCase(Locale.ROOT) + " for ideas: " + def[1] + ".";
                ps.setLong(1, id);
                ps.setString(2, def[0]);
                ps.setString(3, def[1]);
                ps.setString(4, "<p>" + problem + "</p>");
                ps.setString(5, problem);
                ps.setString(6, def[2]);
                ps.setObject(7, today.minusDays(760));
                ps.setObject(8, today.plusDays(180));
                ps.setString(9, def[3]);
                ps.setBoolean(10, k == 0);
                ps.executeUpdate();
            }
            for (String evaluator : List.of("manager", "staff.1", "staff.2")) {
                st.execute("insert into campaign_evaluator values (" + id + ", '" + evaluator + "')");
            }
            List<CriterionDefinition> criteria = Scorecard.defaultCriteria();
            try (PreparedStatement ps = c.prepareStatement("insert into campaign_criterion (id, campaign_id,"
                    + " position, name, description, weight) values (nextval('cocreation_seq'), ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < criteria.size(); i++) {
                    ps.setLong(1, id);
                    ps.setInt(2, i + 1);
                    ps.setString(3, criteria.get(i).name());
                    ps.setString(4, criteria.get(i).description());
                    ps.setDouble(5, criteria.get(i).weight());
                    ps.executeUpdate();
                }
            }
            List<StageDefinition> stages = DefaultStages.list();
            stageIds[k] = new long[stages.size()];
            try (PreparedStatement ps = c.prepareStatement("insert into campaign_stage (id, campaign_id, position,"
                    + " code, name, phase, max_days, participation) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < stages.size(); i++) {
                    StageDefinition s = stages.get(i);
                    long sid = one(st, "select nextval('cocreation_seq')");
                    stageIds[k][i] = sid;
                    ps.setLong(1, sid);
                    ps.setLong(2, id);
                    ps.setInt(3, i + 1);
                    ps.setString(4, s.code());
                    ps.setString(5, s.name());
                    ps.setString(6, s.phase().name());
                    ps.setObject(7, s.maxDays());
                    ps.setBoolean(8, s.participation());
                    ps.executeUpdate();
                    st.execute("insert into bench_stage values (" + (k + 1) + ", " + (i + 1) + ", " + sid + ")");
                }
            }
            // who may take part: everyone, the customers, or the employees (and the office)
            int from = def[2].equals("EMPLOYEES") ? customers : 0;
            int size = switch (def[2]) {
                case "CUSTOMERS" -> customers;
                case "EMPLOYEES" -> participants - customers;
                default -> participants;
            };
            double next = k == CAMPAIGNS.length - 1 ? 1.0 : share + Double.parseDouble(def[4]);
            st.execute(String.format(
                    Locale.ROOT,
                    "insert into bench_campaign values (%d, %d, %d, %d, %s, %.4f, %.4f)",
                    k + 1,
                    id,
                    from,
                    size,
                    def[3].equals("EXPLOITATION"),
                    share,
                    next));
            share = next;
        }
    }

    /** The ideas, drawn into a work table first (the counters come from the votes and comments). */
    private void ideaRows(Statement st) throws SQLException {
        String verbs = CocreationBenchWords.sqlArray(CocreationBenchWords.VERBS);
        String adjectives = CocreationBenchWords.sqlArray(CocreationBenchWords.ADJECTIVES);
        String nouns = CocreationBenchWords.sqlArray(CocreationBenchWords.NOUNS);
        String products = CocreationBenchWords.sqlArray(CocreationBenchWords.PRODUCTS);
        String tags = CocreationBenchWords.sqlArray(CocreationBenchWords.TAGS);
        String preps = CocreationBenchWords.sqlArray(CocreationBenchWords.PREPOSITIONS);
        int nv = CocreationBenchWords.VERBS.size();
        int na = CocreationBenchWords.ADJECTIVES.size();
        int nn = CocreationBenchWords.NOUNS.size();
        int np = CocreationBenchWords.PRODUCTS.size();
        int nt = CocreationBenchWords.TAGS.size();
        String title = word(verbs, nv, 0.9) + " || ' ' || case when random() < 0.6 then " + word(adjectives, na, 0.9)
                + " || ' ' else '' end || " + word(nouns, nn, 0.9) + " || case when random() < 0.5 then ' ' || ("
                + preps + ")[1 + floor(random() * " + CocreationBenchWords.PREPOSITIONS.size() + ")::int] || ' ' || "
                + word(nouns, nn, 0.9) + " else '' end";
        String product = "case when random() < 0.3 then 'The ' || " + word(products, np, 1.5)
                + " || ' ' || (100 * (1 + floor(random() * 9)::int)) || ' ' || " + word(nouns, nn, 0.9)
                + " || '. ' else '' end";
        long mult = scatter();
        st.execute("create temp table bench_idea as"
                + " select " + IDEA_BASE + " + row_number() over (order by submitted_at) as id, z.*"
                + " from (select y.camp, y.pos, y.status, y.submitted_at,"
                + "   y.submitted_at + (now() - y.submitted_at) * (case when y.pos = 1 then 0 else 0.2 + 0.7 * random() end)"
                + "     as stage_entered_at,"
                + "   random() < 0.004 as hidden,"
                + "   case when y.exploitation_only or random() < 0.6 then 'EXPLOITATION' else 'EXPLORATION' end as orientation,"
                + "   coalesce((select array_agg(distinct (" + tags + ")[" + skew(Integer.toString(nt), 0.9) + "])"
                + "     from generate_series(1, y.ntags)), '{}')::varchar(40)[] as tags,"
                + "   y.camp = 1 and random() < 0.04 as anonymous,"
                + "   y.pool_from + 1 + ((" + skew("y.pool_size", 0.6) + " - 1)::bigint * " + mult
                + " + 7) % y.pool_size"
                + "     as submitter_n,"
                + "   case when y.pos > 1 or y.status in ('KILLED', 'LAUNCHED') then round((25 + 75 * random())::numeric, 1)::float8"
                + "     end as score,"
                + "   upper(left(y.t, 1)) || substr(y.t, 2) as title,"
                + "   " + product + " || " + text("y.len") + " || '.' as description"
                + " from (select x.*, " + title + " as t,"
                + "   case when x.pos = 1 then (case when x.rs < 0.55 then 'ACTIVE' when x.rs < 0.65 then 'IN_REVIEW'"
                + "       when x.rs < 0.70 then 'ON_HOLD' when x.rs < 0.97 then 'KILLED' else 'MERGED' end)"
                + "     when x.pos < 5 then (case when x.rs < 0.60 then 'ACTIVE' when x.rs < 0.75 then 'IN_REVIEW'"
                + "       when x.rs < 0.85 then 'ON_HOLD' else 'KILLED' end)"
                + "     else (case when x.rs < 0.7 then 'LAUNCHED' else 'ACTIVE' end) end as status"
                + "   from (select g, c.camp, c.pool_from, c.pool_size, c.exploitation_only,"
                + "       now() - interval '730 days' * power(w.ra, 1.5) as submitted_at,"
                + "       case when w.ra < 0.12 or w.rp < 0.62 then 1 when w.rp < 0.82 then 2 when w.rp < 0.92 then 3"
                + "         when w.rp < 0.97 then 4 else 5 end as pos,"
                + "       w.rs, 25 + floor(w.rl * 70)::int as len,"
                + "       case when w.rt < 0.3 then 0 else 1 + floor(w.rt * 3)::int end as ntags"
                + "     from (select g, random() rc, random() ra, random() rp, random() rs, random() rl, random() rt"
                + "       from generate_series(1, " + ideas + ") g) w"
                + "     join bench_campaign c on w.rc >= c.share_from and w.rc < c.share_to) x) y) z");
        st.execute("alter table bench_idea add primary key (id)");
        st.execute("analyze bench_idea");
    }

    /** Makes the column {@code n} of a plan add up to {@code total}, a row at a time, within {@code cap}. */
    private static void adjust(Statement st, String plan, long total, String cap) throws SQLException {
        for (int i = 0; i < 50; i++) {
            long sum = one(st, "select coalesce(sum(n), 0) from " + plan);
            long diff = total - sum;
            if (diff == 0) {
                return;
            }
            if (diff > 0) {
                st.execute("update " + plan + " set n = n + 1 where id in (select id from " + plan + " where n < " + cap
                        + " order by random() limit " + diff + ")");
            } else {
                st.execute("update " + plan + " set n = n - 1 where id in (select id from " + plan
                        + " where n > 0 order by random() limit " + (-diff) + ")");
            }
        }
        throw new IllegalStateException("could not spread " + total + " rows over " + plan);
    }

    /**
     * The votes: each idea gets a number of votes (heavy-tailed; further stages more), from distinct
     * people of its campaign's pool: the j-th vote is by pool member (start + j × step) mod pool with
     * a step prime above the pool, so no one votes twice.
     */
    private void votes(Statement st) throws SQLException {
        st.execute("create temp table bench_vote_plan as select i.id, i.camp, c.pool_from, c.pool_size,"
                + " power(1 - random(), -1 / 1.5) * i.pos * case when i.status in ('KILLED', 'MERGED') then 0.5 else 1 end"
                + "   as w, 0 as n, floor(random() * c.pool_size)::bigint as start,"
                + " (" + steps() + ")[1 + floor(random() * 10)::int] as step,"
                + " floor(power(random(), 3) * 8)::int as followers"
                + " from bench_idea i join bench_campaign c on c.camp = i.camp");
        st.execute("update bench_vote_plan set n = least(pool_size, round(w * " + votes
                + " / (select sum(w) from bench_vote_plan))::int)");
        adjust(st, "bench_vote_plan", votes, "pool_size");
        st.execute("alter table bench_vote_plan add primary key (id)");
        st.execute("analyze bench_vote_plan");
        int chunks = 10;
        long per = (ideas + chunks - 1) / chunks;
        for (int k = 0; k < chunks; k++) {
            long from = IDEA_BASE + 1 + k * per;
            long to = from + per - 1;
            st.execute("insert into idea_vote (idea_id, voter, voted_at)"
                    + " select v.id, p.username, i.submitted_at + random() * (now() - i.submitted_at)"
                    + " from bench_vote_plan v join bench_idea i on i.id = v.id"
                    + " cross join lateral generate_series(0, v.n - 1) j"
                    + " join bench_person p on p.n = v.pool_from + 1 + (v.start + j * v.step) % v.pool_size"
                    + " where v.id between " + from + " and " + to + " order by v.id");
        }
    }

    /**
     * The comments: each idea gets a number (heavy-tailed, more for ideas with more votes), in time
     * order; a third answer one of the three before, a few are hidden by moderation.
     */
    private void comments(Statement st) throws SQLException {
        st.execute("create temp table bench_comment_plan as select v.id, v.camp,"
                + " power(v.w, 0.7) * power(1 - random(), -1 / 2.0) as w, 0 as n"
                + " from bench_vote_plan v");
        st.execute("update bench_comment_plan set n = round(w * " + comments
                + " / (select sum(w) from bench_comment_plan))::int");
        adjust(st, "bench_comment_plan", comments, "1000000000");
        st.execute("create temp table bench_comment_base as select id, camp, n,"
                + " coalesce(sum(n) over (order by id rows between unbounded preceding and 1 preceding), 0) as base"
                + " from bench_comment_plan");
        st.execute("alter table bench_comment_base add primary key (id)");
        st.execute("analyze bench_comment_base");
        long mult = scatter();
        int chunks = 10;
        long per = (ideas + chunks - 1) / chunks;
        for (int k = 0; k < chunks; k++) {
            long from = IDEA_BASE + 1 + k * per;
            long to = from + per - 1;
            st.execute("insert into idea_comment (id, idea_id, parent_id, author, body_html, body_text, created_at,"
                    + " edited_at, updated_at, hidden, version)"
                    + " select y.cid, y.idea_id, y.parent_id, p.username, '<p>' || y.body || '.</p>', y.body || '.',"
                    + " y.created_at, null, y.created_at, y.hidden, 0"
                    + " from (select x.*, " + text("x.len") + " as body"
                    + "   from (select " + COMMENT_BASE + " + b.base + j as cid, b.id as idea_id,"
                    + "       case when j > 1 and random() < 0.35 then " + COMMENT_BASE
                    + " + b.base + j - 1 - floor(random() * least(j - 1, 3))::int end as parent_id,"
                    + "       c.pool_from + 1 + ((" + skew("c.pool_size", 0.6) + " - 1)::bigint * " + mult
                    + " + 11) % c.pool_size as author_n,"
                    + "       i.submitted_at + (now() - i.submitted_at) * ((j - 0.9 * random()) / (b.n + 1)) as created_at,"
                    + "       random() < 0.003 as hidden, 5 + floor(random() * 35)::int as len"
                    + "     from bench_comment_base b join bench_idea i on i.id = b.id"
                    + "     join bench_campaign c on c.camp = b.camp"
                    + "     cross join lateral generate_series(1, b.n) j"
                    + "     where b.id between " + from + " and " + to + ") x) y"
                    + " join bench_person p on p.n = y.author_n order by y.cid");
            System.out.printf(Locale.ROOT, "    comments of ideas up to %,d …%n", Math.min(to, IDEA_BASE + ideas));
        }
    }

    /** Authors, followers, the pipeline history, then the ideas themselves with counters from the rows. */
    private void rest(Statement st) throws SQLException {
        st.execute("insert into idea_author (idea_id, username, role) select i.id, p.username, 'SUBMITTER'"
                + " from bench_idea i join bench_person p on p.n = i.submitter_n");
        st.execute("insert into idea_author (idea_id, username, role) select i.id, p.username, 'CO_AUTHOR'"
                + " from (select id, camp, submitter_n, random() r from bench_idea) i"
                + " join bench_campaign c on c.camp = i.camp"
                + " join bench_person p on p.n = c.pool_from + 1"
                + "   + (i.submitter_n - c.pool_from - 1 + 1 + floor(i.r * 1000)::int) % c.pool_size"
                + " where i.r < 0.08 on conflict do nothing");
        // submitters follow their ideas; some voters too
        st.execute("insert into idea_follower (idea_id, username, since) select i.id, p.username, i.submitted_at"
                + " from bench_idea i join bench_person p on p.n = i.submitter_n");
        st.execute("insert into idea_follower (idea_id, username, since)"
                + " select v.id, p.username, i.submitted_at + random() * (now() - i.submitted_at)"
                + " from bench_vote_plan v join bench_idea i on i.id = v.id"
                + " cross join lateral generate_series(0, least(v.n, v.followers) - 1) j"
                + " join bench_person p on p.n = v.pool_from + 1 + (v.start + j * v.step) % v.pool_size"
                + " on conflict do nothing");
        // the pipeline history: submission, a GO per gate passed, and the decision that set the status
        st.execute("insert into idea_transition (id, idea_id, campaign_id, from_stage, to_stage, from_status,"
                + " to_status, decision, rationale, score, decided_by, decided_at)"
                + " select " + TRANSITION_BASE + " + row_number() over (order by i.id, k), i.id, c.id, sf.stage_id,"
                + " s.stage_id, case when k > 1 then 'IN_REVIEW' end, 'ACTIVE',"
                + " case when k = 1 then 'SUBMITTED' else 'GO' end,"
                + " case when k > 1 then 'Passed the gate.' end, case when k > 1 then i.score end,"
                + " case when k = 1 then p.username else 'manager' end,"
                + " i.submitted_at + (i.stage_entered_at - i.submitted_at) * ((k - 1)::float8 / greatest(i.pos - 1, 1))"
                + " from bench_idea i join bench_campaign c on c.camp = i.camp"
                + " join bench_person p on p.n = i.submitter_n"
                + " cross join lateral generate_series(1, i.pos) k"
                + " join bench_stage s on s.camp = i.camp and s.pos = k"
                + " left join bench_stage sf on sf.camp = i.camp and sf.pos = k - 1");
        long next = one(st, "select coalesce(max(id), " + TRANSITION_BASE + ") + 1 from idea_transition");
        st.execute("insert into idea_transition (id, idea_id, campaign_id, from_stage, to_stage, from_status,"
                + " to_status, decision, rationale, score, decided_by, decided_at)"
                + " select " + next + " + row_number() over (order by i.id), i.id, c.id, s.stage_id, s.stage_id,"
                + " 'ACTIVE', i.status, case i.status when 'KILLED' then 'KILL' when 'ON_HOLD' then 'HOLD'"
                + " when 'IN_REVIEW' then 'REVIEW' when 'MERGED' then 'MERGED' else 'GO' end,"
                + " 'Decided at the gate.', i.score, 'manager', least(now(), i.stage_entered_at + interval '1 day')"
                + " from bench_idea i join bench_campaign c on c.camp = i.camp"
                + " join bench_stage s on s.camp = i.camp and s.pos = i.pos where i.status <> 'ACTIVE'");
        st.execute("create temp table bench_counts as select i.id,"
                + " coalesce((select n from bench_vote_plan v where v.id = i.id), 0) as votes,"
                + " 0 as comments, 0 as followers from bench_idea i");
        st.execute("update bench_counts b set comments = x.n from (select idea_id, count(*) as n from idea_comment"
                + " where not hidden group by idea_id) x where x.idea_id = b.id");
        st.execute("update bench_counts b set followers = x.n from (select idea_id, count(*) as n from idea_follower"
                + " group by idea_id) x where x.idea_id = b.id");
        st.execute("insert into idea (id, campaign_id, title, description_html, description_text, orientation, tags,"
                + " anonymous, submitter, submitter_kind, unit_id, stage_id, status, stage_entered_at,"
                + " stage_alerted_at, submitted_at, updated_at, merged_into_id, hidden, vote_count, comment_count,"
                + " follower_count, score, version)"
                + " select i.id, c.id, left(i.title, 200), '<p>' || i.description || '</p>', i.description,"
                + " i.orientation, i.tags, i.anonymous, p.username, p.kind, p.unit_id, s.stage_id, i.status,"
                + " i.stage_entered_at, null, i.submitted_at, i.stage_entered_at,"
                + " case when i.status = 'MERGED' and i.id > " + (IDEA_BASE + 1) + " then i.id - 1 end, i.hidden,"
                + " n.votes, n.comments, n.followers, i.score, 0"
                + " from bench_idea i join bench_campaign c on c.camp = i.camp"
                + " join bench_stage s on s.camp = i.camp and s.pos = i.pos"
                + " join bench_person p on p.n = i.submitter_n join bench_counts n on n.id = i.id order by i.id");
    }

    private void vacuum() throws SQLException {
        long t = System.nanoTime();
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement()) {
            for (String table : List.of(
                    "participant",
                    "org_unit",
                    "campaign",
                    "campaign_stage",
                    "campaign_criterion",
                    "idea",
                    "idea_comment",
                    "idea_vote",
                    "idea_follower",
                    "idea_author",
                    "idea_transition")) {
                st.execute("vacuum analyze " + table);
            }
            st.execute("checkpoint");
        }
        System.out.printf(Locale.ROOT, "  vacuum analyze in %.0f s%n", (System.nanoTime() - t) / 1e9);
    }

    private void readCampaigns() throws SQLException {
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement()) {
            for (int k = 0; k < CAMPAIGNS.length; k++) {
                campaignIds[k] = one(st, "select id from campaign where code = '" + CAMPAIGNS[k][0] + "'");
                List<Long> stages = new ArrayList<>();
                try (ResultSet rs = st.executeQuery(
                        "select id from campaign_stage where campaign_id = " + campaignIds[k] + " order by position")) {
                    while (rs.next()) {
                        stages.add(rs.getLong(1));
                    }
                }
                stageIds[k] = stages.stream().mapToLong(Long::longValue).toArray();
            }
        }
    }

    private void printServer() throws SQLException {
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select current_setting('server_version'),"
                        + " current_setting('shared_buffers'), current_setting('work_mem'), current_setting('jit'),"
                        + " current_setting('random_page_cost')")) {
            rs.next();
            System.out.printf(
                    Locale.ROOT,
                    "PostgreSQL %s, shared_buffers %s, work_mem %s, jit %s, random_page_cost %s%n",
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5));
        }
    }

    private void printSizes() throws SQLException {
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement()) {
            System.out.println("data:");
            try (ResultSet rs = st.executeQuery("select c.code, count(i.*), count(i.*) filter (where i.status in"
                    + " ('ACTIVE', 'IN_REVIEW', 'ON_HOLD') and not i.hidden) from campaign c left join idea i on"
                    + " i.campaign_id = c.id group by c.code, c.id order by c.id")) {
                while (rs.next()) {
                    System.out.printf(
                            Locale.ROOT,
                            "  %-14s %,7d ideas, %,7d open%n",
                            rs.getString(1),
                            rs.getLong(2),
                            rs.getLong(3));
                }
            }
            try (ResultSet rs =
                    st.executeQuery("select s.position, i.status, count(*) from idea i join campaign_stage s"
                            + " on s.id = i.stage_id group by 1, 2 order by 1, 2")) {
                StringBuilder b = new StringBuilder("  by stage and status:");
                int pos = 0;
                while (rs.next()) {
                    if (rs.getInt(1) != pos) {
                        pos = rs.getInt(1);
                        b.append("\n    stage ").append(pos).append(':');
                    }
                    b.append(String.format(Locale.ROOT, " %s %,d", rs.getString(2), rs.getLong(3)));
                }
                System.out.println(b);
            }
            for (String table :
                    List.of("participant", "idea", "idea_comment", "idea_vote", "idea_follower", "idea_transition")) {
                try (ResultSet rs = st.executeQuery("select count(*), pg_total_relation_size('" + table + "'),"
                        + " pg_relation_size('" + table + "') from " + table)) {
                    rs.next();
                    System.out.printf(
                            Locale.ROOT,
                            "  %-16s %,11d rows, %,6d MB with indexes (table %,d MB)%n",
                            table,
                            rs.getLong(1),
                            rs.getLong(2) >> 20,
                            rs.getLong(3) >> 20);
                }
            }
            try (ResultSet rs = st.executeQuery("select max(vote_count), percentile_disc(0.5) within group (order by"
                    + " vote_count), max(comment_count), percentile_disc(0.5) within group (order by comment_count),"
                    + " avg(length(description_text))::int, avg(length(title))::int from idea")) {
                rs.next();
                System.out.printf(
                        Locale.ROOT,
                        "  votes per idea: median %d, max %,d; comments per idea: median %d, max %,d;"
                                + " description %d characters, title %d on average%n",
                        rs.getInt(2),
                        rs.getInt(1),
                        rs.getInt(4),
                        rs.getInt(3),
                        rs.getInt(5),
                        rs.getInt(6));
            }
            try (ResultSet rs = st.executeQuery(
                    "select title, left(description_text, 160) from idea" + " order by md5(id::text) limit 3")) {
                while (rs.next()) {
                    System.out.println("  e.g. \"" + rs.getString(1) + "\": " + rs.getString(2) + " …");
                }
            }
            System.out.println("  vocabulary: " + CocreationBenchWords.describe());
            try (ResultSet rs = st.executeQuery("select pg_database_size(current_database())")) {
                rs.next();
                System.out.printf(Locale.ROOT, "  database %,d MB%n", rs.getLong(1) >> 20);
            }
        }
    }

    /** Counters equal to the rows, and no row pointing nowhere (the load ran without foreign-key checks). */
    private void checkCounters() throws SQLException {
        long t = System.nanoTime();
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put(
                "vote_count differs from the idea's votes",
                "select count(*) from idea i left join (select idea_id, count(*) n from idea_vote group by 1) v"
                        + " on v.idea_id = i.id where i.vote_count <> coalesce(v.n, 0)");
        checks.put(
                "comment_count differs from the idea's visible comments",
                "select count(*) from idea i left join (select idea_id, count(*) n from idea_comment where not hidden"
                        + " group by 1) v on v.idea_id = i.id where i.comment_count <> coalesce(v.n, 0)");
        checks.put(
                "follower_count differs from the idea's followers",
                "select count(*) from idea i left join (select idea_id, count(*) n from idea_follower group by 1) v"
                        + " on v.idea_id = i.id where i.follower_count <> coalesce(v.n, 0)");
        checks.put(
                "votes of no idea or no participant",
                "select count(*) from idea_vote v where not exists (select 1 from idea i where i.id = v.idea_id)"
                        + " or not exists (select 1 from participant p where p.username = v.voter)");
        checks.put(
                "comments of no idea, parent or author",
                "select count(*) from idea_comment c where not exists (select 1 from idea i where i.id = c.idea_id)"
                        + " or (c.parent_id is not null and not exists (select 1 from idea_comment p where p.id ="
                        + " c.parent_id and p.idea_id = c.idea_id and p.created_at < c.created_at))"
                        + " or not exists (select 1 from participant p where p.username = c.author)");
        checks.put(
                "ideas of a stage of another campaign",
                "select count(*) from idea i join campaign_stage s on s.id = i.stage_id where s.campaign_id <> i.campaign_id");
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement()) {
            st.execute("set work_mem = '256MB'");
            long bad = 0;
            for (Map.Entry<String, String> e : checks.entrySet()) {
                long n = one(st, e.getValue());
                bad += n;
                if (n != 0) {
                    System.out.printf(Locale.ROOT, "  CHECK FAILED: %,d %s%n", n, e.getKey());
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "checked: counters equal the rows, no dangling references (%s; %.0f s)%n",
                    bad == 0 ? "all 0" : bad + " problems",
                    (System.nanoTime() - t) / 1e9);
            if (bad != 0) {
                throw new IllegalStateException("The generated data is inconsistent.");
            }
        }
    }

    // ------------------------------------------------------------------ the board

    /** A board query as Ideas.board builds it for a caller who sees {@code campaigns}. */
    private record BoardCase(String name, BoardQuery query, List<Long> campaigns, String group) {}

    /** One board call: its time, the cards on the page and the number of matching ideas. */
    private record BoardTime(long total, long rows, long matching) {}

    private void board() throws SQLException {
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "idea board (Ideas.boardStatements and Ideas.boardPage, as Ideas.board runs them; %s)%n",
                load());
        List<String> commonTags = tagsByUse();
        String commonTag = commonTags.get(0);
        String rareTag = commonTags.get(commonTags.size() - 1);
        List<Long> c1 = List.of(campaignIds[0]);
        List<Long> all = Arrays.stream(campaignIds).boxed().toList();
        List<BoardCase> cases = new ArrayList<>();
        cases.add(new BoardCase(
                "campaign 1, by votes (default), 24", bq(0, null, null, null, null, "votes", 0, 24), c1, "typical"));
        cases.add(new BoardCase(
                "campaign 1, newest first, 12", bq(0, null, null, null, null, "recent", 0, 12), c1, "typical"));
        cases.add(new BoardCase(
                "campaign 1, most comments, 24", bq(0, null, null, null, null, "comments", 0, 24), c1, "typical"));
        cases.add(new BoardCase(
                "campaign 1, best score, 24", bq(0, null, null, null, null, "score", 0, 24), c1, "typical"));
        cases.add(new BoardCase(
                "campaign 1, by votes, page 5", bq(0, null, null, null, null, "votes", 96, 24), c1, "typical"));
        cases.add(new BoardCase(
                "campaign 1, open ideas, by votes", bq(0, null, "open", null, null, "votes", 0, 24), c1, "typical"));
        cases.add(new BoardCase(
                "pipeline column: stage 1, open, 12",
                bq(0, null, "open", stageIds[0][0], null, "votes", 0, 12),
                c1,
                "typical"));
        cases.add(new BoardCase(
                "pipeline column: stage 4, open, 12",
                bq(0, null, "open", stageIds[0][3], null, "votes", 0, 12),
                c1,
                "typical"));
        cases.add(new BoardCase(
                "campaign 1, launched, newest", bq(0, null, "LAUNCHED", null, null, "recent", 0, 24), c1, "typical"));
        cases.add(new BoardCase(
                "campaign 1, tag '" + commonTag + "', by votes",
                bq(0, commonTag, null, null, null, "votes", 0, 24),
                c1,
                "typical"));
        cases.add(new BoardCase(
                "campaign 1, tag '" + rareTag + "', newest",
                bq(0, rareTag, null, null, null, "recent", 0, 24),
                c1,
                "typical"));
        cases.add(new BoardCase(
                "campaign 1, exploration, by votes",
                bq(0, null, null, null, "EXPLORATION", "votes", 0, 24),
                c1,
                "typical"));
        cases.add(new BoardCase(
                "campaign 2, by votes, 24",
                bq(1, null, null, null, null, "votes", 0, 24),
                List.of(campaignIds[1]),
                "typical"));
        cases.add(new BoardCase(
                "campaign 3, newest first, 24",
                bq(2, null, null, null, null, "recent", 0, 24),
                List.of(campaignIds[2]),
                "typical"));
        cases.add(new BoardCase(
                "campaign 1, by votes, page 100", bq(0, null, null, null, null, "votes", 2376, 24), c1, "deep"));
        cases.add(new BoardCase("all campaigns, by votes (no caller does this)", allCampaigns("votes"), all, "all"));
        cases.add(new BoardCase("all campaigns, newest (no caller does this)", allCampaigns("recent"), all, "all"));

        try (Connection con = pg.getConnection()) {
            // warm: every case twice, the mix once
            List<BoardCase> mixCases = mixCases(commonTags);
            for (int i = 0; i < 2; i++) {
                for (BoardCase bc : cases) {
                    timeBoard(con, bc);
                }
            }
            for (BoardCase bc : mixCases) {
                timeBoard(con, bc);
            }
            System.out.printf(
                    Locale.ROOT,
                    "  %-46s %9s %9s %9s %9s %9s %9s %9s%n",
                    "case (" + runs + " calls each)",
                    "matching",
                    "p50 ms",
                    "p95 ms",
                    "max ms",
                    "count",
                    "select",
                    "ratio");
            List<Long> typical = new ArrayList<>();
            for (BoardCase bc : cases) {
                long[] total = new long[runs];
                long[] count = new long[runs];
                long[] raw = new long[runs];
                long matching = 0;
                for (int i = 0; i < runs; i++) {
                    BoardTime t = timeBoard(con, bc);
                    total[i] = t.total();
                    matching = t.matching();
                }
                for (int i = 0; i < runs; i++) {
                    count[i] = timeCount(con, bc);
                    raw[i] = timeRaw(con, bc);
                }
                Arrays.sort(total);
                Arrays.sort(count);
                Arrays.sort(raw);
                if (bc.group().equals("typical")) {
                    Arrays.stream(total).forEach(typical::add);
                }
                System.out.printf(
                        Locale.ROOT,
                        "  %-46s %,9d %9.1f %9.1f %9.1f %9.1f %9.2f %8.0f×%n",
                        bc.name(),
                        matching,
                        pct(total, 0.5),
                        pct(total, 0.95),
                        total[total.length - 1] / 1e6,
                        pct(count, 0.5),
                        pct(raw, 0.5),
                        pct(total, 0.5) / Math.max(0.001, pct(raw, 0.5)));
                summary.add(String.format(
                        Locale.ROOT,
                        "board | %s | %,d matching | p50 %.1f ms | p95 %.1f ms | max %.1f ms | count alone %.1f ms,"
                                + " bare select %.2f ms (board/select %.0f×)",
                        bc.name(),
                        matching,
                        pct(total, 0.5),
                        pct(total, 0.95),
                        total[total.length - 1] / 1e6,
                        pct(count, 0.5),
                        pct(raw, 0.5),
                        pct(total, 0.5) / Math.max(0.001, pct(raw, 0.5))));
                if (explain) {
                    explain(con, bc);
                }
            }
            long[] typ = typical.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(
                    Locale.ROOT,
                    "  typical cases together (%d calls): p50 %.1f ms, p95 %.1f ms, max %.1f ms (goal p95 <= 200 ms)%n",
                    typ.length,
                    pct(typ, 0.5),
                    pct(typ, 0.95),
                    typ[typ.length - 1] / 1e6);
            summary.add(String.format(
                    Locale.ROOT,
                    "board, typical cases together: p50 %.1f ms, p95 %.1f ms, max %.1f ms",
                    pct(typ, 0.5),
                    pct(typ, 0.95),
                    typ[typ.length - 1] / 1e6));
            mix(con, mixCases);
        }
    }

    private BoardQuery bq(
            int campaign, String tag, String status, Long stage, String orientation, String sort, int first, int size) {
        return new BoardQuery(campaignIds[campaign], null, status, stage, tag, orientation, sort, first, size);
    }

    private static BoardQuery allCampaigns(String sort) {
        return new BoardQuery(null, null, null, null, null, null, sort, 0, 24);
    }

    /** Random board queries as the callers make them: one campaign, its filters, a sort, a page. */
    private List<BoardCase> mixCases(List<String> tags) {
        SplittableRandom rnd = new SplittableRandom(22);
        List<BoardCase> out = new ArrayList<>();
        for (int i = 0; i < mix; i++) {
            double rc = rnd.nextDouble();
            int k = rc < 0.5 ? 0 : rc < 0.8 ? 1 : 2;
            double rs = rnd.nextDouble();
            String status = rs < 0.5
                    ? null
                    : rs < 0.75
                            ? "open"
                            : new String[] {"ACTIVE", "IN_REVIEW", "ON_HOLD", "KILLED", "LAUNCHED"}[rnd.nextInt(5)];
            Long stage = rnd.nextDouble() < 0.3 ? stageIds[k][rnd.nextInt(stageIds[k].length)] : null;
            String tag = rnd.nextDouble() < 0.15
                    ? tags.get(Math.min(tags.size() - 1, (int) (tags.size() * Math.pow(rnd.nextDouble(), 2))))
                    : null;
            String orientation = rnd.nextDouble() < 0.1 ? (rnd.nextBoolean() ? "EXPLORATION" : "EXPLOITATION") : null;
            double rso = rnd.nextDouble();
            String sort = rso < 0.45 ? "votes" : rso < 0.75 ? "recent" : rso < 0.9 ? "comments" : "score";
            int size = rnd.nextBoolean() ? 12 : 24;
            double rp = rnd.nextDouble();
            int page = rp < 0.7
                    ? 0
                    : rp < 0.9 ? 1 + rnd.nextInt(4) : rp < 0.98 ? 5 + rnd.nextInt(15) : 50 + rnd.nextInt(50);
            String name = String.format(
                    Locale.ROOT,
                    "c%d%s%s%s%s %s p%d×%d",
                    k + 1,
                    status == null ? "" : " status=" + status,
                    stage == null
                            ? ""
                            : " stage="
                                    + (Arrays.stream(stageIds[k])
                                                    .boxed()
                                                    .toList()
                                                    .indexOf(stage)
                                            + 1),
                    tag == null ? "" : " tag=" + tag,
                    orientation == null ? "" : " " + orientation.toLowerCase(Locale.ROOT),
                    sort,
                    page + 1,
                    size);
            String group =
                    stage != null || tag != null || orientation != null || status != null ? "filtered" : "unfiltered";
            out.add(new BoardCase(
                    name,
                    new BoardQuery(campaignIds[k], null, status, stage, tag, orientation, sort, page * size, size),
                    List.of(campaignIds[k]),
                    group + "/" + sort + (page >= 5 ? "/deep" : "")));
        }
        return out;
    }

    private void mix(Connection con, List<BoardCase> cases) throws SQLException {
        long[] times = new long[cases.size()];
        Map<String, List<Long>> bySort = new LinkedHashMap<>();
        Map<String, List<Long>> byFilter = new LinkedHashMap<>();
        List<Object[]> slowest = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            BoardCase bc = cases.get(i);
            BoardTime t = timeBoard(con, bc);
            times[i] = t.total();
            String[] g = bc.group().split("/");
            bySort.computeIfAbsent(g[1], x -> new ArrayList<>()).add(t.total());
            byFilter.computeIfAbsent(g[0] + (g.length > 2 ? ", deep page" : ""), x -> new ArrayList<>())
                    .add(t.total());
            slowest.add(new Object[] {t.total(), bc.name(), t.matching()});
        }
        Arrays.sort(times);
        System.out.printf(
                Locale.ROOT,
                "  random mix of %d queries (campaign, status, stage, tag, orientation, sort, page): p50 %.1f ms,"
                        + " p95 %.1f ms, max %.1f ms (goal p95 <= 200 ms)%n",
                times.length,
                pct(times, 0.5),
                pct(times, 0.95),
                times[times.length - 1] / 1e6);
        summary.add(String.format(
                Locale.ROOT,
                "board, random mix of %d queries: p50 %.1f ms, p95 %.1f ms, max %.1f ms",
                times.length,
                pct(times, 0.5),
                pct(times, 0.95),
                times[times.length - 1] / 1e6));
        for (Map<String, List<Long>> groups : List.of(bySort, byFilter)) {
            for (Map.Entry<String, List<Long>> e : groups.entrySet()) {
                long[] t = e.getValue().stream()
                        .mapToLong(Long::longValue)
                        .sorted()
                        .toArray();
                System.out.printf(
                        Locale.ROOT,
                        "    %-22s %4d queries: p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms%n",
                        e.getKey(),
                        t.length,
                        pct(t, 0.5),
                        pct(t, 0.95),
                        t[t.length - 1] / 1e6);
            }
        }
        slowest.sort((a, b) -> Long.compare((Long) b[0], (Long) a[0]));
        System.out.println("    slowest:");
        for (Object[] s : slowest.subList(0, Math.min(6, slowest.size()))) {
            System.out.printf(Locale.ROOT, "      %6.1f ms %s, %,d matching%n", (Long) s[0] / 1e6, s[1], (Long) s[2]);
        }
    }

    /** The board's statements as Ideas.board runs them (Ideas.boardPage), on one connection. */
    private BoardTime timeBoard(Connection con, BoardCase bc) throws SQLException {
        return timeBoard(con, bc, null);
    }

    private BoardTime timeBoard(Connection con, BoardCase bc, List<Long> hits) throws SQLException {
        Ideas.BoardStatements sql = Ideas.boardStatements(bc.query(), bc.campaigns(), hits);
        long t = System.nanoTime();
        Page<IdeaCard> page = Ideas.boardPage(con, sql, bc.query().first(), CALLER);
        return new BoardTime(System.nanoTime() - t, page.rows().size(), page.total());
    }

    /** The board's count statement alone. */
    private static long timeCount(Connection con, BoardCase bc) throws SQLException {
        Ideas.BoardStatements sql = Ideas.boardStatements(bc.query(), bc.campaigns(), null);
        long t = System.nanoTime();
        try (PreparedStatement st = con.prepareStatement(sql.countSql())) {
            Ideas.bind(con, st, sql.countParams());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                rs.getLong(1);
            }
        }
        return System.nanoTime() - t;
    }

    /** The page's own select: the same filter, order and page, only the ids, no joins, no count. */
    private static long timeRaw(Connection con, BoardCase bc) throws SQLException {
        Ideas.BoardStatements sql = Ideas.boardStatements(bc.query(), bc.campaigns(), null);
        String raw = "select i.id from idea i" + sql.pageSql().substring(Ideas.CARD_SQL.length());
        long t = System.nanoTime();
        try (PreparedStatement st = con.prepareStatement(raw)) {
            Ideas.bind(con, st, sql.pageParams());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                }
            }
        }
        return System.nanoTime() - t;
    }

    private static void explain(Connection con, BoardCase bc) throws SQLException {
        Ideas.BoardStatements sql = Ideas.boardStatements(bc.query(), bc.campaigns(), null);
        for (String[] s : new String[][] {{"count", sql.countSql()}, {"page", sql.pageSql()}}) {
            try (PreparedStatement st = con.prepareStatement("explain (analyze, buffers) " + s[1])) {
                Ideas.bind(con, st, s[0].equals("count") ? sql.countParams() : sql.pageParams());
                System.out.println("    plan of the " + s[0] + ":");
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        System.out.println("      " + rs.getString(1));
                    }
                }
            }
        }
    }

    private List<String> tagsByUse() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select t, count(*) from idea, unnest(tags) t where campaign_id = "
                        + campaignIds[0] + " group by t order by 2 desc, 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ search

    private void search() throws Exception {
        System.out.println();
        System.out.printf(Locale.ROOT, "search (Hibernate Search on Lucene in Java SE; %s)%n", load());
        long t = System.nanoTime();
        EntityManagerFactory emf = searchFactory();
        System.out.printf(
                Locale.ROOT,
                "  Hibernate ORM and Search started in %.1f s, index in %s%n",
                (System.nanoTime() - t) / 1e9,
                indexDir);
        try {
            index(emf);
            searchQueries(emf);
        } finally {
            emf.close();
        }
    }

    /**
     * The persistence unit as the application declares it (persistence.xml's properties), with the
     * co-creation entities, as a resource-local unit on the bench database.
     */
    private EntityManagerFactory searchFactory() throws Exception {
        Properties props = new Properties();
        try (InputStream in = CocreationBenchmark.class.getResourceAsStream("/META-INF/persistence.xml")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/persistence.xml is not on the class path");
            }
            NodeList nodes = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(in)
                    .getElementsByTagName("property");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                props.setProperty(e.getAttribute("name"), e.getAttribute("value"));
            }
        }
        // the server's JTA platform and data source give way to a resource-local unit on the bench
        // database (a data source, as the application's Flyway integrator asks the unit for one)
        props.remove("hibernate.transaction.jta.platform");
        props.put("jakarta.persistence.nonJtaDataSource", pg);
        props.setProperty("hibernate.search.backend.directory.root", indexDir.toString());
        List<String> entities = entityClasses();
        ClassLoader loader = CocreationBenchmark.class.getClassLoader();
        PersistenceUnitInfo info = (PersistenceUnitInfo) Proxy.newProxyInstance(
                loader, new Class<?>[] {PersistenceUnitInfo.class}, (proxy, m, a) -> switch (m.getName()) {
                    case "getPersistenceUnitName" -> "cocrea-bench";
                    case "getPersistenceProviderClassName" -> HibernatePersistenceProvider.class.getName();
                    case "getTransactionType" -> enumValue(m.getReturnType(), "RESOURCE_LOCAL");
                    case "getSharedCacheMode" -> enumValue(m.getReturnType(), "UNSPECIFIED");
                    case "getValidationMode" -> enumValue(m.getReturnType(), "NONE");
                    case "getManagedClassNames" -> entities;
                    case "getMappingFileNames", "getJarFileUrls", "getQualifierAnnotationNames" -> List.of();
                    case "excludeUnlistedClasses" -> true;
                    case "getProperties" -> props;
                    case "getClassLoader", "getNewTempClassLoader" -> loader;
                    case "getNonJtaDataSource" -> pg;
                    case "getPersistenceXMLSchemaVersion" -> "3.0";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == a[0];
                    case "toString" -> "cocrea-bench persistence unit";
                    default -> null;
                });
        return new HibernatePersistenceProvider().createContainerEntityManagerFactory(info, props);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class<? extends Enum>) type, name);
    }

    /** The entity classes of the co-creation entity package (they reference no others). */
    private static List<String> entityClasses() throws IOException, URISyntaxException {
        URL dir = Idea.class.getResource("");
        if (dir == null || !"file".equals(dir.getProtocol())) {
            throw new IllegalStateException("The entity classes must be a directory (target/classes): " + dir);
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            for (Path f : files.sorted().toList()) {
                String file = f.getFileName().toString();
                if (!file.endsWith(".class") || file.contains("$")) {
                    continue;
                }
                String name = Idea.class.getPackageName() + "." + file.substring(0, file.length() - 6);
                try {
                    if (Class.forName(name).isAnnotationPresent(Entity.class)) {
                        out.add(name);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    /** The application's SearchIndexer with a resource-local transaction per call, as the container gives it. */
    static final class TxIndexer extends SearchIndexer {
        private final EntityManagerFactory emf;

        TxIndexer(EntityManagerFactory emf) {
            this.emf = emf;
        }

        private <T> T inTransaction(Supplier<T> work) {
            em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                T result = work.get();
                em.getTransaction().commit();
                return result;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
                em = null;
            }
        }

        @Override
        public boolean outOfStep() {
            return inTransaction(super::outOfStep);
        }

        @Override
        public void purge() {
            inTransaction(() -> {
                super.purge();
                return null;
            });
        }

        @Override
        public Batch indexBatch(Class<?> type, long afterId, int size) {
            return inTransaction(() -> super.indexBatch(type, afterId, size));
        }
    }

    private void index(EntityManagerFactory emf) throws IOException {
        TxIndexer indexer = new TxIndexer(emf);
        if (dataReused && !Boolean.getBoolean("bench.reindex") && !indexer.outOfStep()) {
            System.out.printf(
                    Locale.ROOT,
                    "  reusing the search index (%,d MB; in step with the database)%n",
                    size(indexDir) >> 20);
            return;
        }
        SearchIndex index = new SearchIndex();
        index.indexer = indexer;
        long t = System.nanoTime();
        long documents = index.rebuild();
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "  index rebuilt by SearchIndex.rebuild (batches of 2,000, one transaction each): %,d documents in"
                        + " %.0f s (%,.0f/s), %,d MB on disk%n",
                documents,
                seconds,
                documents / seconds,
                size(indexDir) >> 20);
        summary.add(String.format(
                Locale.ROOT,
                "search index rebuild (SearchIndex.rebuild): %,d ideas and comments in %.0f s (%,.0f documents/s),"
                        + " %,d MB",
                documents,
                seconds,
                documents / seconds,
                size(indexDir) >> 20));
    }

    private static long size(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    /** The search texts: words from the most frequent to the rarest, combinations, the query syntax. */
    private static List<String> searchTexts() {
        List<String> text = CocreationBenchWords.text();
        int f = CocreationBenchWords.FUNCTION.size();
        List<String> content = text.subList(f, text.size());
        int last = content.size() - 1;
        List<String> w = CocreationBenchWords.sample(content, 0, 3, 10, 30, 60, 100, 180, 280, 400, last);
        List<String> products = CocreationBenchWords.PRODUCTS;
        List<String> out = new ArrayList<>(w);
        out.add(products.get(0));
        out.add(products.get(12));
        out.add(products.get(products.size() - 1));
        out.add(products.get(0) + " 300");
        out.add(w.get(0) + " " + w.get(3));
        out.add(w.get(2) + " " + w.get(5));
        out.add(w.get(4) + " " + w.get(7));
        out.add(w.get(1) + " " + w.get(3) + " " + w.get(5));
        out.add("\"" + CocreationBenchWords.VERBS.get(1) + " " + CocreationBenchWords.NOUNS.get(12) + "\"");
        out.add(w.get(3).substring(0, Math.min(5, w.get(3).length())) + "*");
        out.add(w.get(2) + " -" + w.get(1));
        out.add("cleaned");
        out.add(w.get(0).substring(0, 3) + "x" + w.get(0).substring(3)); // a typo: no match
        return out;
    }

    private void searchQueries(EntityManagerFactory emf) throws SQLException {
        List<String> texts = searchTexts();
        long ideasTotal;
        long commentsTotal;
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement()) {
            ideasTotal = one(st, "select count(*) from idea");
            commentsTotal = one(st, "select count(*) from idea_comment");
        }
        // how much each text matches (the same simple query string as IdeaSearch, without its filters)
        Map<String, long[]> matches = new LinkedHashMap<>();
        EntityManager counting = emf.createEntityManager();
        try {
            SearchSession s = Search.session(counting);
            for (String q : texts) {
                long i = s.search(Idea.class)
                        .where(p -> p.simpleQueryString()
                                .field("title")
                                .field("descriptionText")
                                .matching(q)
                                .defaultOperator(BooleanOperator.AND))
                        .fetchTotalHitCount();
                long c = s.search(IdeaComment.class)
                        .where(p -> p.simpleQueryString()
                                .field("bodyText")
                                .matching(q)
                                .defaultOperator(BooleanOperator.AND))
                        .fetchTotalHitCount();
                matches.put(q, new long[] {i, c});
            }
        } finally {
            counting.close();
        }
        Long c1 = campaignIds[0];
        // the search endpoint: ideaIds(text, campaign, 2 × limit 20)
        List<Object[]> variants = new ArrayList<>();
        for (String q : texts) {
            variants.add(new Object[] {q, null});
            variants.add(new Object[] {q, c1});
        }
        Map<String, List<Long>> perText = new LinkedHashMap<>();
        long[] endpoint = timeSearch(emf, variants, 40, perText);
        System.out.printf(
                Locale.ROOT,
                "  %-34s %9s %11s %9s %9s%n",
                "search text (all campaigns / campaign 1)",
                "ideas %",
                "comments %",
                "p50 ms",
                "p95 ms");
        for (String q : texts) {
            long[] m = matches.get(q);
            long[] t =
                    perText.get(q).stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(
                    Locale.ROOT,
                    "  %-34s %9.3f %11.3f %9.1f %9.1f%n",
                    q,
                    100.0 * m[0] / ideasTotal,
                    100.0 * m[1] / commentsTotal,
                    pct(t, 0.5),
                    pct(t, 0.95));
        }
        printSearch("search endpoint (IdeaSearch.ideaIds, 40 hits), " + texts.size() + " texts × 2", endpoint);

        // the board with a search text: ideaIds(text, campaign, 1000), then the board's statements
        List<Object[]> boardVariants = new ArrayList<>();
        for (String q : texts) {
            boardVariants.add(new Object[] {q, c1});
        }
        long[] hitsTimes = timeSearch(emf, boardVariants, 1000, new LinkedHashMap<>());
        printSearch("board's search (IdeaSearch.ideaIds, up to 1,000 hits), campaign 1", hitsTimes);
        long[] boardText = boardWithText(emf, texts);
        printSearch("board with a search text (ideaIds + count + page, relevance and votes)", boardText);

        // duplicate suggestions: titles being typed, a typo in the longest word
        long[] similar = similarTitles(emf);
        printSearch("duplicate suggestions (IdeaSearch.similarTitles, 5)", similar);
    }

    private void printSearch(String what, long[] sorted) {
        String line = String.format(
                Locale.ROOT,
                "%s: %d calls, p50 %.1f ms, p95 %.1f ms, max %.1f ms",
                what,
                sorted.length,
                pct(sorted, 0.5),
                pct(sorted, 0.95),
                sorted[sorted.length - 1] / 1e6);
        System.out.println("  " + line + " (goal p95 <= 100 ms)");
        summary.add(line);
    }

    /** Times ideaIds over the variants: one warm round, then {@code searchRuns} rounds in shuffled order. */
    private long[] timeSearch(
            EntityManagerFactory emf, List<Object[]> variants, int limit, Map<String, List<Long>> perText) {
        IdeaSearch search = new IdeaSearch();
        List<Long> all = new ArrayList<>();
        List<Object[]> order = new ArrayList<>(variants);
        for (int round = 0; round <= searchRuns; round++) {
            Collections.shuffle(order, new java.util.Random(round));
            for (Object[] v : order) {
                long t = System.nanoTime();
                EntityManager em = emf.createEntityManager();
                try {
                    search.em = em;
                    search.ideaIds((String) v[0], (Long) v[1], limit);
                } finally {
                    em.close();
                }
                long d = System.nanoTime() - t;
                if (round > 0) {
                    all.add(d);
                    perText.computeIfAbsent((String) v[0], k -> new ArrayList<>())
                            .add(d);
                }
            }
        }
        return all.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private long[] boardWithText(EntityManagerFactory emf, List<String> texts) throws SQLException {
        IdeaSearch search = new IdeaSearch();
        List<Long> all = new ArrayList<>();
        try (Connection con = pg.getConnection()) {
            for (int round = 0; round <= searchRuns; round++) {
                for (String q : texts) {
                    for (String sort : List.of("relevance", "votes")) {
                        long t = System.nanoTime();
                        EntityManager em = emf.createEntityManager();
                        List<Long> hits;
                        try {
                            search.em = em;
                            hits = search.ideaIds(q, campaignIds[0], 1000);
                        } finally {
                            em.close();
                        }
                        if (!hits.isEmpty()) {
                            BoardCase bc = new BoardCase(
                                    q,
                                    new BoardQuery(campaignIds[0], q, null, null, null, null, sort, 0, 24),
                                    List.of(campaignIds[0]),
                                    "text");
                            timeBoard(con, bc, hits);
                        }
                        long d = System.nanoTime() - t;
                        if (round > 0) {
                            all.add(d);
                        }
                    }
                }
            }
        }
        return all.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private long[] similarTitles(EntityManagerFactory emf) throws SQLException {
        List<Object[]> typed = new ArrayList<>();
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id, campaign_id, title from idea where not hidden and status in"
                        + " ('ACTIVE', 'IN_REVIEW', 'ON_HOLD') order by md5(id::text) limit 100")) {
            while (rs.next()) {
                typed.add(new Object[] {typing(rs.getString(3), rs.getLong(1)), rs.getLong(2)});
            }
        }
        IdeaSearch search = new IdeaSearch();
        List<Long> all = new ArrayList<>();
        long found = 0;
        for (int round = 0; round <= Math.max(1, searchRuns / 2); round++) {
            for (Object[] t : typed) {
                long s = System.nanoTime();
                EntityManager em = emf.createEntityManager();
                List<Long> ids;
                try {
                    search.em = em;
                    ids = search.similarTitles((String) t[0], (Long) t[1], null, 5);
                } finally {
                    em.close();
                }
                long d = System.nanoTime() - s;
                if (round > 0) {
                    all.add(d);
                    found += ids.size();
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "  duplicate suggestions: e.g. \"%s\"; %.1f suggestions on average%n",
                typed.get(0)[0],
                (double) found / all.size());
        return all.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** A title as someone types it: the first words, with one letter of the longest word changed. */
    private static String typing(String title, long seed) {
        String[] words = title.split(" ");
        int keep = Math.max(2, (int) Math.ceil(words.length * 0.7));
        String[] kept = Arrays.copyOf(words, Math.min(keep, words.length));
        int longest = 0;
        for (int i = 1; i < kept.length; i++) {
            if (kept[i].length() > kept[longest].length()) {
                longest = i;
            }
        }
        String w = kept[longest];
        if (w.length() > 4) {
            int at = 1 + (int) (Math.abs(seed) % (w.length() - 2));
            char ch = w.charAt(at) == 'e' ? 'a' : 'e';
            kept[longest] = w.substring(0, at) + ch + w.substring(at + 1);
        }
        return String.join(" ", kept);
    }

    // ------------------------------------------------------------------ helpers

    private static long one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The machine's load average over the last minute (other work on the machine skews the timings). */
    static String load() {
        try {
            return "load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "load average unknown";
        }
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
    }
}

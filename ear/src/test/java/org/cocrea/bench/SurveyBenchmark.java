package org.cocrea.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocrea.climate.control.SurveyLinks;

/**
 * Climate-survey benchmark against a running Cocrea ({@code ./cocrea run}): 100,000 employees in
 * 2,000 teams, a 40-item instrument, an open round. Prints the answer submission rate over the REST
 * endpoint (concurrent clients, each answer a full 40-item submission) and the results dashboard's
 * server time (the results endpoint, which the dashboard page calls): warm, and after a new answer.
 *
 * <p>Run: {@code ./mvnw -q -pl ear -Pbench test-compile exec:java} with Cocrea running. Settings
 * (system properties): {@code bench.employees} (100000), {@code bench.submissions} (20000, the rest
 * of the answers are bulk-loaded so the dashboard sees 100,000), {@code bench.clients} (16).
 * Reads the database address, the link secret and the HR password from {@code .cocrea/}.
 */
public final class SurveyBenchmark {

    private static final int ITEMS = 40;
    private static final int TEAM_SIZE = 50;

    public static void main(String[] args) throws Exception {
        try {
            run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            Runtime.getRuntime().halt(1);
        }
    }

    private static void run() throws Exception {
        int employees = Integer.getInteger("bench.employees", 100_000);
        int submissions = Integer.getInteger("bench.submissions", 20_000);
        int clients = Integer.getInteger("bench.clients", 16);
        Path home = Path.of(
                System.getProperty("bench.home", Files.isDirectory(Path.of(".cocrea")) ? ".cocrea" : "../.cocrea"));
        Properties secrets = new Properties();
        try (var in = Files.newBufferedReader(home.resolve("secrets.properties"))) {
            secrets.load(in);
        }
        String app = System.getProperty("bench.url", "http://localhost:8080/cocrea/");
        String db = System.getProperty("bench.db", "jdbc:postgresql://localhost:15432/cocrea");
        String keycloak = System.getProperty("bench.keycloak", "http://localhost:8180");
        SurveyLinks links = new SurveyLinks(secrets.getProperty("SURVEY_LINK_SECRET"));

        long roundId;
        List<String> tokens = new ArrayList<>(employees);
        try (Connection c = DriverManager.getConnection(db + "?reWriteBatchedInserts=true", "postgres", "")) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            roundId = generate(c, employees, links, tokens);
            c.commit();
            System.out.printf(
                    "data: %,d employees, %,d teams, %d items, generated in %.1f s%n",
                    employees, employees / TEAM_SIZE, ITEMS, (System.nanoTime() - t0) / 1e9);
        }

        HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(clients))
                .build();
        String[] keys = itemKeys();
        // warm up the endpoint
        for (int i = 0; i < 200; i++) {
            submit(http, app, tokens.get(i), keys, i);
        }
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] latencies = new long[submissions];
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        AtomicInteger next = new AtomicInteger(200);
        for (int w = 0; w < clients; w++) {
            futures.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < 200 + submissions) {
                    long s = System.nanoTime();
                    int status = submit(http, app, tokens.get(i), keys, i);
                    latencies[i - 200] = System.nanoTime() - s;
                    if (status != 204) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        System.out.printf(
                "submissions: %,d over REST with %d clients in %.1f s = %.0f answers/s (goal >= 500); latency p50 %.1f ms,"
                        + " p95 %.1f ms; failed %d%n",
                submissions,
                clients,
                seconds,
                submissions / seconds,
                latencies[submissions / 2] / 1e6,
                latencies[(int) (submissions * 0.95)] / 1e6,
                failures.get());

        int bulk = employees - submissions - 200 - 10; // the last 10 answer during the dashboard measurement
        try (Connection c = DriverManager.getConnection(db, "postgres", "")) {
            long t1 = System.nanoTime();
            bulkAnswers(c, roundId, 200 + submissions, bulk);
            System.out.printf("bulk-loaded %,d more answers in %.1f s%n", bulk, (System.nanoTime() - t1) / 1e9);
        }

        String token = hrToken(http, keycloak, secrets);
        String results = app + "api/v1/survey-rounds/" + roundId + "/results/summary";
        System.out.println("dashboard: measuring " + results);
        long first = time(http, results, token);
        long[] warm = new long[30];
        for (int i = 0; i < warm.length; i++) {
            warm[i] = time(http, results, token);
        }
        Arrays.sort(warm);
        System.out.printf(
                "dashboard (results summary endpoint), %,d answers: first %.0f ms; warm p50 %.1f ms, p95 %.1f ms"
                        + " (goal <= 200 ms)%n",
                employees, first / 1e6, warm[warm.length / 2] / 1e6, warm[(int) (warm.length * 0.95)] / 1e6);
        long[] after = new long[5];
        for (int i = 0; i < after.length; i++) {
            String t = tokens.get(employees - 1 - i);
            if (submit(http, app, t, keys, i) != 204) {
                throw new IllegalStateException("answer refused");
            }
            after[i] = time(http, results, token);
        }
        Arrays.sort(after);
        System.out.printf(
                "dashboard after a new answer: p50 %.0f ms, max %.0f ms (goal <= 1 s)%n",
                after[after.length / 2] / 1e6, after[after.length - 1] / 1e6);
        long[] unit = new long[30];
        String oneUnit = app + "api/v1/survey-rounds/" + roundId + "/results/units/" + firstTeam;
        for (int i = 0; i < unit.length; i++) {
            unit[i] = time(http, oneUnit, token);
        }
        Arrays.sort(unit);
        System.out.printf(
                "one unit's detail (drill-down): p50 %.1f ms, p95 %.1f ms%n",
                unit[unit.length / 2] / 1e6, unit[(int) (unit.length * 0.95)] / 1e6);
        Runtime.getRuntime().halt(0);
    }

    private static long firstTeam;

    private static String[] itemKeys() {
        String[] keys = new String[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            keys[i] = "f" + (i / 5) + "-" + (i % 5);
        }
        return keys;
    }

    private static int submit(HttpClient http, String app, String token, String[] keys, int seed) throws Exception {
        StringBuilder b = new StringBuilder("{\"token\":\"").append(token).append("\",\"answers\":{");
        for (int i = 0; i < keys.length; i++) {
            b.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(keys[i])
                    .append("\":")
                    .append(1 + (seed * 7 + i * 3) % 5);
        }
        b.append("}}");
        HttpResponse<Void> r = http.send(
                HttpRequest.newBuilder(URI.create(app + "api/v1/survey-responses"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(b.toString()))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return r.statusCode();
    }

    private static long time(HttpClient http, String url, String token) throws Exception {
        long s = System.nanoTime();
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("results: " + r.statusCode() + " " + r.body());
        }
        return System.nanoTime() - s;
    }

    private static String hrToken(HttpClient http, String keycloak, Properties secrets) throws Exception {
        String form = "client_id=cocrea-web&grant_type=password&scope=openid&username=hr&client_secret="
                + URLEncoder.encode(secrets.getProperty("OIDC_CLIENT_SECRET"), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(secrets.getProperty("COCREA_DEMO_PASSWORD_HR"), StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(keycloak + "/realms/cocrea/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return jakarta.json.Json.createReader(new StringReader(r.body()))
                .readObject()
                .getString("access_token");
    }

    /** Units, people, a 40-item instrument and an open round with an invitation for everyone. */
    private static long generate(Connection c, int employees, SurveyLinks links, List<String> tokens)
            throws SQLException {
        String tag = "B"
                + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
        try (Statement s = c.createStatement()) {
            long instrument = one(s, "select nextval('instrument_seq')");
            s.execute(
                    "insert into instrument (id, instrument_key, version, construct, respondent, scale_points, name_en,"
                            + " name_zh, built_in, frozen, created_at, created_by) values (" + instrument + ", 'bench-"
                            + tag.toLowerCase()
                            + "', 1, 'INNOVATION_CLIMATE', 'EMPLOYEE', 5, 'Benchmark 40 items', '基准', false,"
                            + " true, now(), 'bench')");
            for (int p = 1; p <= 5; p++) {
                s.execute("insert into instrument_anchor values (" + instrument + ", " + p + ", 'p" + p + "', 'p" + p
                        + "')");
            }
            for (int f = 0; f < ITEMS / 5; f++) {
                long factor = one(s, "select nextval('instrument_factor_seq')");
                s.execute("insert into instrument_factor (id, instrument_id, position, factor_key, name_en, name_zh)"
                        + " values (" + factor + ", " + instrument + ", " + f + ", 'f" + f + "', 'Factor " + f
                        + "', '维度" + f + "')");
                for (int i = 0; i < 5; i++) {
                    s.execute("insert into instrument_item (id, factor_id, position, item_key, text_en, text_zh,"
                            + " reverse_keyed) values (nextval('instrument_item_seq'), " + factor + ", " + i + ", 'f"
                            + f + "-" + i + "', 'Item " + f + "." + i + "', '题" + f + "." + i + "', " + (i == 4) + ")");
                }
            }
            long company = one(s, "select nextval('org_unit_seq')");
            s.execute("insert into org_unit (id, parent_id, code, name, kind) values (" + company + ", null, '" + tag
                    + "', 'Bench company " + tag + "', 'COMPANY')");
            int teams = employees / TEAM_SIZE;
            s.execute("create temp table bench_team as select g as n, nextval('org_unit_seq') as id from"
                    + " generate_series(0, " + (teams - 1) + ") g");
            s.execute("insert into org_unit (id, parent_id, code, name, kind) select id, " + company + ", '" + tag
                    + "-T' || n, 'Team ' || n, 'TEAM' from bench_team");
            firstTeam = one(s, "select id from bench_team where n = 0");
            s.execute("insert into employee (id, external_id, email, display_name, unit_id) select"
                    + " nextval('employee_seq'), '" + tag + "-' || g, 'e' || g || '." + tag.toLowerCase()
                    + "@bench.example', 'Employee ' || g, t.id from generate_series(0, " + (employees - 1) + ") g"
                    + " join bench_team t on t.n = g / " + TEAM_SIZE);
            long round = one(s, "select nextval('survey_round_seq')");
            LocalDate today = LocalDate.now();
            s.execute("insert into survey_round (id, name, instrument_id, opens_on, closes_on, status, threshold,"
                    + " comment_threshold, launched_on, created_at, created_by) values (" + round + ", 'Benchmark "
                    + tag + "', " + instrument + ", '" + today.minusDays(1) + "', '" + today.plusDays(30)
                    + "', 'OPEN', 5, 10, '" + today.minusDays(1) + "', now(), 'bench')");
            s.execute("insert into survey_round_target values (" + round + ", " + company + ")");
            s.execute("insert into survey_round_unit values (" + round + ", " + company + ", null, 'Bench company', "
                    + "'COMPANY', 0)");
            s.execute("insert into survey_round_unit select " + round + ", id, " + company + ", 'Team ' || n, 'TEAM', "
                    + TEAM_SIZE + " from bench_team");
            try (PreparedStatement ps = c.prepareStatement("insert into survey_invitation (id, round_id, employee_id,"
                            + " unit_id, nonce, token_hash, sent_on) values (nextval('survey_invitation_seq'), ?, ?, ?, ?,"
                            + " ?, current_date)");
                    ResultSet rs = c.createStatement()
                            .executeQuery("select id, unit_id from employee where external_id like '" + tag
                                    + "-%' order by id")) {
                int n = 0;
                while (rs.next()) {
                    String nonce = SurveyLinks.newNonce();
                    String token = links.token(nonce);
                    tokens.add(token);
                    ps.setLong(1, round);
                    ps.setLong(2, rs.getLong(1));
                    ps.setLong(3, rs.getLong(2));
                    ps.setString(4, nonce);
                    ps.setString(5, SurveyLinks.hash(token));
                    ps.addBatch();
                    if (++n % 5000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return round;
        }
    }

    /** Answers for invitations {@code from .. from+count-1} (in id order), straight into the tables. */
    private static void bulkAnswers(Connection c, long round, int from, int count) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(
                    "create temp table bench_rest as select employee_id, unit_id from survey_invitation where round_id = "
                            + round + " order by id offset " + from + " limit " + count);
            s.execute("insert into survey_participation select " + round + ", employee_id from bench_rest");
            s.execute("insert into survey_response (id, round_id, unit_id, submitted_on, answers) select"
                    + " gen_random_uuid(), " + round
                    + ", unit_id, current_date, array(select 1 + floor(random() * 5)::int"
                    + " + 0 * b.employee_id from generate_series(1, " + ITEMS + ")) from bench_rest b");
        }
    }

    private static long one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private SurveyBenchmark() {}

    static {
        try {
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}

package org.cocrea.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.cocrea.cocreation.control.DefaultStages;
import org.cocrea.cocreation.control.StageDefinition;

/**
 * The vote endpoint under concurrent clients, against a running Cocrea ({@code ./cocrea run}): 50
 * clients call {@code PUT /api/v1/ideas/{id}/vote} with bearer tokens of their own test users,
 * on random ideas of one campaign (popular ideas more often), deliberately repeating (idea, user)
 * pairs already voted, some of them twice at the same moment. Prints the requests per second and
 * the latency, then counts in the database that the rows of the test users' votes are exactly the
 * distinct (user, idea) pairs that succeeded and that every idea's vote_count equals its rows:
 * "lost: 0, duplicated: 0" or the numbers.
 *
 * <p>Set-up: a campaign (audience everyone) with the default stages and {@code bench.ideas} open
 * ideas is written straight into the application's database (or {@code -Dbench.campaign=CODE}
 * takes the open ideas of an existing campaign); {@code bench.users} test users are created in the
 * realm through Keycloak's admin REST API (the bootstrap admin of the master realm, its password
 * from {@code .cocrea/secrets.properties}), get the realm role {@code bench.role} and sign in with
 * the password grant of the {@code cocrea-web} client; each one calls {@code GET
 * /api/v1/campaigns} once so that Cocrea registers the participant before the load. The users are
 * deleted at the end ({@code -Dbench.keepUsers=true} keeps them); the campaign, ideas and votes
 * stay in the database, under codes and names starting with {@code vb-}.
 *
 * <p>Run with Cocrea running: {@code ./mvnw -B -q -pl ear -Pbench test-compile
 * exec:java@vote-benchmark}. Settings (system properties): {@code bench.url}
 * (http://localhost:8080/cocrea/), {@code bench.keycloak} (http://localhost:8180), {@code
 * bench.realm} (cocrea), {@code bench.db} (jdbc:postgresql://localhost:15432/cocrea), {@code
 * bench.dbUser} (postgres), {@code bench.dbPassword} (empty), {@code bench.home} (.cocrea), {@code
 * bench.kcAdmin} (admin), {@code bench.kcAdminPassword} (from the secrets), {@code bench.clients}
 * (50), {@code bench.users} (200), {@code bench.requests} (20,000 timed votes), {@code
 * bench.warmup} (1,000 votes first, not timed but checked), {@code bench.repeat} (0.2: share of
 * requests that repeat a pair already sent), {@code bench.simultaneous} (0.02: share sent twice at
 * once), {@code bench.ideas} (1,000), {@code bench.threshold} (the campaign's support threshold,
 * 25: ideas that reach it go to review while the votes come in), {@code bench.role} (customer).
 */
public final class VoteBenchmark {

    private static final Duration TOKEN_REFRESH = Duration.ofMinutes(10);

    private final String app;
    private final String keycloak;
    private final String realm;
    private final String db;
    private final String dbUser;
    private final String dbPassword;
    private final Properties secrets = new Properties();
    private final int clients;
    private final int users;
    private final int requests;
    private final int warmup;
    private final double repeat;
    private final double simultaneous;
    private final int ideaCount;
    private final String role;
    private final String tag;
    private final String password;
    private final HttpClient http;

    private String adminToken;
    private long adminTokenAt;

    /** One test user: Keycloak id, user name, current access token and when it was issued. */
    private static final class User {
        final String name;
        volatile String id;
        volatile String token;
        volatile long tokenAt;

        User(String name) {
            this.name = name;
        }
    }

    /** What the clients saw for one (idea, user) pair. */
    private static final class PairState {
        final AtomicInteger ok = new AtomicInteger();
        final AtomicInteger changed = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
    }

    private final List<User> team = new ArrayList<>();
    private final List<Long> ideas = new ArrayList<>();
    private long campaignId;
    private String campaignCode;
    private final Map<String, PairState> pairs = new ConcurrentHashMap<>();
    /** Every pair sent so far, for the repeats. */
    private AtomicReferenceArray<String> sent;

    private final AtomicInteger sentCount = new AtomicInteger();
    private final Map<String, User> byName = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();

    private VoteBenchmark() throws Exception {
        Path home = Path.of(
                System.getProperty("bench.home", Files.isDirectory(Path.of(".cocrea")) ? ".cocrea" : "../.cocrea"));
        try (var in = Files.newBufferedReader(home.resolve("secrets.properties"))) {
            secrets.load(in);
        }
        String url = System.getProperty("bench.url", "http://localhost:8080/cocrea/");
        app = url.endsWith("/") ? url : url + "/";
        keycloak = System.getProperty("bench.keycloak", "http://localhost:8180");
        realm = System.getProperty("bench.realm", "cocrea");
        db = System.getProperty("bench.db", "jdbc:postgresql://localhost:15432/cocrea");
        dbUser = System.getProperty("bench.dbUser", "postgres");
        dbPassword = System.getProperty("bench.dbPassword", "");
        clients = Integer.getInteger("bench.clients", 50);
        users = Integer.getInteger("bench.users", 200);
        requests = Integer.getInteger("bench.requests", 20_000);
        warmup = Integer.getInteger("bench.warmup", 1_000);
        repeat = Double.parseDouble(System.getProperty("bench.repeat", "0.2"));
        simultaneous = Double.parseDouble(System.getProperty("bench.simultaneous", "0.02"));
        ideaCount = Integer.getInteger("bench.ideas", 1_000);
        role = System.getProperty("bench.role", "customer");
        tag = "vb-" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        byte[] pw = new byte[18];
        new SecureRandom().nextBytes(pw);
        password = Base64.getUrlEncoder().withoutPadding().encodeToString(pw);
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(Math.max(8, clients)))
                .build();
    }

    public static void main(String[] args) {
        try {
            new VoteBenchmark().run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            Runtime.getRuntime().halt(1);
        }
        Runtime.getRuntime().halt(0);
    }

    private void run() throws Exception {
        System.out.printf(
                Locale.ROOT,
                "vote benchmark against %s (Keycloak %s, realm %s, database %s): %d clients, %d test users"
                        + " (%s-…), %,d timed votes after %,d warm-up votes, %.0f %% repeats, %.0f %% sent twice at"
                        + " once%n",
                app,
                keycloak,
                realm,
                db,
                clients,
                users,
                tag,
                requests,
                warmup,
                repeat * 100,
                simultaneous * 100);
        try (Connection c = DriverManager.getConnection(db, dbUser, dbPassword)) {
            campaign(c);
        }
        sent = new AtomicReferenceArray<>(2 * (warmup + requests) + 1);
        boolean keep = Boolean.getBoolean("bench.keepUsers");
        try {
            createUsers();
            signIn();
            register();
            load(warmup, false);
            statuses.clear();
            long[] latencies = load(requests, true);
            verify();
            System.out.printf(
                    Locale.ROOT,
                    "latency over %,d timed votes: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    latencies.length,
                    pct(latencies, 0.5),
                    pct(latencies, 0.95),
                    latencies[latencies.length - 1] / 1e6);
        } finally {
            if (!keep) {
                deleteUsers();
            }
        }
    }

    // ------------------------------------------------------------------ data

    /** The campaign and its open ideas: a new one in the database, or the one named by bench.campaign. */
    private void campaign(Connection c) throws SQLException {
        String existing = System.getProperty("bench.campaign");
        if (existing != null && !existing.isBlank()) {
            campaignCode = existing.strip();
            try (PreparedStatement ps = c.prepareStatement("select id from campaign where code = ?")) {
                ps.setString(1, campaignCode);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("There is no campaign " + campaignCode);
                    }
                    campaignId = rs.getLong(1);
                }
            }
        } else {
            create(c);
        }
        try (PreparedStatement ps = c.prepareStatement("select id from idea where campaign_id = ? and not hidden"
                + " and status in ('ACTIVE', 'IN_REVIEW', 'ON_HOLD') order by id")) {
            ps.setLong(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ideas.add(rs.getLong(1));
                }
            }
        }
        if (ideas.isEmpty()) {
            throw new IllegalStateException("The campaign " + campaignCode + " has no open ideas to vote on.");
        }
        System.out.printf(Locale.ROOT, "campaign %s: %,d open ideas%n", campaignCode, ideas.size());
    }

    private void create(Connection c) throws SQLException {
        campaignCode = tag.toUpperCase(Locale.ROOT);
        int threshold = Integer.getInteger("bench.threshold", 25);
        LocalDate today = LocalDate.now();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            campaignId = one(st, "select nextval('cocreation_seq')");
            try (PreparedStatement ps = c.prepareStatement("insert into campaign (id, code, title, problem_html,"
                    + " problem_text, audience, opens_on, closes_on, orientation, anonymous_allowed, support_threshold,"
                    + " support_days, owner, created_at, updated_at, version) values (?, ?, ?, ?, ?, 'PUBLIC', ?, ?,"
                    + " 'BOTH', false, ?, 30, 'manager', now(), now(), 0)")) {
                ps.setLong(1, campaignId);
                ps.setString(2, campaignCode);
                ps.setString(3, "Vote benchmark " + tag);
                ps.setString(4, "<p>Ideas for the vote benchmark.</p>");
                ps.setString(5, "Ideas for the vote benchmark.");
                ps.setObject(6, today.minusDays(1));
                ps.setObject(7, today.plusDays(30));
                ps.setInt(8, threshold);
                ps.executeUpdate();
            }
            List<StageDefinition> stages = DefaultStages.list();
            long firstStage = 0;
            try (PreparedStatement ps = c.prepareStatement("insert into campaign_stage (id, campaign_id, position,"
                    + " code, name, phase, max_days, participation) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < stages.size(); i++) {
                    StageDefinition s = stages.get(i);
                    long id = one(st, "select nextval('cocreation_seq')");
                    if (i == 0) {
                        firstStage = id;
                    }
                    ps.setLong(1, id);
                    ps.setLong(2, campaignId);
                    ps.setInt(3, i + 1);
                    ps.setString(4, s.code());
                    ps.setString(5, s.name());
                    ps.setString(6, s.phase().name());
                    ps.setObject(7, s.maxDays());
                    ps.setBoolean(8, s.participation());
                    ps.executeUpdate();
                }
            }
            st.execute("insert into campaign_criterion (id, campaign_id, position, name, description, weight)"
                    + " values (nextval('cocreation_seq'), " + campaignId + ", 1, 'Customer value', null, 100)");
            // twenty authors (participants only; they never sign in)
            st.execute("insert into participant (username, display_name, email, kind, points, leaderboard_opt_out,"
                    + " email_notifications, created_at) select '" + tag + "-author-' || g, 'Author ' || g, null,"
                    + " 'EMPLOYEE', 0, false, false, now() from generate_series(1, 20) g");
            st.execute("create temp table vb_idea as select nextval('cocreation_seq') as id, g from generate_series(1, "
                    + ideaCount + ") g");
            st.execute("insert into idea (id, campaign_id, title, description_html, description_text, orientation,"
                    + " tags, anonymous, submitter, submitter_kind, stage_id, status, stage_entered_at, submitted_at,"
                    + " updated_at, hidden, vote_count, comment_count, follower_count, version)"
                    + " select id, " + campaignId + ", 'Benchmark idea ' || g, '<p>Idea ' || g"
                    + " || ' of the vote benchmark.</p>', 'Idea ' || g || ' of the vote benchmark.', 'EXPLOITATION',"
                    + " '{}', false, '" + tag + "-author-' || (1 + g % 20), 'EMPLOYEE', " + firstStage
                    + ", 'ACTIVE', now() - interval '1 hour', now() - interval '1 hour', now(), false, 0, 0, 1, 0"
                    + " from vb_idea");
            st.execute("insert into idea_author (idea_id, username, role) select id, '" + tag
                    + "-author-' || (1 + g % 20)," + " 'SUBMITTER' from vb_idea");
            st.execute("insert into idea_follower (idea_id, username, since) select id, '" + tag
                    + "-author-' || (1 + g % 20), now() from vb_idea");
            st.execute("insert into idea_transition (id, idea_id, campaign_id, from_stage, to_stage, from_status,"
                    + " to_status, decision, decided_by, decided_at) select nextval('cocreation_seq'), id, "
                    + campaignId + ", null, " + firstStage + ", null, 'ACTIVE', 'SUBMITTED', '" + tag
                    + "-author-' || (1 + g % 20), now() - interval '1 hour' from vb_idea");
            st.execute("drop table vb_idea");
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    // ------------------------------------------------------------------ Keycloak

    private synchronized String admin() throws Exception {
        if (adminToken == null
                || System.nanoTime() - adminTokenAt > Duration.ofSeconds(40).toNanos()) {
            String pw = System.getProperty(
                    "bench.kcAdminPassword", secrets.getProperty("KEYCLOAK_BOOTSTRAP_ADMIN_PASSWORD"));
            if (pw == null) {
                throw new IllegalStateException("No Keycloak admin password: give -Dbench.kcAdminPassword or"
                        + " KEYCLOAK_BOOTSTRAP_ADMIN_PASSWORD in secrets.properties");
            }
            String form = "grant_type=password&client_id=admin-cli&username="
                    + enc(System.getProperty("bench.kcAdmin", "admin")) + "&password=" + enc(pw);
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Keycloak admin sign-in failed: " + r.statusCode() + " " + r.body());
            }
            adminToken = json(r.body()).getString("access_token");
            adminTokenAt = System.nanoTime();
        }
        return adminToken;
    }

    private HttpResponse<String> adminCall(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/" + realm + path))
                .header("Authorization", "Bearer " + admin())
                .timeout(Duration.ofSeconds(60));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void createUsers() throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> roleRep = adminCall("GET", "/roles/" + enc(role), null);
        if (roleRep.statusCode() != 200) {
            throw new IllegalStateException("The realm has no role " + role + ": " + roleRep.body());
        }
        String roleJson = "[" + roleRep.body() + "]";
        for (int i = 1; i <= users; i++) {
            User u = new User(String.format(Locale.ROOT, "%s-u%04d", tag, i));
            team.add(u);
            byName.put(u.name, u);
        }
        parallel(team, 4, u -> {
            String body = "{\"username\":\"" + u.name + "\",\"enabled\":true,\"email\":\"" + u.name
                    + "@bench.example\",\"emailVerified\":true,\"firstName\":\"Vote\",\"lastName\":\"Bench "
                    + u.name.substring(u.name.lastIndexOf('u') + 1) + "\",\"requiredActions\":[],"
                    + "\"credentials\":[{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}]}";
            HttpResponse<String> r = adminCall("POST", "/users", body);
            if (r.statusCode() != 201) {
                throw new IllegalStateException("Creating " + u.name + " failed: " + r.statusCode() + " " + r.body());
            }
            String location = r.headers().firstValue("Location").orElseThrow();
            u.id = location.substring(location.lastIndexOf('/') + 1);
            HttpResponse<String> m = adminCall("POST", "/users/" + u.id + "/role-mappings/realm", roleJson);
            if (m.statusCode() / 100 != 2) {
                throw new IllegalStateException("Giving " + u.name + " the role " + role + " failed: " + m.body());
            }
        });
        System.out.printf(
                Locale.ROOT,
                "%d test users created in Keycloak (role %s) in %.1f s%n",
                users,
                role,
                (System.nanoTime() - t) / 1e9);
    }

    private void deleteUsers() {
        long t = System.nanoTime();
        AtomicInteger deleted = new AtomicInteger();
        try {
            parallel(team, 4, u -> {
                if (u.id != null && adminCall("DELETE", "/users/" + u.id, null).statusCode() / 100 == 2) {
                    deleted.incrementAndGet();
                }
            });
        } catch (Exception e) {
            System.out.println("could not delete every test user: " + e);
        }
        System.out.printf(
                Locale.ROOT,
                "%d test users deleted from Keycloak in %.1f s%n",
                deleted.get(),
                (System.nanoTime() - t) / 1e9);
    }

    private void signIn() throws Exception {
        long t = System.nanoTime();
        parallel(team, 4, this::token);
        System.out.printf(
                Locale.ROOT, "%d users signed in (password grant) in %.1f s%n", users, (System.nanoTime() - t) / 1e9);
    }

    private String token(User u) throws Exception {
        String form = "grant_type=password&scope=openid&client_id=cocrea-web&client_secret="
                + enc(secrets.getProperty("OIDC_CLIENT_SECRET", "")) + "&username=" + enc(u.name) + "&password="
                + enc(password);
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(keycloak + "/realms/" + realm + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Sign-in of " + u.name + " failed: " + r.statusCode() + " " + r.body());
        }
        u.token = json(r.body()).getString("access_token");
        u.tokenAt = System.nanoTime();
        return u.token;
    }

    private String bearer(User u) throws Exception {
        if (u.token == null || System.nanoTime() - u.tokenAt > TOKEN_REFRESH.toNanos()) {
            synchronized (u) {
                if (u.token == null || System.nanoTime() - u.tokenAt > TOKEN_REFRESH.toNanos()) {
                    token(u);
                }
            }
        }
        return u.token;
    }

    /** Each user once, one at a time per user: Cocrea registers the participant on the first call. */
    private void register() throws Exception {
        long t = System.nanoTime();
        parallel(team, 8, u -> {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(app + "api/v1/campaigns"))
                            .header("Authorization", "Bearer " + bearer(u))
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET campaigns as " + u.name + ": " + r.statusCode() + " " + r.body());
            }
            if (!r.body().contains("\"" + campaignCode + "\"")) {
                throw new IllegalStateException(u.name + " does not see the campaign " + campaignCode
                        + " (its audience and the user's role " + role + " must match)");
            }
        });
        System.out.printf(
                Locale.ROOT,
                "participants registered (GET /api/v1/campaigns each) in %.1f s%n",
                (System.nanoTime() - t) / 1e9);
    }

    // ------------------------------------------------------------------ load

    /**
     * {@code count} votes by the clients; each client has its own users (user i belongs to client i mod
     * clients) and picks an idea at random, popular ones more often; a share of the requests repeats a
     * pair sent before (whichever client sent it), and a share is sent twice at the same moment.
     */
    private long[] load(int count, boolean timed) throws Exception {
        if (count <= 0) {
            return new long[0];
        }
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[count];
        AtomicInteger recorded = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int k = 0; k < clients; k++) {
            int client = k;
            futures.add(pool.submit(() -> {
                SplittableRandom rnd = new SplittableRandom(client * 7919L + (timed ? 1 : 0));
                List<User> mine = new ArrayList<>();
                for (int i = client; i < team.size(); i += clients) {
                    mine.add(team.get(i));
                }
                if (mine.isEmpty()) {
                    mine.add(team.get(client % team.size()));
                }
                while (next.getAndIncrement() < count) {
                    String pair;
                    int known = Math.min(sentCount.get(), sent.length());
                    String earlier = known > 0 && rnd.nextDouble() < repeat ? sent.get(rnd.nextInt(known)) : null;
                    if (earlier != null) {
                        pair = earlier;
                    } else {
                        User u = mine.get(rnd.nextInt(mine.size()));
                        long idea = ideas.get((int) (ideas.size() * Math.pow(rnd.nextDouble(), 2)));
                        pair = idea + " " + u.name;
                    }
                    boolean twice = rnd.nextDouble() < simultaneous;
                    long s = System.nanoTime();
                    List<CompletableFuture<Void>> calls = new ArrayList<>();
                    for (int i = 0; i < (twice ? 2 : 1); i++) {
                        calls.add(vote(pair, failures));
                    }
                    for (CompletableFuture<Void> call : calls) {
                        call.join();
                    }
                    long d = System.nanoTime() - s;
                    int at = recorded.getAndIncrement();
                    latencies[at] = d;
                    // a reader may find the slot still empty and then votes on a new pair instead
                    int slot = sentCount.getAndIncrement();
                    if (slot < sent.length()) {
                        sent.set(slot, pair);
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
        int n = recorded.get();
        long[] out = Arrays.copyOf(latencies, n);
        Arrays.sort(out);
        long calls = statuses.values().stream().mapToLong(AtomicInteger::get).sum();
        System.out.printf(
                Locale.ROOT,
                "%s: %,d votes (%,d requests) with %d clients in %.1f s = %,.0f requests/s; latency p50 %.1f ms, p95 %.1f"
                        + " ms; responses %s; failed %d%n",
                timed ? "timed" : "warm-up",
                n,
                calls,
                clients,
                seconds,
                calls / seconds,
                pct(out, 0.5),
                pct(out, 0.95),
                statuses,
                failures.get());
        if (!errors.isEmpty()) {
            System.out.println("  first errors:");
            errors.stream().limit(5).forEach(e -> System.out.println("    " + e));
        }
        return out;
    }

    private CompletableFuture<Void> vote(String pair, AtomicLong failures) {
        String[] p = pair.split(" ");
        User u = byName.get(p[1]);
        PairState state = pairs.computeIfAbsent(pair, k -> new PairState());
        String token;
        try {
            token = bearer(u);
        } catch (Exception e) {
            state.failed.incrementAndGet();
            failures.incrementAndGet();
            errors.add("token: " + e);
            return CompletableFuture.completedFuture(null);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(app + "api/v1/ideas/" + p[0] + "/vote"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60))
                .PUT(HttpRequest.BodyPublishers.noBody())
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
            if (e != null) {
                state.failed.incrementAndGet();
                failures.incrementAndGet();
                statuses.computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
                errors.add(pair + ": " + e);
                return null;
            }
            statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
            if (r.statusCode() == 200) {
                state.ok.incrementAndGet();
                try {
                    if (json(r.body()).getBoolean("changed")) {
                        state.changed.incrementAndGet();
                    }
                } catch (RuntimeException parse) {
                    errors.add(pair + ": unreadable answer " + r.body());
                }
            } else {
                state.failed.incrementAndGet();
                failures.incrementAndGet();
                errors.add(pair + ": " + r.statusCode() + " " + r.body());
            }
            return null;
        });
    }

    // ------------------------------------------------------------------ check

    /**
     * The rows of the test users' votes against the pairs that succeeded, and every idea's counter of
     * the campaign against its rows.
     */
    private void verify() throws SQLException {
        Set<String> rows = new HashSet<>();
        long ideasOff = 0;
        long counterAbove = 0;
        long counterBelow = 0;
        try (Connection c = DriverManager.getConnection(db, dbUser, dbPassword)) {
            try (PreparedStatement ps = c.prepareStatement("select idea_id, voter from idea_vote where voter like ?")) {
                ps.setString(1, tag + "-u%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getLong(1) + " " + rs.getString(2));
                    }
                }
            }
            try (PreparedStatement ps =
                    c.prepareStatement("select i.vote_count - coalesce(v.n, 0) from idea i left join"
                            + " (select idea_id, count(*) n from idea_vote group by idea_id) v on v.idea_id = i.id"
                            + " where i.campaign_id = ? and i.vote_count <> coalesce(v.n, 0)")) {
                ps.setLong(1, campaignId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ideasOff++;
                        long d = rs.getLong(1);
                        if (d > 0) {
                            counterAbove += d;
                        } else {
                            counterBelow -= d;
                        }
                    }
                }
            }
        }
        long succeeded = 0;
        long missing = 0;
        long insertedTwice = 0;
        long unconfirmed = 0;
        long changedNoRow = 0;
        for (Map.Entry<String, PairState> e : pairs.entrySet()) {
            PairState s = e.getValue();
            boolean row = rows.contains(e.getKey());
            if (s.ok.get() > 0) {
                succeeded++;
                if (!row) {
                    missing++;
                }
            } else if (row) {
                unconfirmed++;
            }
            if (s.changed.get() > 1) {
                insertedTwice += s.changed.get() - 1;
            }
            if (s.changed.get() > 0 && !row) {
                changedNoRow++;
            }
        }
        long repeatedPairs = pairs.values().stream()
                .filter(s -> s.ok.get() + s.failed.get() > 1)
                .count();
        long lost = missing + counterBelow;
        long duplicated = insertedTwice + counterAbove;
        System.out.printf(
                Locale.ROOT,
                "check: %,d distinct (user, idea) pairs sent, %,d of them more than once; %,d succeeded;"
                        + " %,d rows in idea_vote for the test users; %,d rows of pairs whose every request failed;"
                        + " %,d ideas of the campaign whose vote_count differs from its rows%n",
                pairs.size(),
                repeatedPairs,
                succeeded,
                rows.size(),
                unconfirmed,
                ideasOff);
        System.out.printf(
                Locale.ROOT,
                "  succeeded without a row %d, counted below the rows %d, inserted twice (\"changed\" more than once) %d,"
                        + " counted above the rows %d, \"changed\" but no row %d%n",
                missing,
                counterBelow,
                insertedTwice,
                counterAbove,
                changedNoRow);
        System.out.printf(Locale.ROOT, "lost: %d, duplicated: %d%n", lost, duplicated);
    }

    // ------------------------------------------------------------------ helpers

    private interface Work<T> {
        void run(T item) throws Exception;
    }

    private static <T> void parallel(List<T> items, int threads, Work<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    work.run(item);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static JsonObject json(String body) {
        JsonValue v = Json.createReader(new StringReader(body)).readValue();
        if (v instanceof JsonArray) {
            throw new IllegalStateException("expected an object: " + body);
        }
        return v.asJsonObject();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
    }

    static {
        try {
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}

package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocrea.launcher.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Co-creation on a real server through its API: campaigns and ideas with field problems and
 * sanitising, roles enforced by the EJB layer, concurrent votes and gate decisions counted exactly,
 * the support rule, gate evaluation and decisions reaching the submitter, merging duplicates,
 * moderation, attachments. Each test makes its own campaign.
 */
@ExtendWith(ArquillianExtension.class)
class CocreationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final HttpClient HTTP_1_1 =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** The roles that may vote, each a different person. */
    static final List<String> VOTERS = List.of("customer", "employee", "innovation-manager", "admin");

    record Reply(int status, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        List<String> fields() {
            List<String> out = new ArrayList<>();
            for (JsonValue v : json().getJsonArray("errors")) {
                out.add(v.asJsonObject().getString("field"));
            }
            return out;
        }
    }

    @BeforeAll
    static void ready() {
        TestEnvironment.get().awaitKeycloak();
    }

    static final ConcurrentHashMap<String, String> TOKENS = new ConcurrentHashMap<>();

    static String token(String role) {
        return TOKENS.computeIfAbsent(role, r -> KeycloakTokens.accessToken(TestEnvironment.get(), DemoUser.byRole(r)));
    }

    static Reply call(String method, String path, String role, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(
                URI.create(TestEnvironment.get().applicationUrl() + path.replaceFirst("^/", "")));
        if (role != null) {
            b.header("Authorization", "Bearer " + token(role));
        }
        if (body != null) {
            b.header("Content-Type", contentType);
            b.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Reply upload(long idea, String name, byte[] content) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        TestEnvironment.get().applicationUrl() + "api/v1/ideas/" + idea + "/attachments?name=" + name))
                .header("Authorization", "Bearer " + token("employee"))
                .header("Content-Type", "application/pdf")
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build();
        try {
            HttpResponse<String> r = HTTP_1_1.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Reply json(String method, String path, String role, String json) {
        return call(method, path, role, "application/json", json == null ? null : json.getBytes());
    }

    static Reply get(String path, String role) {
        return call("GET", path, role, null, null);
    }

    static String suffix() {
        return Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    /** A public campaign open today with the default stages and scorecard; returns its code. */
    static String campaign(int threshold) {
        String code = "IT-" + suffix();
        LocalDate today = LocalDate.now();
        Reply r = json("POST", "/api/v1/campaigns", "innovation-manager", """
                {"code": "%s", "title": "Quieter homes %s", "problemHtml": "<p>How could our appliances be quieter at night?</p>",
                 "audience": "PUBLIC", "opensOn": "%s", "closesOn": "%s", "orientation": "BOTH",
                 "anonymousAllowed": true, "supportThreshold": %d, "supportDays": 30,
                 "evaluators": ["manager"],
                 "criteria": [{"name": "Customer value", "weight": 60}, {"name": "Feasibility", "weight": 40}],
                 "stages": [
                   {"code": "identification", "name": "Requirement identification", "phase": "IDENTIFICATION", "maxDays": 30},
                   {"code": "interpretation", "name": "Interpretation", "phase": "INTERPRETATION", "maxDays": 30},
                   {"code": "development", "name": "Development", "phase": "DEVELOPMENT", "maxDays": 60, "participation": true},
                   {"code": "validation", "name": "Validation and testing", "phase": "VALIDATION", "maxDays": 45, "participation": true},
                   {"code": "launch", "name": "Launch", "phase": "LAUNCH", "maxDays": 60}]}
                """.formatted(
                        code, code, today.minusDays(1), today.plusDays(30), threshold));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return code;
    }

    static long idea(String campaign, String role, String title) {
        Reply r = json("POST", "/api/v1/campaigns/" + campaign + "/ideas", role, """
                {"title": "%s", "descriptionHtml": "<p>A night programme that keeps the compressor below 30 dB.</p>",
                 "orientation": "EXPLOITATION", "tags": ["Noise", "night"]}
                """.formatted(title));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().getJsonObject("card").getJsonNumber("id").longValue();
    }

    static JsonObject card(long idea, String role) {
        Reply r = get("/api/v1/ideas/" + idea, role);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().getJsonObject("card");
    }

    @Test
    void badCampaignsAndIdeasAreRefusedFieldByFieldAndScriptIsRemoved() {
        LocalDate today = LocalDate.now();
        Reply bad = json("POST", "/api/v1/campaigns", "innovation-manager", """
                {"code": "x", "title": "", "problemHtml": "<script>alert(1)</script>", "audience": "SOMEONE",
                 "opensOn": "%s", "closesOn": "%s", "orientation": "BOTH", "supportThreshold": 0, "supportDays": 30,
                 "evaluators": ["manager"], "criteria": [{"name": "Value", "weight": 0}],
                 "stages": [{"code": "identification", "name": "Requirement identification", "phase": "IDENTIFICATION"},
                            {"code": "launch", "name": "Launch", "phase": "LAUNCH"}]}
                """.formatted(today, today.minusDays(1)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fields())
                .contains(
                        "code",
                        "title",
                        "problemHtml",
                        "audience",
                        "closesOn",
                        "supportThreshold",
                        "criteria[0].weight");

        assertThat(json("POST", "/api/v1/campaigns", "customer", "{}").status()).isEqualTo(403);
        String code = campaign(10);

        Reply badIdea = json("POST", "/api/v1/campaigns/" + code + "/ideas", "customer", """
                {"title": "Hi", "descriptionHtml": "<p>short</p>", "orientation": "SIDEWAYS"}""");
        assertThat(badIdea.status()).isEqualTo(400);
        assertThat(badIdea.fields()).contains("title", "descriptionHtml", "orientation");
        assertThat(json("POST", "/api/v1/campaigns/" + code + "/ideas", "executive", """
                {"title": "Executive idea", "descriptionHtml": "<p>Executives read, they do not submit here.</p>",
                 "orientation": "EXPLORATION"}""")
                        .status())
                .isEqualTo(403);

        Reply ok = json("POST", "/api/v1/campaigns/" + code + "/ideas", "customer", """
                {"title": "Silent night mode", "orientation": "EXPLORATION", "tags": ["Noise", "noise", "night"],
                 "descriptionHtml": "<p onclick=\\"steal()\\">Quiet at night <b>please</b>, the whole flat hears the fridge.<script>alert('x')</script><img src=x onerror=alert(1)><a href=\\"javascript:alert(1)\\">link</a></p>"}
                """);
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        String html = ok.json().getString("descriptionHtml");
        assertThat(html)
                .contains("Quiet", "<b>please</b>")
                .doesNotContain("script", "onerror", "onclick", "javascript:");
        assertThat(ok.json().getJsonObject("card").getJsonArray("tags").size()).isEqualTo(2);

        long id = ok.json().getJsonObject("card").getJsonNumber("id").longValue();
        Reply comment = json(
                "POST",
                "/api/v1/ideas/" + id + "/comments",
                "employee",
                "{\"body\": \"<p>Nice one @customer <script>x()</script></p>\"}");
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        JsonArray comments =
                get("/api/v1/ideas/" + id + "/comments", "customer").array();
        assertThat(comments.getJsonObject(0).getString("bodyHtml"))
                .contains("Nice one", "customer")
                .doesNotContain("script");
        assertThat(get("/api/v1/notifications", "customer").array().stream()
                        .map(v -> v.asJsonObject().getString("kind"))
                        .toList())
                .contains("MENTION");
    }

    @Test
    void concurrentVotesAreCountedExactlyAndTheSupportRuleOpensTheGateOnce() throws Exception {
        String code = campaign(3);
        List<Long> ideas = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ideas.add(idea(code, "employee", "Night programme " + i + " " + suffix()));
        }
        VOTERS.forEach(CocreationIT::token);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger failures = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        // every voter votes on every idea six times over, all at once: one vote each must remain
        for (String voter : VOTERS) {
            for (long idea : ideas) {
                for (int k = 0; k < 6; k++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        Reply r = call("PUT", "/api/v1/ideas/" + idea + "/vote", voter, null, null);
                        if (r.status() != 200) {
                            failures.incrementAndGet();
                        }
                        return null;
                    }));
                }
            }
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(failures).hasValue(0);
        for (long idea : ideas) {
            JsonObject card = card(idea, "innovation-manager");
            assertThat(card.getInt("votes")).as("votes on idea " + idea).isEqualTo(VOTERS.size());
            assertThat(card.getString("status")).isEqualTo("IN_REVIEW");
            JsonArray history =
                    get("/api/v1/ideas/" + idea, "innovation-manager").json().getJsonArray("history");
            assertThat(history.stream()
                            .filter(h -> h.asJsonObject().getString("decision").equals("REVIEW"))
                            .count())
                    .isEqualTo(1);
        }
        // withdrawing twice takes one vote away
        long first = ideas.get(0);
        assertThat(json("DELETE", "/api/v1/ideas/" + first + "/vote", "admin", null)
                        .json()
                        .getInt("votes"))
                .isEqualTo(3);
        assertThat(json("DELETE", "/api/v1/ideas/" + first + "/vote", "admin", null)
                        .json()
                        .getInt("votes"))
                .isEqualTo(3);
        assertThat(card(first, "customer").getInt("votes")).isEqualTo(3);
    }

    @Test
    void concurrentGateDecisionsOneWinsAndTheOtherIsToldTheIdeaChanged() throws Exception {
        String code = campaign(10);
        long idea = idea(code, "customer", "Soft-close dishwasher door " + suffix());
        int version = card(idea, "innovation-manager").getInt("version");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String who = i % 2 == 0 ? "innovation-manager" : "admin";
            results.add(pool.submit(() -> {
                start.await();
                return json("POST", "/api/v1/ideas/" + idea + "/decisions", who, """
                        {"decision": "GO", "rationale": "Clear customer value, move on to interpretation.", "version": %d}
                        """.formatted(version))
                        .status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(Collections.frequency(statuses, 200)).isEqualTo(1);
        assertThat(Collections.frequency(statuses, 409)).isEqualTo(5);
        JsonObject detail = get("/api/v1/ideas/" + idea, "innovation-manager").json();
        assertThat(detail.getJsonObject("card").getString("stageName")).isEqualTo("Interpretation");
        assertThat(detail.getJsonArray("history").stream()
                        .filter(h -> h.asJsonObject().getString("decision").equals("GO"))
                        .count())
                .isEqualTo(1);
        // a stale version is refused naming the field; skipping a stage is not a decision
        Reply stale = json(
                "POST",
                "/api/v1/ideas/" + idea + "/decisions",
                "innovation-manager",
                "{\"decision\": \"KILL\", \"rationale\": \"Too late for this season.\", \"version\": " + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.fields()).containsExactly("version");
        assertThat(stale.json().getString("detail")).contains("changed by someone else");
        Reply noReason = json(
                "POST",
                "/api/v1/ideas/" + idea + "/decisions",
                "innovation-manager",
                "{\"decision\": \"KILL\", \"rationale\": \"no\", \"version\": " + (version + 1) + "}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.fields()).containsExactly("rationale");
        // only the innovation office decides
        assertThat(json(
                                "POST",
                                "/api/v1/ideas/" + idea + "/decisions",
                                "employee",
                                "{\"decision\": \"GO\", \"rationale\": \"I like my colleague's idea.\", \"version\": 1}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theGateIsScoredWithTheScorecardAndTheDecisionReachesTheSubmitter() {
        String code = campaign(10);
        long idea = idea(code, "customer", "Fridge that hums less " + suffix());
        Reply review = json("POST", "/api/v1/ideas/" + idea + "/review", "innovation-manager", null);
        assertThat(review.status()).as(review.body()).isEqualTo(200);
        JsonObject item = get("/api/v1/evaluations", "innovation-manager").array().stream()
                .map(JsonValue::asJsonObject)
                .filter(q -> q.getJsonObject("idea").getJsonNumber("id").longValue() == idea)
                .findFirst()
                .orElseThrow();
        JsonArray criteria = item.getJsonArray("criteria");
        long value = criteria.getJsonObject(0).getJsonNumber("id").longValue();
        long feasibility = criteria.getJsonObject(1).getJsonNumber("id").longValue();
        long assignment = item.getJsonNumber("assignmentId").longValue();
        Reply partial = json(
                "POST",
                "/api/v1/evaluations/" + assignment,
                "innovation-manager",
                "{\"scores\": {\"" + value + "\": 5}}");
        assertThat(partial.status()).isEqualTo(400);
        assertThat(partial.fields()).anyMatch(f -> f.contains(Long.toString(feasibility)));
        assertThat(json(
                                "POST",
                                "/api/v1/evaluations/" + assignment,
                                "innovation-manager",
                                "{\"scores\": {\"" + value + "\": 5, \"" + feasibility
                                        + "\": 3}, \"comment\": \"Doable.\"}")
                        .status())
                .isEqualTo(204);
        JsonObject card = card(idea, "innovation-manager");
        // (5-1)/4*100 = 100 weighted 60, (3-1)/4*100 = 50 weighted 40: 80
        assertThat(card.getJsonNumber("score").doubleValue())
                .isCloseTo(80.0, org.assertj.core.data.Offset.offset(1e-9));
        Reply go = json("POST", "/api/v1/ideas/" + idea + "/decisions", "innovation-manager", """
                {"decision": "GO", "rationale": "Customers asked for this in three workshops.", "version": %d}
                """.formatted(
                        card.getInt("version")));
        assertThat(go.status()).as(go.body()).isEqualTo(200);
        List<JsonObject> mine = get("/api/v1/notifications", "customer").array().stream()
                .map(JsonValue::asJsonObject)
                .filter(n -> n.containsKey("ideaId")
                        && !n.isNull("ideaId")
                        && n.getJsonNumber("ideaId").longValue() == idea)
                .toList();
        assertThat(mine)
                .anyMatch(n -> n.getString("kind").equals("DECISION")
                        && n.getString("message").contains("Customers asked for this in three workshops."));
        assertThat(get("/api/v1/recognition/me", "customer").json().getInt("points"))
                .isGreaterThanOrEqualTo(30);
    }

    @Test
    void mergingKeepsOneVotePerPersonAndTheAuthors() {
        String code = campaign(50);
        long target = idea(code, "customer", "Quiet spin cycle " + suffix());
        long duplicate = idea(code, "employee", "Quieter spin cycle " + suffix());
        for (String v : List.of("customer", "admin")) {
            assertThat(call("PUT", "/api/v1/ideas/" + target + "/vote", v, null, null)
                            .status())
                    .isEqualTo(200);
        }
        for (String v : List.of("admin", "innovation-manager")) {
            assertThat(call("PUT", "/api/v1/ideas/" + duplicate + "/vote", v, null, null)
                            .status())
                    .isEqualTo(200);
        }
        assertThat(json(
                                "POST",
                                "/api/v1/ideas/" + duplicate + "/merge",
                                "employee",
                                "{\"targetId\": " + target + ", \"rationale\": \"Same idea, same words.\"}")
                        .status())
                .isEqualTo(403);
        Reply merged = json(
                "POST",
                "/api/v1/ideas/" + duplicate + "/merge",
                "innovation-manager",
                "{\"targetId\": " + target + ", \"rationale\": \"Both ask for a quieter spin cycle.\"}");
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().getJsonObject("card").getInt("votes")).isEqualTo(3);
        assertThat(merged.json()
                        .getJsonArray("coAuthors")
                        .getValuesAs(JsonValue::toString)
                        .toString())
                .contains("employee");
        assertThat(card(duplicate, "innovation-manager").getString("status")).isEqualTo("MERGED");
        assertThat(call("PUT", "/api/v1/ideas/" + duplicate + "/vote", "customer", null, null)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void confirmedReportsHideTheCommentAndOversizedOrDisguisedFilesAreRefused() {
        String code = campaign(50);
        long idea = idea(code, "employee", "Noise meter in the app " + suffix());
        Reply c = json(
                "POST",
                "/api/v1/ideas/" + idea + "/comments",
                "customer",
                "{\"body\": \"This is rubbish, you idiots.\"}");
        long comment = c.json().getJsonNumber("id").longValue();
        Reply report = json(
                "POST",
                "/api/v1/reports",
                "employee",
                "{\"target\": \"comment\", \"targetId\": " + comment + ", \"reason\": \"Insulting the team.\"}");
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        assertThat(json(
                                "POST",
                                "/api/v1/reports",
                                "employee",
                                "{\"target\": \"comment\", \"targetId\": " + comment
                                        + ", \"reason\": \"Insulting the team.\"}")
                        .status())
                .isEqualTo(409);
        assertThat(get("/api/v1/moderation", "customer").status()).isEqualTo(403);
        JsonObject item = get("/api/v1/moderation", "innovation-manager").array().stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("targetId").longValue() == comment)
                .findFirst()
                .orElseThrow();
        assertThat(json(
                                "POST",
                                "/api/v1/moderation/"
                                        + item.getJsonNumber("reportId").longValue(),
                                "innovation-manager",
                                "{\"confirm\": true, \"note\": \"Please stay respectful.\", \"version\": "
                                        + item.getInt("version") + "}")
                        .status())
                .isEqualTo(204);
        JsonObject shown =
                get("/api/v1/ideas/" + idea + "/comments", "employee").array().getJsonObject(0);
        assertThat(shown.getBoolean("hidden")).isTrue();
        assertThat(shown.getString("bodyHtml")).isEmpty();
        assertThat(card(idea, "employee").getInt("comments")).isZero();

        byte[] exe = new byte[] {'M', 'Z', 0, 1, 2, 3};
        Reply disguised = call(
                "POST", "/api/v1/ideas/" + idea + "/attachments?name=plan.pdf", "employee", "application/pdf", exe);
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.fields()).contains("attachment");
        byte[] big = new byte[11 * 1024 * 1024];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        big[4] = '-';
        // announced too large: refused before the body is sent (the client waits for 100 Continue)
        Reply tooBig = upload(idea, "big.pdf", big);
        assertThat(tooBig.status()).isEqualTo(413);
        byte[] pdf = "%PDF-1.4\n%test\n".getBytes();
        Reply fine = call(
                "POST", "/api/v1/ideas/" + idea + "/attachments?name=plan.pdf", "employee", "application/pdf", pdf);
        assertThat(fine.status()).as(fine.body()).isEqualTo(201);
        assertThat(get("/api/v1/ideas/" + idea, "customer")
                        .json()
                        .getJsonArray("attachments")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void searchFindsIdeasByTheirDiscussionAndSuggestsDuplicatesWhileTyping() {
        String code = campaign(50);
        String word = "zq" + suffix().toLowerCase();
        long idea = idea(code, "employee", "Humidity sensor for the dryer " + suffix());
        json(
                "POST",
                "/api/v1/ideas/" + idea + "/comments",
                "customer",
                "{\"body\": \"We call it the " + word + " trick.\"}");
        JsonArray hits = get("/api/v1/ideas/search?q=" + word, "customer").array();
        assertThat(hits.stream().map(h -> h.asJsonObject().getJsonNumber("id").longValue()))
                .containsExactly(idea);
        JsonArray similar = get(
                        "/api/v1/ideas/similar?campaign=" + code + "&title=humidty%20sensor%20dryer", "customer")
                .array();
        assertThat(similar.stream()
                        .map(h -> h.asJsonObject().getJsonNumber("id").longValue()))
                .contains(idea);
        assertThat(get("/api/v1/ideas/search?q=", "customer").status()).isEqualTo(400);
    }
}

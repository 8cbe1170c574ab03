package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.launcher.DemoUser;
import org.cocrea.launcher.DevEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stakeholder engagement through the API on a real server: imports all or nothing and idempotent,
 * refused activities, roles enforced by the EJB layer, the scoring run, identification and
 * shortlists, experience answers, and the privacy export and erasure. Each test makes its own
 * stakeholders (unique external ids), so tests do not depend on each other or on demo data.
 */
@ExtendWith(ArquillianExtension.class)
class EngagementIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static DevEnvironment env;
    static GreenMail mail;

    record Reply(int status, String contentType, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }
    }

    @BeforeAll
    static void ready() {
        env = TestEnvironment.get();
        env.awaitKeycloak();
        mail = TestEnvironment.mail();
    }

    static String token(String role) {
        return KeycloakTokens.accessToken(TestEnvironment.get(), DemoUser.byRole(role));
    }

    static Reply call(String method, String path, String role, String contentType, String body) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(TestEnvironment.get().applicationUrl() + path));
        if (role != null) {
            b.header("Authorization", "Bearer " + token(role));
        }
        if (body != null) {
            b.header("Content-Type", contentType);
            b.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Reply get(String path, String role) {
        return call("GET", path, role, null, null);
    }

    static Reply postJson(String path, String role, String json) {
        return call("POST", path, role, "application/json", json);
    }

    static Reply postCsv(String path, String role, String csv) {
        return call("POST", path, role, "text/csv", csv);
    }

    static String suffix() {
        return Long.toString(System.nanoTime(), 36);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> fields(Reply problem) {
        List<String> out = new ArrayList<>();
        for (JsonValue v : problem.json().getJsonArray("errors")) {
            out.add(v.asJsonObject().getString("field"));
        }
        return out;
    }

    /** Imports stakeholders C-&lt;suffix&gt;-1..n (customers, consent to both) and returns their ids. */
    static List<Long> stakeholders(String suffix, int n, String segment) {
        StringBuilder csv = new StringBuilder(
                "external_id,kind,display_name,email,segment,region,consent_contact,consent_analysis,tags\n");
        for (int i = 1; i <= n; i++) {
            csv.append("C-")
                    .append(suffix)
                    .append('-')
                    .append(i)
                    .append(",customer,Customer ")
                    .append(i)
                    .append(' ')
                    .append(suffix)
                    .append(",c")
                    .append(i)
                    .append('.')
                    .append(suffix)
                    .append("@it.example,")
                    .append(segment)
                    .append(",North,yes,yes,panel;it\n");
        }
        Reply r = postCsv("api/v1/stakeholders/import?commit=true", "innovation-manager", csv.toString());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().getInt("created")).isEqualTo(n);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            JsonObject page = get("api/v1/stakeholders?text=" + enc("C-" + suffix + "-" + i), "innovation-manager")
                    .json();
            ids.add(page.getJsonArray("rows")
                    .getJsonObject(0)
                    .getJsonNumber("id")
                    .longValue());
        }
        return ids;
    }

    static String activity(String externalId, String type, Instant at) {
        return "{\"stakeholderId\":\"" + externalId + "\",\"type\":\"" + type + "\",\"timestamp\":\"" + at
                + "\",\"channel\":\"web\"}";
    }

    @Test
    void anImportWithOneBadRowCommitsNothingListsEveryBadRowAndTheSameFileTwiceChangesNothing() {
        String s = suffix();
        String bad = "external_id,kind,display_name,email,relationship_since\n"
                + "X-" + s + "-1,customer,Ada " + s + ",ada@it.example,2020-01-01\n"
                + "X-" + s + "-2,reseller,Bob " + s + ",bob@it.example,2020-01-01\n"
                + "X-" + s + "-3,partner,Cy " + s + ",not-an-address,2999-01-01\n";

        Reply refused = postCsv("api/v1/stakeholders/import?commit=true", "innovation-manager", bad);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused)).containsExactly("line 3: kind", "line 4: email", "line 4: relationship_since");
        assertThat(get("api/v1/stakeholders?text=" + enc("Ada " + s), "innovation-manager")
                        .json()
                        .getInt("total"))
                .isZero();

        String good = bad.replace("reseller", "supplier")
                .replace("not-an-address", "cy@it.example")
                .replace("2999", "2019");
        Reply preview = postCsv("api/v1/stakeholders/import", "innovation-manager", good);
        assertThat(preview.json().getInt("created")).isEqualTo(3);
        assertThat(preview.json().getBoolean("committed")).isFalse();

        Reply first = postCsv("api/v1/stakeholders/import?commit=true", "innovation-manager", good);
        Reply second = postCsv("api/v1/stakeholders/import?commit=true", "innovation-manager", good);

        assertThat(first.json().getInt("created")).isEqualTo(3);
        assertThat(second.json().getInt("created")).isZero();
        assertThat(second.json().getInt("updated")).isZero();
        assertThat(second.json().getInt("unchanged")).isEqualTo(3);

        Reply changed = postCsv(
                "api/v1/stakeholders/import?commit=true", "innovation-manager", good.replace("Ada ", "Ada B. "));
        assertThat(changed.json().getInt("updated")).isEqualTo(1);
        assertThat(changed.json().getInt("unchanged")).isEqualTo(2);
    }

    @Test
    void aSingleStakeholderIsCheckedFieldByFieldAndEditedWithItsVersion() {
        String s = suffix();
        Reply refused = postJson(
                "api/v1/stakeholders",
                "innovation-manager",
                "{\"external_id\":\"S-" + s + "\",\"kind\":\"customer\",\"display_name\":\"\",\"email\":\"x@\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("display_name");

        Reply created = postJson(
                "api/v1/stakeholders",
                "innovation-manager",
                "{\"external_id\":\"S-" + s + "\",\"kind\":\"partner\",\"display_name\":\"Solo " + s
                        + "\",\"segment\":\"Retail\",\"consent_contact\":true,\"tags\":[\"a\",\"b\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(created.json().getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("a", "b");

        Reply duplicate = postJson(
                "api/v1/stakeholders",
                "innovation-manager",
                "{\"external_id\":\"S-" + s + "\",\"kind\":\"partner\",\"display_name\":\"Again\"}");
        assertThat(duplicate.status()).isEqualTo(409);

        String update = "{\"external_id\":\"S-" + s + "\",\"kind\":\"partner\",\"display_name\":\"Solo Renamed\"}";
        Reply stale = call(
                "PUT", "api/v1/stakeholders/" + id + "?version=99", "innovation-manager", "application/json", update);
        assertThat(stale.status()).isEqualTo(409);
        Reply ok = call(
                "PUT", "api/v1/stakeholders/" + id + "?version=0", "innovation-manager", "application/json", update);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().getString("displayName")).isEqualTo("Solo Renamed");
    }

    @Test
    void unknownActivityTypesFutureTimestampsAndUnknownStakeholdersAreRefusedAndNothingIsRecorded() {
        String s = suffix();
        long id = stakeholders(s, 1, "Refusals").get(0);
        Instant now = Instant.now();
        String batch = "{\"activities\":[" + activity("C-" + s + "-1", "comment", now.minusSeconds(60)) + ","
                + activity("C-" + s + "-1", "teleport", now.minusSeconds(60)) + ","
                + activity("C-" + s + "-1", "vote", now.plus(2, ChronoUnit.DAYS)) + ","
                + activity("C-nobody-" + s, "vote", now.minusSeconds(60)) + "]}";

        Reply r = postJson("api/v1/engagement/activities/batch", "innovation-manager", batch);

        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r))
                .containsExactlyInAnyOrder(
                        "activities[1].type", "activities[2].timestamp", "activities[3].stakeholderId");
        assertThat(get("api/v1/stakeholders/" + id + "/activities", "innovation-manager")
                        .json()
                        .getInt("total"))
                .isZero();

        Reply single = postJson(
                "api/v1/engagement/activities", "innovation-manager", activity("C-" + s + "-1", "comment", now));
        assertThat(single.status()).isEqualTo(201);
        assertThat(get("api/v1/stakeholders/" + id + "/activities", "innovation-manager")
                        .json()
                        .getInt("total"))
                .isEqualTo(1);
    }

    @Test
    void rolesAreEnforcedByTheEjbLayer() {
        assertThat(get("api/v1/stakeholders", "employee").status()).isEqualTo(403);
        assertThat(get("api/v1/stakeholders", "executive").status()).isEqualTo(403);
        assertThat(get("api/v1/stakeholders", "customer").status()).isEqualTo(403);
        assertThat(postJson("api/v1/engagement/runs", "hr-analyst", "{}").status())
                .isEqualTo(403);
        assertThat(postJson("api/v1/engagement/identification", "executive", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(get("api/v1/engagement/overview", "executive").status()).isEqualTo(200);
        assertThat(get("api/v1/stakeholders", null).status()).isEqualTo(401);

        Reply me = get("api/v1/stakeholders/me", "customer");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().getJsonObject("detail").getString("username")).isEqualTo("customer");
    }

    @Test
    void scoringRanksTheActiveAndAbleFirstAndAShortlistIsInvitedByMail() throws Exception {
        String s = suffix();
        List<Long> ids = stakeholders(s, 3, "Seg-" + s);
        Instant now = Instant.now().minusSeconds(120);
        StringBuilder batch = new StringBuilder("{\"activities\":[");
        String[] busy = {"idea_submitted", "comment", "vote", "review_given", "event_attended", "test_participation"};
        for (int day = 0; day < 30; day++) {
            for (String type : busy) {
                batch.append(activity("C-" + s + "-1", type, now.minus(day, ChronoUnit.DAYS)))
                        .append(',');
            }
        }
        batch.append(activity("C-" + s + "-2", "visit", now.minus(40, ChronoUnit.DAYS)));
        batch.append("]}");
        assertThat(postJson("api/v1/engagement/activities/batch", "innovation-manager", batch.toString())
                        .status())
                .isEqualTo(201);
        String outcomes = "{\"outcomes\":[{\"stakeholderId\":\"C-" + s + "-1\",\"kind\":\"idea_accepted\","
                + "\"timestamp\":\"" + now + "\"},{\"stakeholderId\":\"C-" + s + "-1\",\"kind\":\"idea_vote_received\","
                + "\"timestamp\":\"" + now + "\"},{\"stakeholderId\":\"C-" + s + "-1\",\"kind\":\"nonsense\","
                + "\"timestamp\":\"" + now + "\"}]}";
        Reply badOutcomes = postJson("api/v1/engagement/outcomes", "innovation-manager", outcomes);
        assertThat(fields(badOutcomes)).containsExactly("outcomes[2].kind");
        assertThat(postJson(
                                "api/v1/engagement/outcomes",
                                "innovation-manager",
                                outcomes.replace(
                                        ",{\"stakeholderId\":\"C-" + s + "-1\",\"kind\":\"nonsense\","
                                                + "\"timestamp\":\"" + now + "\"}",
                                        ""))
                        .status())
                .isEqualTo(201);

        Reply run = postJson("api/v1/engagement/runs", "innovation-manager", "{}");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().getString("status")).isEqualTo("DONE");

        JsonObject busyProfile = get("api/v1/stakeholders/" + ids.get(0) + "/profile", "innovation-manager")
                .json();
        JsonObject quietProfile = get("api/v1/stakeholders/" + ids.get(1) + "/profile", "innovation-manager")
                .json();
        double busyIndex =
                busyProfile.getJsonObject("detail").getJsonNumber("engagement").doubleValue();
        double quietIndex =
                quietProfile.getJsonObject("detail").getJsonNumber("engagement").doubleValue();
        assertThat(busyIndex).isGreaterThan(50).isGreaterThan(quietIndex);
        assertThat(quietIndex).isGreaterThan(0);
        assertThat(busyProfile.getJsonNumber("engagement").doubleValue()).isCloseTo(busyIndex, within(0.01));
        assertThat(busyProfile.getJsonArray("engagementTrend")).hasSize(53);
        assertThat(busyProfile.getInt("activities")).isEqualTo(180);
        JsonObject innovation = busyProfile.getJsonArray("abilities").getJsonObject(0);
        assertThat(innovation.getString("ability")).isEqualTo("innovation");
        assertThat(innovation.getJsonNumber("resultRaw").doubleValue()).isEqualTo(1.0);
        assertThat(innovation.getJsonNumber("score").doubleValue()).isGreaterThan(0);

        Reply ranked = postJson(
                "api/v1/engagement/identification",
                "innovation-manager",
                "{\"segments\":[\"Seg-" + s + "\"],\"limit\":10}");
        assertThat(ranked.status()).as(ranked.body()).isEqualTo(200);
        JsonObject result = ranked.json();
        assertThat(result.getInt("considered")).isGreaterThanOrEqualTo(3);
        assertThat(result.getInt("matching")).isEqualTo(3);
        JsonObject top = result.getJsonArray("ranked").getJsonObject(0);
        assertThat(top.getJsonNumber("id").longValue()).isEqualTo(ids.get(0));
        assertThat(top.getJsonObject("candidate").getString("explanation"))
                .startsWith("Rank 1 of 3 matching stakeholders");

        Reply saved = postJson(
                "api/v1/engagement/shortlists",
                "innovation-manager",
                "{\"name\":\"Panel " + s + "\",\"campaign\":\"Oven test " + s + "\",\"criteria\":{\"segments\":[\"Seg-"
                        + s + "\"]},\"members\":[" + ids.get(0) + "," + ids.get(1) + "]}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        long shortlist = saved.json().getJsonNumber("id").longValue();
        int before = mail.getReceivedMessages().length;
        Reply invited = postJson("api/v1/engagement/shortlists/" + shortlist + "/invite", "innovation-manager", "{}");
        assertThat(invited.json().getInt("invited")).isEqualTo(2);
        assertThat(mail.waitForIncomingEmail(10_000, before + 2)).isTrue();
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            subjects.add(m.getSubject());
        }
        assertThat(subjects).contains("Invitation: Oven test " + s);
        assertThat(postJson("api/v1/engagement/shortlists/" + shortlist + "/invite", "innovation-manager", "{}")
                        .json()
                        .getInt("invited"))
                .as("nobody is invited twice")
                .isZero();
    }

    @Test
    void activitiesRecordedBetweenRunsGiveTheSameScoresAsARebuildFromTheDailyTotals() {
        String s = suffix();
        List<Long> ids = stakeholders(s, 2, "Rebuild-" + s);
        Instant now = Instant.now().minusSeconds(60);
        assertThat(postJson("api/v1/engagement/runs", "innovation-manager", "{}")
                        .status())
                .isEqualTo(200);
        StringBuilder batch = new StringBuilder("{\"activities\":[");
        for (int day = 0; day < 120; day += 3) {
            batch.append(activity("C-" + s + "-1", day % 2 == 0 ? "comment" : "vote", now.minus(day, ChronoUnit.DAYS)))
                    .append(',');
        }
        batch.append(activity("C-" + s + "-2", "complaint", now.minus(100, ChronoUnit.DAYS)))
                .append("]}");
        assertThat(postJson("api/v1/engagement/activities/batch", "innovation-manager", batch.toString())
                        .status())
                .isEqualTo(201);
        postJson("api/v1/engagement/runs", "innovation-manager", "{}");
        double incremental1 = engagement(ids.get(0));
        double incremental2 = engagement(ids.get(1));

        String settings =
                get("api/v1/engagement/settings", "innovation-manager").body();
        try {
            // another window length forces a rebuild from the daily totals; going back rebuilds again
            call(
                    "PUT",
                    "api/v1/engagement/settings",
                    "innovation-manager",
                    "application/json",
                    settings.replace("\"windowDays\":90", "\"windowDays\":91"));
            postJson("api/v1/engagement/runs", "innovation-manager", "{}");
            call("PUT", "api/v1/engagement/settings", "innovation-manager", "application/json", settings);
            postJson("api/v1/engagement/runs", "innovation-manager", "{}");
        } finally {
            call("PUT", "api/v1/engagement/settings", "innovation-manager", "application/json", settings);
        }

        assertThat(incremental1).isGreaterThan(0);
        assertThat(engagement(ids.get(0))).isCloseTo(incremental1, within(1e-9));
        assertThat(engagement(ids.get(1))).isCloseTo(incremental2, within(1e-9));
    }

    static double engagement(long id) {
        return get("api/v1/stakeholders/" + id, "innovation-manager")
                .json()
                .getJsonNumber("engagement")
                .doubleValue();
    }

    static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }

    @Test
    void badSettingsAreRefusedNamingTheProblem() {
        Reply r = call(
                "PUT", "api/v1/engagement/settings", "innovation-manager", "application/json", "{\"windowDays\":0}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().getString("detail")).contains("windowDays");
    }

    @Test
    void aStakeholderAnswersTheExperienceQuestionsOnceThroughItsLink() throws Exception {
        String s = suffix();
        long id = stakeholders(s, 1, "Experience").get(0);
        int before = mail.getReceivedMessages().length;
        Reply requested = postJson(
                "api/v1/stakeholders/" + id + "/experience-requests",
                "innovation-manager",
                "{\"context\":\"Oven test panel " + s + "\"}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(200);
        String link = requested.json().getString("link");
        assertThat(mail.waitForIncomingEmail(10_000, before + 1)).isTrue();
        String body = GreenMailUtil.getBody(mail.getReceivedMessages()[mail.getReceivedMessages().length - 1]);
        assertThat(body.replace("=\r\n", "").replace("=3D", "=")).contains(link);
        Matcher m = Pattern.compile("t=([A-Za-z0-9_-]+)").matcher(link);
        assertThat(m.find()).isTrue();
        String t = m.group(1);

        Reply incomplete = postJson("api/v1/engagement/experience?t=" + t, null, "{\"functional-1\":6}");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(fields(incomplete)).hasSize(11).contains("social-3", "engagement-1");

        StringBuilder all = new StringBuilder("{");
        for (String f : List.of("functional", "emotional", "social", "engagement")) {
            for (int i = 1; i <= 3; i++) {
                all.append('"')
                        .append(f)
                        .append('-')
                        .append(i)
                        .append("\":")
                        .append(f.equals("social") ? 4 : 7)
                        .append(',');
            }
        }
        all.setLength(all.length() - 1);
        all.append('}');
        Reply answered = postJson("api/v1/engagement/experience?t=" + t, null, all.toString());
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().getJsonNumber("functional").doubleValue()).isEqualTo(100.0);
        assertThat(answered.json().getJsonNumber("social").doubleValue()).isEqualTo(50.0);
        assertThat(postJson("api/v1/engagement/experience?t=" + t, null, all.toString())
                        .status())
                .isEqualTo(409);

        JsonObject profile = get("api/v1/stakeholders/" + id + "/profile", "innovation-manager")
                .json();
        assertThat(profile.getJsonArray("experiences")).hasSize(1);
        assertThat(profile.getJsonObject("detail").getJsonNumber("surveyMean").doubleValue())
                .isEqualTo(7.0);
        assertThat(profile.getInt("activities"))
                .as("answering counts as survey_answered")
                .isEqualTo(1);
    }

    @Test
    void thePrivacyExportHoldsEverythingAndErasureRemovesThePersonButKeepsTheCounts() {
        String s = suffix();
        long id = stakeholders(s, 1, "Privacy-" + s).get(0);
        Instant now = Instant.now().minusSeconds(30);
        postJson("api/v1/engagement/activities", "innovation-manager", activity("C-" + s + "-1", "complaint", now));
        Reply incident = postJson(
                "api/v1/stakeholders/" + id + "/incidents",
                "innovation-manager",
                "{\"type\":\"conflict\",\"severity\":3,\"occurredOn\":\""
                        + java.time.LocalDate.now().minusDays(1) + "\",\"description\":\"Shouted at the moderator " + s
                        + "\"}");
        assertThat(incident.status()).as(incident.body()).isEqualTo(201);
        assertThat(get("api/v1/stakeholders/" + id, "innovation-manager")
                        .json()
                        .getJsonNumber("risk")
                        .doubleValue())
                .isGreaterThan(0);

        Reply export = get("api/v1/stakeholders/" + id + "/privacy-export", "innovation-manager");
        assertThat(export.status()).isEqualTo(200);
        JsonObject data = export.json();
        assertThat(data.getJsonObject("profile").getString("email")).isEqualTo("c1." + s + "@it.example");
        assertThat(data.getJsonArray("activities")).hasSize(1);
        assertThat(data.getJsonArray("incidents").getJsonObject(0).getString("description"))
                .contains(s);

        Reply erased = postJson("api/v1/stakeholders/" + id + "/erase", "innovation-manager", "{}");
        assertThat(erased.status()).isEqualTo(200);
        JsonObject after = erased.json();
        assertThat(after.getString("displayName")).isEqualTo("Erased stakeholder");
        assertThat(after.containsKey("email")).isFalse();
        assertThat(after.getString("externalId")).startsWith("erased-");
        assertThat(after.getString("segment")).isEqualTo("Privacy-" + s);
        assertThat(get("api/v1/stakeholders/" + id + "/activities", "innovation-manager")
                        .json()
                        .getInt("total"))
                .as("activity counts stay")
                .isEqualTo(1);
        JsonObject again = get("api/v1/stakeholders/" + id + "/privacy-export", "innovation-manager")
                .json();
        assertThat(again.toString()).doesNotContain("c1." + s).doesNotContain("Shouted");
        JsonArray audit = get("api/v1/admin/audit?limit=50", "admin").array();
        assertThat(audit.toString()).contains("stakeholder.erase").contains("stakeholder.privacy-export");
    }
}

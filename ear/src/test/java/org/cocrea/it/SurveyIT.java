package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * Survey rounds end to end from outside: HR launches a round over the API, the invitations arrive
 * at a real SMTP server, respondents answer with the links from the mails; bad answers, a second
 * answer and a closed round are refused; and the database itself holds nothing that joins an answer
 * to a person. Each test builds its own small organisation.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyIT {

    private static final Pattern LINK = Pattern.compile("answer\\.xhtml\\?t=([A-Za-z0-9_-]+)");
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static DevEnvironment env;
    static GreenMail mail;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void ready() {
        env = TestEnvironment.get();
        mail = TestEnvironment.mail();
        env.awaitKeycloak();
    }

    record Reply(int status, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }
    }

    /** A small organisation: one company with two teams of {@code sizeA} and {@code sizeB} people. */
    record Org(long companyId, String suffix, List<String> emails) {}

    @Test
    void invitationsArriveAndAnswersAreCheckedStoredOnceAndRefusedAfterClosing() throws Exception {
        Org org = organisation(6, 3);
        long round = launchedRound(org, "Climate check " + org.suffix());
        Map<String, String> tokens = tokensFromMail(org, 9);
        assertThat(tokens).hasSize(9);
        String first = tokens.get(org.emails().get(0));

        Reply incomplete = answer(first, answersMap(4, "vision-1"), null);
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("answers.vision-1");
        assertThat(incomplete.json().getString("detail")).contains("item 1 of \"Shared vision\"");

        Map<String, Integer> outOfRange = answersMap(4, null);
        outOfRange.put("task-2", 6);
        Reply range = answer(first, outOfRange, null);
        assertThat(range.status()).isEqualTo(400);
        assertThat(range.json().getString("detail")).contains("between 1 and 5, not 6");

        assertThat(answer(first, answersMap(4, null), "More time for ideas, please.")
                        .status())
                .isEqualTo(204);
        Reply again = answer(first, answersMap(2, null), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("detail")).isEqualTo("Answers have already been given with this link.");

        Reply rates = get("api/v1/survey-rounds/" + round + "/response-rates", hr());
        JsonObject company = rates.array().getJsonObject(0);
        assertThat(company.getInt("invited")).isEqualTo(9);
        assertThat(company.getInt("answered")).isEqualTo(1);

        // a reminder goes to the 8 who have not answered, not to the one who has
        int before = mail.getReceivedMessages().length;
        Reply reminded = post("api/v1/survey-rounds/" + round + "/reminders", hr(), "");
        assertThat(reminded.json().getInt("sent")).isEqualTo(8);
        assertThat(mail.waitForIncomingEmail(10_000, before + 8)).isTrue();
        List<String> remindedTo = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (m.getSubject().startsWith("Reminder: Climate check " + org.suffix())) {
                remindedTo.add(m.getAllRecipients()[0].toString());
            }
        }
        assertThat(remindedTo).hasSize(8).doesNotContain(org.emails().get(0));

        Reply summary = get("api/v1/survey-rounds/" + round, hr());
        Reply closed = post(
                "api/v1/survey-rounds/" + round + "/close?version="
                        + summary.json().getInt("version"),
                hr(),
                "");
        assertThat(closed.status()).isEqualTo(200);
        Reply late = answer(tokens.get(org.emails().get(1)), answersMap(3, null), null);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().getString("detail")).contains("closed on " + LocalDate.now());
    }

    @Test
    void theDatabaseCannotJoinAnAnswerToAPerson() throws Exception {
        Org org = organisation(5, 0);
        long round = launchedRound(org, "Anonymity " + org.suffix());
        Map<String, String> tokens = tokensFromMail(org, 5);
        for (String token : tokens.values()) {
            assertThat(answer(token, answersMap(3, null), null).status()).isEqualTo(204);
        }
        try (Connection c = DriverManager.getConnection(
                        env.database().url(),
                        env.database().user(),
                        env.database().password());
                Statement s = c.createStatement()) {
            // the answer table has these columns and no other: no person, invitation, user or time of day
            Map<String, String> columns = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("select column_name, data_type from information_schema.columns"
                    + " where table_name = 'survey_response' order by ordinal_position")) {
                while (rs.next()) {
                    columns.put(rs.getString(1), rs.getString(2));
                }
            }
            assertThat(columns)
                    .containsExactly(
                            Map.entry("id", "uuid"),
                            Map.entry("round_id", "bigint"),
                            Map.entry("unit_id", "bigint"),
                            Map.entry("submitted_on", "date"),
                            Map.entry("answers", "ARRAY"),
                            Map.entry("comment", "text"));
            // its only foreign key is the round
            assertThat(referencedTables(s, "survey_response")).containsExactly("survey_round");
            // the participation record says who answered, and nothing else: no time, no link to answers
            Map<String, String> participation = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("select column_name, data_type from information_schema.columns"
                    + " where table_name = 'survey_participation' order by ordinal_position")) {
                while (rs.next()) {
                    participation.put(rs.getString(1), rs.getString(2));
                }
            }
            assertThat(participation).containsOnlyKeys("round_id", "employee_id");
            // no table refers to an answer
            assertThat(tablesReferencing(s, "survey_response")).isEmpty();

            // the keys are random: sorting answers by key tells nothing about the order they came in
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select id from survey_response where round_id = " + round)) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    assertThat(id.version()).isEqualTo(4);
                    ids.add(id);
                }
            }
            assertThat(ids).hasSize(5);
            // joining the two tables on everything they share gives every pairing: 5 people x 5 answers
            try (ResultSet rs = s.executeQuery("select count(*) from survey_response r join survey_participation p"
                    + " on p.round_id = r.round_id where r.round_id = " + round)) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(25);
            }
            // drafts are gone once answers are in, and the audit log has no trace of who answered
            try (ResultSet rs = s.executeQuery("select count(*) from survey_draft d join survey_invitation i"
                    + " on i.id = d.invitation_id where i.round_id = " + round)) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
            try (ResultSet rs = s.executeQuery(
                    "select count(*) from audit_entry where action like '%answer%' or action like '%response%'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    @Test
    void resultsAppearOnlyOnceTheThresholdIsReachedAndExportsFollowTheSameRules() throws Exception {
        Org org = organisation(6, 0);
        long round = launchedRound(org, "Threshold " + org.suffix());
        List<String> tokens = new ArrayList<>(tokensFromMail(org, 6).values());
        for (int i = 0; i < 4; i++) {
            assertThat(answer(tokens.get(i), answersMap(2 + i % 3, null), null).status())
                    .isEqualTo(204);
        }
        JsonObject hidden =
                get("api/v1/survey-rounds/" + round + "/results", hr()).json();
        assertThat(hidden.getJsonObject("organisation").getString("status")).isNotEqualTo("SHOWN");
        assertThat(hidden.getJsonObject("organisation").get("result")).isIn(null, JsonValue.NULL);
        assertThat(hidden.toString()).doesNotContain("\"respondents\"");
        assertThat(getBytes("api/v1/survey-rounds/" + round + "/report.pdf", hr())
                        .statusCode())
                .isEqualTo(409);

        assertThat(answer(tokens.get(4), answersMap(4, null), null).status()).isEqualTo(204);
        JsonObject shown =
                get("api/v1/survey-rounds/" + round + "/results", hr()).json();
        JsonObject result = shown.getJsonObject("organisation").getJsonObject("result");
        assertThat(result.getInt("respondents")).isEqualTo(5);
        // answers 2,3,4,2 and 4 on every item: the mean of the shared-vision factor is 3.0 (one item is reverse-keyed)
        assertThat(result.getJsonArray("factors").getJsonObject(0).getString("factorKey"))
                .isEqualTo("vision");

        HttpResponse<byte[]> pdf = getBytes("api/v1/survey-rounds/" + round + "/report.pdf", hr());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        HttpResponse<byte[]> xlsx = getBytes("api/v1/survey-rounds/" + round + "/report.xlsx", hr());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()[0]).isEqualTo((byte) 'P');

        String exec = KeycloakTokens.accessToken(env, DemoUser.byRole("executive"));
        JsonObject execView =
                get("api/v1/survey-rounds/" + round + "/results", exec).json();
        assertThat(execView.getJsonObject("organisation")
                        .getJsonObject("result")
                        .getInt("respondents"))
                .isEqualTo(5);
        assertThat(execView.getJsonArray("units")).isEmpty();
        String unitId =
                String.valueOf(shown.getJsonArray("units").getJsonObject(0).getString("unitId"));
        assertThat(getBytes("api/v1/survey-rounds/" + round + "/report.pdf?unit=" + unitId, exec)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void onlyHrManagesRounds() {
        Reply employee = get("api/v1/survey-rounds", KeycloakTokens.accessToken(env, DemoUser.byRole("employee")));
        assertThat(employee.status()).isEqualTo(403);
        Reply customer = post(
                "api/v1/survey-rounds",
                KeycloakTokens.accessToken(env, DemoUser.byRole("customer")),
                "{\"name\":\"x\"}");
        assertThat(customer.status()).isEqualTo(403);
        Reply anonymous = get("api/v1/survey-rounds", null);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void aRoundThatBreaksTheRulesIsRefusedWithTheFieldNamed() {
        Org org = organisation(3, 0);
        Reply tooLow = post("api/v1/survey-rounds", hr(), roundJson("Low", org.companyId(), 2, 10));
        assertThat(tooLow.status()).isEqualTo(400);
        assertThat(tooLow.body()).contains("threshold");
        Reply comments = post("api/v1/survey-rounds", hr(), roundJson("Comments", org.companyId(), 6, 5));
        assertThat(comments.status()).isEqualTo(400);
        assertThat(comments.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("commentThreshold");
    }

    @Test
    void theEvidenceDataSetFromRecordsMatchesCustomersToTheirServingUnitsResults() throws Exception {
        Org org = organisation(6, 6);
        String co = "S" + org.suffix();
        long climateRound = launchedRound(org, "Climate for evidence " + org.suffix());
        Map<String, String> climateTokens = tokensFromMail(org, 12);
        for (int i = 0; i < 12; i++) {
            assertThat(answer(climateTokens.get(org.emails().get(i)), answersMap(i < 6 ? 4 : 2, null), null)
                            .status())
                    .isEqualTo(204);
        }
        close(climateRound);
        Set<String> before = mailIds();
        long performanceRound =
                launchedRound(org, "Performance for evidence " + org.suffix(), "innovation-performance");
        Map<String, String> performanceTokens = tokensFromMail(org, 12, before);
        for (int i = 0; i < 12; i++) {
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (String key : List.of(
                    "products-1",
                    "products-2",
                    "products-3",
                    "products-4",
                    "process-1",
                    "process-2",
                    "process-3",
                    "speed-1",
                    "speed-2",
                    "speed-3",
                    "commercial-1",
                    "commercial-2",
                    "commercial-3",
                    "commercial-4")) {
                answers.put(key, i < 6 ? 5 : 3);
            }
            assertThat(answer(performanceTokens.get(org.emails().get(i)), answers, null)
                            .status())
                    .isEqualTo(204);
        }
        close(performanceRound);
        StringBuilder customers =
                new StringBuilder("external_id,kind,display_name,relationship_since,consent_analysis,serving_unit\n");
        for (int i = 0; i < 8; i++) {
            customers
                    .append("EV-")
                    .append(org.suffix())
                    .append('-')
                    .append(i)
                    .append(",customer,Evidence customer ")
                    .append(i)
                    .append(",20")
                    .append(12 + i)
                    .append("-01-01,yes,")
                    .append(co)
                    .append(i % 2 == 0 ? "-A" : "-B")
                    .append('\n');
        }
        customers.append("EV-").append(org.suffix()).append("-x,customer,Unknown unit,,yes,NO-SUCH-UNIT\n");
        Reply refused = postCsvAs("api/v1/stakeholders/import?commit=true", manager(), customers.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("line 10: serving_unit");
        Reply imported = postCsvAs(
                "api/v1/stakeholders/import?commit=true",
                manager(),
                customers.substring(0, customers.lastIndexOf("EV-")));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        // customer i comments and votes 2i + 1 times: engagement and co-creation differ
        StringBuilder batch = new StringBuilder("{\"activities\":[");
        java.time.Instant at = java.time.Instant.now().minusSeconds(3600);
        for (int i = 0; i < 8; i++) {
            for (int k = 0; k <= 2 * i; k++) {
                batch.append("{\"stakeholderId\":\"EV-")
                        .append(org.suffix())
                        .append('-')
                        .append(i)
                        .append("\",\"type\":\"")
                        .append(k % 2 == 0 ? "comment" : "vote")
                        .append("\",\"timestamp\":\"")
                        .append(at.minusSeconds(86_400L * k))
                        .append("\",\"channel\":\"web\"},");
            }
        }
        batch.setLength(batch.length() - 1);
        assertThat(post(
                                "api/v1/engagement/activities/batch",
                                manager(),
                                batch.append("]}").toString())
                        .status())
                .isEqualTo(201);
        assertThat(post("api/v1/engagement/runs", manager(), "{}").status()).isEqualTo(200);

        assertThat(get("api/v1/evidence/records.csv", manager()).status())
                .as("unit results are for HR")
                .isEqualTo(403);
        Reply csv = get("api/v1/evidence/records.csv", hr());
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("case,unit,tenure_years,engagement_index,cocreation_index,ce1,ce2,ce3,climate,performance");
        List<String> teamA =
                lines.stream().filter(l -> l.contains("," + co + "-A,")).toList();
        List<String> teamB =
                lines.stream().filter(l -> l.contains("," + co + "-B,")).toList();
        // every answer 4 in team A, 2 in team B; reverse-keyed climate items count 6 − answer
        assertThat(teamA).hasSize(4).allSatisfy(l -> assertThat(l).endsWith(",3.7000,5.0000"));
        assertThat(teamB).hasSize(4).allSatisfy(l -> assertThat(l).endsWith(",2.3000,3.0000"));
        assertThat(teamA.get(0).split(",")[2])
                .as("tenure in years since 2012-01-01")
                .startsWith("14.");
        assertThat(lines).hasSize(9);

        Reply saved =
                post("api/v1/evidence/analyses/from-records", hr(), "{\"name\":\"Records " + org.suffix() + "\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.json().getString("name")).isEqualTo("Records " + org.suffix());
    }

    static void close(long round) {
        Reply summary = get("api/v1/survey-rounds/" + round, hr());
        Reply closed = post(
                "api/v1/survey-rounds/" + round + "/close?version="
                        + summary.json().getInt("version"),
                hr(),
                "");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    }

    static String manager() {
        return KeycloakTokens.accessToken(env, DemoUser.byRole("innovation-manager"));
    }

    // ---- helpers

    static Org organisation(int sizeA, int sizeB) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String co = "S" + suffix;
        String units = "code,name,kind,parent_code\n" + co + ",Survey Co " + suffix + ",COMPANY,\n" + co + "-A,Team A "
                + suffix + ",TEAM," + co + "\n" + co + "-B,Team B " + suffix + ",TEAM," + co + "\n";
        assertThat(postCsv("api/v1/org/import/units?commit=true", units).status())
                .isEqualTo(200);
        StringBuilder people = new StringBuilder("external_id,email,display_name,unit_code\n");
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < sizeA + sizeB; i++) {
            String email = "p" + i + "." + suffix + "@it.example";
            emails.add(email);
            people.append(co)
                    .append("-")
                    .append(i)
                    .append(',')
                    .append(email)
                    .append(",Person ")
                    .append(i)
                    .append(' ')
                    .append(suffix)
                    .append(',')
                    .append(co)
                    .append(i < sizeA ? "-A" : "-B")
                    .append('\n');
        }
        assertThat(postCsv("api/v1/org/import/employees?commit=true", people.toString())
                        .status())
                .isEqualTo(200);
        long companyId = -1;
        for (JsonValue v : get("api/v1/org/units", hr()).array()) {
            if (v.asJsonObject().getString("code").equals(co)) {
                companyId = v.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        return new Org(companyId, suffix, emails);
    }

    static long launchedRound(Org org, String name) {
        return launchedRound(org, name, "innovation-climate");
    }

    static long launchedRound(Org org, String name, String instrumentKey) {
        Reply created = post("api/v1/survey-rounds", hr(), roundJson(name, org.companyId(), 5, 10, instrumentKey));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        Reply launched = post(
                "api/v1/survey-rounds/" + id + "/launch?version="
                        + created.json().getInt("version"),
                hr(),
                "");
        assertThat(launched.status()).as(launched.body()).isEqualTo(200);
        assertThat(launched.json().getString("status")).isEqualTo("OPEN");
        return id;
    }

    static String roundJson(String name, long unitId, int threshold, int commentThreshold) {
        return roundJson(name, unitId, threshold, commentThreshold, "innovation-climate");
    }

    static String roundJson(String name, long unitId, int threshold, int commentThreshold, String instrumentKey) {
        long instrumentId = -1;
        for (JsonValue v : get("api/v1/instruments", hr()).array()) {
            JsonObject i = v.asJsonObject();
            if (i.getString("key").equals(instrumentKey)) {
                instrumentId = i.getJsonNumber("id").longValue();
            }
        }
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("name", name)
                .add("instrumentId", instrumentId)
                .add("opensOn", LocalDate.now().toString())
                .add("closesOn", LocalDate.now().plusDays(7).toString())
                .add("reminderDays", 3)
                .add("maxReminders", 1)
                .add("threshold", threshold)
                .add("commentThreshold", commentThreshold)
                .add("unitIds", Json.createArrayBuilder().add(unitId));
        return b.build().toString();
    }

    /** Waits for the invitations of the organisation's people and reads the token from each. */
    static Map<String, String> tokensFromMail(Org org, int expected) throws Exception {
        return tokensFromMail(org, expected, Set.of());
    }

    /** The ids of the mails received so far. */
    static Set<String> mailIds() throws Exception {
        Set<String> ids = new HashSet<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            ids.add(m.getMessageID());
        }
        return ids;
    }

    /** As above, leaving out the mails with the given ids (those of an earlier round). */
    static Map<String, String> tokensFromMail(Org org, int expected, Set<String> skip) throws Exception {
        Set<String> wanted = new HashSet<>(org.emails());
        Map<String, String> tokens = new LinkedHashMap<>();
        long deadline = System.currentTimeMillis() + 30_000;
        while (tokens.size() < expected && System.currentTimeMillis() < deadline) {
            for (MimeMessage m : mail.getReceivedMessages()) {
                if (skip.contains(m.getMessageID())) {
                    continue;
                }
                String to = m.getAllRecipients()[0].toString();
                if (wanted.contains(to) && !tokens.containsKey(to)) {
                    Matcher link = LINK.matcher(
                            GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "="));
                    assertThat(link.find())
                            .as("a personal link in the mail to " + to)
                            .isTrue();
                    tokens.put(to, link.group(1));
                }
            }
            Thread.sleep(200);
        }
        return tokens;
    }

    static Map<String, Integer> answersMap(int value, String except) {
        Map<String, Integer> a = new LinkedHashMap<>();
        for (String f : List.of("vision", "safety", "task", "support")) {
            for (int i = 1; i <= 5; i++) {
                String key = f + "-" + i;
                if (!key.equals(except)) {
                    a.put(key, value);
                }
            }
        }
        return a;
    }

    static Reply answer(String token, Map<String, Integer> answers, String comment) {
        JsonObjectBuilder a = Json.createObjectBuilder();
        answers.forEach(a::add);
        JsonObjectBuilder body = Json.createObjectBuilder().add("token", token).add("answers", a);
        if (comment != null) {
            body.add("comment", comment);
        }
        return post("api/v1/survey-responses", null, body.build().toString());
    }

    static String hr() {
        return KeycloakTokens.accessToken(env, DemoUser.byRole("hr-analyst"));
    }

    static Reply get(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(env.applicationUrl() + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.GET().build());
    }

    static HttpResponse<byte[]> getBytes(String path, String token) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(env.applicationUrl() + path))
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Reply post(String path, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(env.applicationUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    static Reply postCsvAs(String path, String token, String csv) {
        return send(HttpRequest.newBuilder(URI.create(env.applicationUrl() + path))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build());
    }

    static Reply postCsv(String path, String csv) {
        return send(HttpRequest.newBuilder(URI.create(env.applicationUrl() + path))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + hr())
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build());
    }

    static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> referencedTables(Statement s, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select ccu.table_name from information_schema.table_constraints tc"
                + " join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name"
                + " where tc.constraint_type = 'FOREIGN KEY' and tc.table_name = '" + table + "'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<String> tablesReferencing(Statement s, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select tc.table_name from information_schema.table_constraints tc"
                + " join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name"
                + " where tc.constraint_type = 'FOREIGN KEY' and ccu.table_name = '" + table + "'"
                + " and tc.table_name <> '" + table + "'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}

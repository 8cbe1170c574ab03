package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.it.EngagementIT.Reply;
import org.cocrea.kpi.boundary.CocreationFixture;
import org.cocrea.kpi.control.Grain;
import org.cocrea.kpi.control.Period;
import org.cocrea.launcher.DevEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * KPIs on a real server through the API: the snapshots the feed keeps from a random stream of
 * co-creation rows (written straight into the co-creation tables, in slices, with the updater run
 * in between and late moves of earlier ideas) equal a recomputation from scratch for every month,
 * quarter and year, also after a recomputation job; roles enforced by the EJB layer; bad values
 * refused with the field named; an import with a bad row commits nothing; a changed definition
 * keeps its history; a scheduled report goes out with its PDF.
 *
 * <p>The co-creation history lies five years back, where no other test writes, so the comparison
 * of the organisation's figures is not disturbed by the other tests' data.
 */
@ExtendWith(ArquillianExtension.class)
class KpiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static DevEnvironment env;
    static GreenMail mail;

    @BeforeAll
    static void ready() {
        env = TestEnvironment.get();
        env.awaitKeycloak();
        mail = TestEnvironment.mail();
        EngagementIT.env = env;
    }

    static Reply get(String path, String role) {
        return EngagementIT.get(path, role);
    }

    static Reply post(String path, String role, String json) {
        return EngagementIT.postJson(path, role, json);
    }

    static Reply put(String path, String role, String json) {
        return EngagementIT.call("PUT", path, role, "application/json", json);
    }

    static List<String> fields(Reply problem) {
        return EngagementIT.fields(problem);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(
                env.database().url(), env.database().user(), env.database().password());
    }

    interface Work {
        void run(Connection c) throws SQLException;
    }

    static void tx(Work work) throws SQLException {
        try (Connection c = db()) {
            c.setAutoCommit(false);
            work.run(c);
            c.commit();
        }
    }

    /** Runs the updater until nothing waits. */
    static void drain() {
        for (int i = 0; i < 50; i++) {
            Reply r = post("api/v1/kpis/snapshots/update", "admin", "{}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            if (get("api/v1/kpis/snapshots/status", "admin")
                            .json()
                            .getJsonNumber("pending")
                            .longValue()
                    == 0) {
                return;
            }
        }
        throw new AssertionError("the outbox did not empty");
    }

    static JsonObject verify(Period p) {
        Reply r = get("api/v1/kpis/recompute/verify?period=" + p, "admin");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void snapshotsKeptByTheFeedEqualARecomputationAfterARandomStreamOfEvents() throws Exception {
        ZoneId zone = ZoneId.systemDefault();
        Instant start = LocalDate.now(zone)
                .minusYears(5)
                .withDayOfYear(1)
                .atStartOfDay(zone)
                .toInstant();
        long firstId = 7_000_000_000L + (System.nanoTime() % 1_000_000) * 1_000;
        CocreationFixture rows = new CocreationFixture(42, zone, start, 300, firstId);
        tx(rows::organisation);
        for (int step = 0; step < 6; step++) {
            tx(c -> rows.step(c, 20));
            if (step % 2 == 0) {
                drain();
            }
        }
        tx(rows::engagementSnapshots);
        drain();

        List<Period> periods = new ArrayList<>();
        LocalDate first = LocalDate.ofInstant(start, zone);
        for (Period m = Period.of(Grain.MONTH, first); m.start().isBefore(first.plusMonths(13)); m = m.next()) {
            periods.add(m);
        }
        periods.add(Period.of(Grain.QUARTER, first));
        periods.add(Period.of(Grain.QUARTER, first).next());
        periods.add(Period.of(Grain.YEAR, first));
        for (Period p : periods) {
            JsonObject v = verify(p);
            assertThat(v.getInt("differing"))
                    .as("%s: %s", p, v.getJsonArray("differences"))
                    .isZero();
        }
        assertThat(verify(Period.of(Grain.QUARTER, first)).getInt("stored")).isPositive();

        // a unit's series through the API
        String rd = "unit:" + enc("RD-" + rows.tag);
        Reply series = get(
                "api/v1/kpis/ideas_per_100_participants/values?scope=" + rd + "&grain=quarter&from="
                        + Period.of(Grain.QUARTER, first) + "&to="
                        + Period.of(Grain.QUARTER, first).plus(3),
                "executive");
        assertThat(series.status()).as(series.body()).isEqualTo(200);
        assertThat(series.array()).hasSize(4);

        // a recomputation job rebuilds months, with its progress in the database; nothing changes
        Reply started = post(
                "api/v1/kpis/recompute",
                "admin",
                "{\"from\":\"" + Period.of(Grain.MONTH, first).plus(2) + "\",\"to\":\""
                        + Period.of(Grain.MONTH, first).plus(4) + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long job = started.json().getJsonNumber("id").longValue();
        JsonObject state = null;
        for (int i = 0; i < 120; i++) {
            state = get("api/v1/kpis/recompute/" + job, "admin").json();
            if (!state.getString("status").equals("RUNNING")) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(state.getString("status")).as(state.toString()).isEqualTo("DONE");
        assertThat(state.getInt("stepsDone")).isEqualTo(state.getInt("stepsTotal"));
        for (Period p : periods) {
            assertThat(verify(p).getInt("differing"))
                    .as("%s after the rebuild", p)
                    .isZero();
        }
    }

    @Test
    void rolesAreEnforcedByTheEjbLayer() {
        assertThat(get("api/v1/kpis/overview", "executive").status()).isEqualTo(200);
        assertThat(get("api/v1/kpis", "executive").status()).isEqualTo(200);
        assertThat(get("api/v1/kpis/overview", "innovation-manager").status()).isEqualTo(200);
        assertThat(get("api/v1/kpis/overview", "employee").status()).isEqualTo(403);
        assertThat(get("api/v1/kpis/overview", "customer").status()).isEqualTo(403);
        assertThat(get("api/v1/kpis/overview", "hr-analyst").status()).isEqualTo(403);
        assertThat(get("api/v1/kpis/overview", null).status()).isEqualTo(401);
        assertThat(post(
                                "api/v1/kpis/measurements",
                                "executive",
                                "{\"kpi\":\"rd_spend\",\"period\":\"2024-Q1\",\"value\":1}")
                        .status())
                .isEqualTo(403);
        assertThat(post("api/v1/kpis", "executive", "{\"key\":\"exec_kpi\",\"name\":\"x\",\"unit\":\"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(put("api/v1/kpis/rd_spend/targets", "executive", "{\"period\":\"2024\",\"target\":1}")
                        .status())
                .isEqualTo(403);
        assertThat(post("api/v1/kpis/recompute", "innovation-manager", "{\"from\":\"2024-01\"}")
                        .status())
                .isEqualTo(403);
        assertThat(post("api/v1/kpis/snapshots/update", "executive", "{}").status())
                .isEqualTo(403);
        assertThat(get("api/v1/kpis/recompute", "admin").status()).isEqualTo(200);
        assertThat(get("api/v1/kpis/overview.pdf", "executive").contentType()).startsWith("application/pdf");
    }

    /** A quarterly entered KPI of the test's own, values 0 to 100. */
    static String ownKpi() {
        String key = "it_" + Long.toString(System.nanoTime(), 36);
        Reply created = post(
                "api/v1/kpis",
                "innovation-manager",
                "{\"key\":\"" + key + "\",\"name\":\"Partner satisfaction " + key + "\",\"unit\":\"%\","
                        + "\"direction\":\"higher\",\"grain\":\"quarter\",\"aggregation\":\"mean\",\"owner\":"
                        + "\"innovation-manager\",\"min\":0,\"max\":100}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return key;
    }

    @Test
    void badValuesAreRefusedWithTheFieldNamedAndNothingOfABatchIsSaved() {
        String key = ownKpi();
        Reply unknown = post(
                "api/v1/kpis/measurements",
                "innovation-manager",
                "{\"kpi\":\"" + key + "x\",\"period\":\"2024-Q1\",\"value\":10}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(fields(unknown)).containsExactly("kpi");

        Reply computed = post(
                "api/v1/kpis/measurements",
                "innovation-manager",
                "{\"kpi\":\"participation_rate\",\"period\":\"2024-03\",\"value\":10}");
        assertThat(fields(computed)).containsExactly("kpi");

        Reply grain = post(
                "api/v1/kpis/measurements",
                "innovation-manager",
                "{\"kpi\":\"" + key + "\",\"period\":\"2024-03\",\"value\":10}");
        assertThat(grain.status()).isEqualTo(400);
        assertThat(fields(grain)).containsExactly("period");
        assertThat(grain.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("2024-Q1");

        Reply notANumber = post(
                "api/v1/kpis/measurements",
                "innovation-manager",
                "{\"kpi\":\"" + key + "\",\"period\":\"2024-Q1\",\"value\":\"12k\"}");
        assertThat(fields(notANumber)).containsExactly("value");

        Reply batch = post(
                "api/v1/kpis/measurements",
                "innovation-manager",
                "{\"measurements\":[{\"kpi\":\"" + key + "\",\"period\":\"2024-Q1\",\"value\":40}," + "{\"kpi\":\""
                        + key + "\",\"period\":\"2024-Q2\",\"value\":140}]}");
        assertThat(batch.status()).isEqualTo(400);
        assertThat(fields(batch)).containsExactly("measurements[1].value");
        assertThat(get(
                                "api/v1/kpis/measurements/history?kpi=" + key + "&scope=organisation&period=2024-Q1",
                                "innovation-manager")
                        .array())
                .as("nothing of the batch was saved")
                .isEmpty();

        Reply ok = post(
                "api/v1/kpis/measurements",
                "innovation-manager",
                "{\"kpi\":\"" + key + "\",\"period\":\"2024-Q1\",\"value\":40}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        Reply corrected = post(
                "api/v1/kpis/measurements",
                "innovation-manager",
                "{\"kpi\":\"" + key + "\",\"period\":\"2024-Q1\",\"value\":42.5}");
        assertThat(corrected.status()).isEqualTo(201);
        JsonArray history = get(
                        "api/v1/kpis/measurements/history?kpi=" + key + "&scope=organisation&period=2024-Q1",
                        "executive")
                .array();
        assertThat(history).hasSize(2);
        assertThat(history.getJsonObject(0).isNull("supersededAt")).isFalse();
        assertThat(history.getJsonObject(1).getJsonNumber("value").doubleValue())
                .isEqualTo(42.5);
    }

    @Test
    void anImportWithOneBadRowCommitsNothing() {
        String key = ownKpi();
        String bad = "kpi,period,scope,value\n" + key + ",2024-Q1,organisation,30\n" + key
                + ",2024-Q2,organisation,abc\n" + key + ",2024-Q3,no_such_unit_" + key + ",35\n";
        Reply refused = EngagementIT.call(
                "POST", "api/v1/kpis/measurements/import?commit=true", "innovation-manager", "text/csv", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("line 3: value", "line 4: scope");
        assertThat(get(
                                "api/v1/kpis/measurements/history?kpi=" + key + "&scope=organisation&period=2024-Q1",
                                "innovation-manager")
                        .array())
                .isEmpty();

        String good = bad.replace("abc", "33").replace("no_such_unit_" + key, "organisation");
        Reply preview =
                EngagementIT.call("POST", "api/v1/kpis/measurements/import", "innovation-manager", "text/csv", good);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().getBoolean("committed")).isFalse();
        Reply imported = EngagementIT.call(
                "POST", "api/v1/kpis/measurements/import?commit=true", "innovation-manager", "text/csv", good);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().getInt("accepted")).isEqualTo(3);
        JsonArray year = get("api/v1/kpis/" + key + "/values?grain=year&from=2024&to=2024", "executive")
                .array();
        assertThat(year.getJsonObject(0).getJsonNumber("value").doubleValue())
                .as("the mean of the quarters entered")
                .isEqualTo(32.666666666666664, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aChangedDefinitionKeepsItsHistory() {
        String key = ownKpi();
        assertThat(post(
                                "api/v1/kpis/measurements",
                                "innovation-manager",
                                "{\"kpi\":\"" + key + "\",\"period\":\"2024-Q1\",\"value\":50}")
                        .status())
                .isEqualTo(201);
        Reply changed = put(
                "api/v1/kpis/" + key + "?from=2025-01",
                "innovation-manager",
                "{\"name\":\"Partner satisfaction (monthly)\",\"grain\":\"month\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonArray versions = changed.json().getJsonArray("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.getJsonObject(0).getString("grain")).isEqualTo("quarter");
        assertThat(versions.getJsonObject(1).getString("grain")).isEqualTo("month");
        assertThat(versions.getJsonObject(1).getString("validFrom")).isEqualTo("2025-01-01");

        Reply badFrom = put("api/v1/kpis/" + key + "?from=2025-02", "innovation-manager", "{\"grain\":\"quarter\"}");
        assertThat(badFrom.status()).isEqualTo(400);
        assertThat(fields(badFrom)).containsExactly("from");

        // before the change a quarter is entered, after it a month
        assertThat(fields(post(
                        "api/v1/kpis/measurements",
                        "innovation-manager",
                        "{\"kpi\":\"" + key + "\",\"period\":\"2024-11\",\"value\":50}")))
                .containsExactly("period");
        assertThat(post(
                                "api/v1/kpis/measurements",
                                "innovation-manager",
                                "{\"kpi\":\"" + key + "\",\"period\":\"2025-02\",\"value\":55}")
                        .status())
                .isEqualTo(201);
        JsonArray old = get(
                        "api/v1/kpis/measurements/history?kpi=" + key + "&scope=organisation&period=2024-Q1",
                        "executive")
                .array();
        assertThat(old.getJsonObject(0).getInt("definitionVersion")).isEqualTo(1);
    }

    @Test
    void aScheduledReportIsMailedWithItsPdf() throws Exception {
        String name = "Board pack " + Long.toString(System.nanoTime(), 36);
        Reply created = post(
                "api/v1/kpis/report-schedules",
                "executive",
                "{\"name\":\"" + name + "\",\"frequency\":\"monthly\",\"day\":1,\"hour\":7,\"scope\":\"organisation\","
                        + "\"grain\":\"quarter\",\"periods\":4,\"format\":\"pdf\",\"recipients\":[\"board@it.example\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();

        Reply refused = post(
                "api/v1/kpis/report-schedules",
                "executive",
                "{\"name\":\"\",\"frequency\":\"daily\",\"day\":1,\"recipients\":\"nobody-known\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).contains("name", "frequency", "recipients");

        int before = mail.getReceivedMessages().length;
        Reply sent = post("api/v1/kpis/report-schedules/" + id + "/send", "executive", "{}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().getString("status")).isEqualTo("SENT");
        assertThat(mail.waitForIncomingEmail(10_000, before + 1)).isTrue();
        MimeMessage m = mail.getReceivedMessages()[mail.getReceivedMessages().length - 1];
        assertThat(m.getSubject()).startsWith(name);
        assertThat(m.getContentType()).startsWith("multipart/mixed");
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) m.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(1).getFileName()).endsWith(".pdf");
        byte[] pdf = parts.getBodyPart(1).getInputStream().readAllBytes();
        assertThat(new com.lowagie.text.pdf.PdfReader(pdf).getNumberOfPages()).isPositive();
        JsonArray deliveries = get("api/v1/kpis/report-schedules/" + id + "/deliveries", "executive")
                .array();
        assertThat(deliveries).hasSize(1);
        for (JsonValue d : deliveries) {
            assertThat(d.asJsonObject().getInt("recipients")).isEqualTo(1);
        }
    }
}

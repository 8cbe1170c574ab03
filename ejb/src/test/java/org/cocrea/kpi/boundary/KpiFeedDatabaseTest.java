package org.cocrea.kpi.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.kpi.control.Grain;
import org.cocrea.kpi.control.Period;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The KPI feed on a real PostgreSQL, without the application server: the V13 triggers fill the
 * outbox as co-creation rows arrive, the updater applies it in small batches between slices of
 * history (late moves of earlier ideas included), and every month, quarter and year then equals a
 * recomputation from scratch; a recomputed month leaves the same snapshots.
 *
 * <p>Runs only with {@code -Dcocrea.test.db=jdbc:postgresql://127.0.0.1:5432/<a database whose name
 * contains "test">} (the database is emptied), e.g. {@code ./mvnw -B -q -pl ejb test
 * -Dtest=KpiFeedDatabaseTest -Dcocrea.test.db=...}. The Arquillian test {@code KpiIT} does the same
 * inside the server.
 */
@EnabledIfSystemProperty(named = "cocrea.test.db", matches = ".+")
class KpiFeedDatabaseTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static PGSimpleDataSource pg;

    @BeforeAll
    static void migrate() throws SQLException {
        pg = new PGSimpleDataSource();
        pg.setURL(System.getProperty("cocrea.test.db"));
        pg.setUser(System.getProperty("cocrea.test.user", "postgres"));
        pg.setPassword(System.getProperty("cocrea.test.password", ""));
        if (!pg.getDatabaseName().contains("test")) {
            throw new IllegalStateException("The test empties its database; use one whose name contains 'test'");
        }
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement()) {
            st.execute("drop schema if exists public cascade");
            st.execute("create schema public");
        }
        Flyway.configure(KpiFeedDatabaseTest.class.getClassLoader())
                .dataSource(pg)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    static SurveyClock clock() {
        return new SurveyClock() {
            @Override
            public ZoneId zone() {
                return ZONE;
            }
        };
    }

    static KpiUpdater updater() {
        KpiUpdater u = new KpiUpdater();
        u.clock = clock();
        return u;
    }

    static KpiRecompute recompute() {
        KpiRecompute r = new KpiRecompute();
        r.clock = clock();
        return r;
    }

    static <T> T tx(SqlWork<T> work) throws SQLException {
        try (Connection c = pg.getConnection()) {
            c.setAutoCommit(false);
            try {
                T out = work.run(c);
                c.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    @Test
    void snapshotsKeptByTheFeedEqualARecomputationOfEveryPeriod() throws SQLException {
        Instant start = Instant.now().minus(420, ChronoUnit.DAYS);
        CocreationFixture fixture = new CocreationFixture(7, ZONE, start, 300, 1_000_000);
        tx(c -> {
            fixture.organisation(c);
            return null;
        });
        KpiUpdater updater = updater();
        for (int step = 0; step < 8; step++) {
            tx(c -> {
                fixture.step(c, 25);
                return null;
            });
            // the updater runs between slices, in small batches, sometimes not at all
            if (step % 3 != 2) {
                KpiUpdater.Batch b;
                do {
                    b = tx(c -> updater.apply(c, 40, Instant.now()));
                } while (b.more());
            }
        }
        tx(c -> {
            fixture.engagementSnapshots(c);
            return null;
        });
        KpiUpdater.Batch b;
        do {
            b = tx(c -> updater.apply(c, 40, Instant.now()));
        } while (b.more());
        assertThat(count("select count(*) from kpi_outbox")).isZero();
        assertThat(count("select count(*) from kpi_snapshot")).isGreaterThan(100);

        KpiRecompute recompute = recompute();
        List<Period> periods = new ArrayList<>();
        LocalDate first = LocalDate.ofInstant(start, ZONE);
        for (Period m = Period.of(Grain.MONTH, first); !m.start().isAfter(LocalDate.now(ZONE)); m = m.next()) {
            periods.add(m);
            if (!periods.contains(m.rollUp(Grain.QUARTER))) {
                periods.add(m.rollUp(Grain.QUARTER));
            }
            if (!periods.contains(m.rollUp(Grain.YEAR))) {
                periods.add(m.rollUp(Grain.YEAR));
            }
        }
        for (Period p : periods) {
            KpiRecompute.Verification v = tx(c -> recompute.verify(c, p));
            assertThat(v.differences()).as("%s", p).isEmpty();
            assertThat(v.ok()).isTrue();
        }

        // a rebuilt month (and the quarter and year rolled up from their months) is the same
        Period month = Period.of(Grain.MONTH, first.plusMonths(3));
        long before = count("select count(*) from kpi_snapshot");
        tx(c -> recompute.rebuild(c, month, step -> {}));
        assertThat(count("select count(*) from kpi_snapshot")).isEqualTo(before);
        for (Period p : List.of(month, month.rollUp(Grain.QUARTER), month.rollUp(Grain.YEAR))) {
            assertThat(tx(c -> recompute.verify(c, p)).differences())
                    .as("%s", p)
                    .isEmpty();
        }
    }

    @Test
    void aRecomputationLeavesRowsStillInTheOutboxToTheUpdater() throws SQLException {
        Instant start = Instant.now().minus(200, ChronoUnit.DAYS);
        CocreationFixture fixture = new CocreationFixture(11, ZONE, start, 150, 5_000_000);
        tx(c -> {
            fixture.organisation(c);
            fixture.step(c, 30);
            return null;
        });
        KpiUpdater updater = updater();
        tx(c -> updater.apply(c, 100_000, Instant.now()));
        tx(c -> {
            fixture.step(c, 30);
            return null;
        });
        assertThat(count("select count(*) from kpi_outbox")).isPositive();
        // rebuild every month while rows wait, then let the updater apply them
        KpiRecompute recompute = recompute();
        LocalDate first = LocalDate.ofInstant(start, ZONE);
        for (Period m = Period.of(Grain.MONTH, first); !m.start().isAfter(LocalDate.now(ZONE)); m = m.next()) {
            Period month = m;
            tx(c -> recompute.rebuild(c, month, step -> {}));
        }
        KpiUpdater.Batch b;
        do {
            b = tx(c -> updater.apply(c, 100_000, Instant.now()));
        } while (b.more());
        for (Period m = Period.of(Grain.MONTH, first); !m.start().isAfter(LocalDate.now(ZONE)); m = m.next()) {
            Period month = m;
            assertThat(tx(c -> recompute.verify(c, month)).differences())
                    .as("%s", m)
                    .isEmpty();
            assertThat(tx(c -> recompute.verify(c, month.rollUp(Grain.QUARTER))).differences())
                    .isEmpty();
        }
    }

    @Test
    void theDashboardsReadTheSnapshotsWithTargetsAndDrillDown() throws Exception {
        Instant start = Instant.now().minus(300, ChronoUnit.DAYS);
        CocreationFixture fixture = new CocreationFixture(23, ZONE, start, 250, 9_000_000);
        tx(c -> {
            fixture.organisation(c);
            fixture.step(c, 60);
            fixture.step(c, 20);
            KpiTables.seedBuiltIns(c);
            return null;
        });
        KpiUpdater.Batch b;
        do {
            b = tx(c -> updater().apply(c, 100_000, Instant.now()));
        } while (b.more());
        String org = CocreationFixture.UNITS[0] + "-" + fixture.tag;
        String rd = CocreationFixture.UNITS[1] + "-" + fixture.tag;
        tx(c -> {
            try (PreparedStatement st = c.prepareStatement("insert into kpi_target (id, kpi_key, scope, grain,"
                    + " period_start, target, set_by, set_at) values (nextval('kpi_seq'), 'customer_idea_share',"
                    + " 'organisation', 'YEAR', ?, 45, 'test', now()) on conflict do nothing")) {
                st.setDate(1, java.sql.Date.valueOf(LocalDate.now(ZONE).withDayOfYear(1)));
                st.executeUpdate();
                st.setDate(
                        1,
                        java.sql.Date.valueOf(
                                LocalDate.now(ZONE).withDayOfYear(1).minusYears(1)));
                st.executeUpdate();
            }
            return null;
        });
        org.cocrea.reporting.boundary.KpiDashboardsProbe probe =
                new org.cocrea.reporting.boundary.KpiDashboardsProbe(clock());
        var overview = tx(c -> probe.overview(c, "unit:" + org, "month", null, null));
        assertThat(overview.tiles()).hasSize(16);
        var share = overview.tiles().stream()
                .filter(t -> t.key().equals("customer_idea_share"))
                .findFirst()
                .orElseThrow();
        assertThat(share.series()).hasSize(12);
        assertThat(share.target())
                .as("a unit is held to the organisation's rate targets")
                .isEqualTo(45.0);
        assertThat(share.status()).isIn("green", "amber", "red", "none");
        var pipeline = overview.tiles().stream()
                .filter(t -> t.key().equals("pipeline_by_stage"))
                .findFirst()
                .orElseThrow();
        long inFunnel =
                overview.funnel().stages().stream().mapToLong(s -> s.ideas()).sum();
        assertThat(pipeline.value()).isEqualTo((double) inFunnel);
        assertThat(overview.below()).extracting(r -> r.scope()).contains("unit:" + rd);
        assertThat(overview.below()).anyMatch(r -> r.kind().equals("campaign"));

        var detail = tx(c -> probe.detail(c, "ideas_per_100_participants", "unit:" + rd, "quarter", null, null, null));
        assertThat(detail.series()).hasSize(8);
        assertThat(detail.below()).isNotEmpty();
        String campaign = "campaign:SPRING-" + fixture.tag;
        var atCampaign = tx(c -> probe.detail(c, "customer_idea_share", campaign, "month", null, null, rd));
        assertThat(atCampaign.ideas()).isNotEmpty();
        assertThat(atCampaign.breadcrumb()).extracting(r -> r.scope()).contains("unit:" + rd, campaign);

        for (String kpi : new String[] {null, "pipeline_by_stage"}) {
            byte[] pdf = tx(c -> probe.export(c, kpi, "unit:" + rd, "pdf"));
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
            assertThat(reader.getNumberOfPages()).isPositive();
            assertThat(new String(reader.getPageContent(1), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .contains("Unit RD");
            reader.close();
            byte[] xlsx = tx(c -> probe.export(c, kpi, "unit:" + rd, "xlsx"));
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                assertThat(wb.getNumberOfSheets()).isGreaterThanOrEqualTo(3);
            }
            java.nio.file.Files.write(
                    java.nio.file.Path.of("target", "kpi-export-" + (kpi == null ? "overview" : kpi) + ".pdf"), pdf);
        }
    }

    static long count(String sql) throws SQLException {
        try (Connection c = pg.getConnection();
                PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package org.cocrea.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.kpi.boundary.KpiTables;
import org.cocrea.kpi.control.BuiltInKpis;
import org.cocrea.kpi.control.Grain;
import org.cocrea.kpi.control.KpiCatalogue;
import org.cocrea.reporting.boundary.KpiDashboardsProbe;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The KPI demo on a real PostgreSQL (with {@code -Dcocrea.test.db=…}, as {@code
 * KpiFeedDatabaseTest}): two years of monthly values under a second version of each entered KPI,
 * targets that give the overview statuses, and nothing written twice.
 */
@EnabledIfSystemProperty(named = "cocrea.test.db", matches = ".+")
class KpiDemoDatabaseTest {

    @Test
    void twoYearsOfMonthlyValuesAndTargetsGiveTheOverviewStatuses() throws Exception {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(System.getProperty("cocrea.test.db"));
        pg.setUser(System.getProperty("cocrea.test.user", "postgres"));
        pg.setPassword(System.getProperty("cocrea.test.password", ""));
        if (!pg.getDatabaseName().contains("test")) {
            throw new IllegalStateException("use a database whose name contains 'test'");
        }
        try (Connection c = pg.getConnection();
                Statement st = c.createStatement()) {
            st.execute("drop schema if exists public cascade");
            st.execute("create schema public");
        }
        Flyway.configure(getClass().getClassLoader())
                .dataSource(pg)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        SurveyClock clock = new SurveyClock() {
            @Override
            public ZoneId zone() {
                return ZoneId.of("Europe/Berlin");
            }
        };
        KpiDemo demo = new KpiDemo();
        demo.clock = clock;
        try (Connection c = pg.getConnection()) {
            c.setAutoCommit(false);
            int[] written = demo.write(c);
            c.commit();
            assertThat(written[0]).isGreaterThanOrEqualTo(4 * KpiDemo.MONTHS);
            assertThat(written[1]).isPositive();
            assertThat(demo.write(c)).as("only once").isNull();
            c.rollback();

            KpiCatalogue catalogue = KpiTables.catalogue(c);
            assertThat(catalogue.history(BuiltInKpis.RD_SPEND)).hasSize(2);
            assertThat(catalogue.current(BuiltInKpis.RD_SPEND).orElseThrow().grain())
                    .isEqualTo(Grain.MONTH);

            var overview = new KpiDashboardsProbe(clock).overview(c, "organisation", "month", null, null);
            var rd = overview.tiles().stream()
                    .filter(t -> t.key().equals(BuiltInKpis.RD_SPEND))
                    .findFirst()
                    .orElseThrow();
            assertThat(rd.series()).hasSize(12).doesNotContainNull();
            assertThat(rd.targets()).doesNotContainNull();
            assertThat(rd.status()).isIn("green", "amber", "red");
            var quarterly = new KpiDashboardsProbe(clock).overview(c, "organisation", "quarter", null, null);
            assertThat(quarterly.tiles().stream()
                            .filter(t -> t.key().equals(BuiltInKpis.REVENUE_SHARE_NEW_PRODUCTS))
                            .findFirst()
                            .orElseThrow()
                            .value())
                    .isNotNull();
        } catch (SQLException e) {
            throw e;
        }
    }
}

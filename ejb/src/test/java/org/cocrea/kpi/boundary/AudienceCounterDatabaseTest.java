package org.cocrea.kpi.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Audiences counted before a scope's activity was in the database (the feed ran at start-up, the
 * people and ideas came later) are back-dated to the month of the first idea, once, so the
 * participation rate of the months in between has a denominator. Runs like {@link
 * KpiFeedDatabaseTest} with {@code -Dcocrea.test.db=…}.
 */
@EnabledIfSystemProperty(named = "cocrea.test.db", matches = ".+")
class AudienceCounterDatabaseTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Test
    void aCountMadeBeforeTheIdeasIsBackDatedToTheFirstIdeasMonthOnce() throws Exception {
        PGSimpleDataSource pg = new PGSimpleDataSource();
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
        Flyway.configure(getClass().getClassLoader())
                .dataSource(pg)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        Instant now = Instant.now();
        try (Connection c = pg.getConnection()) {
            new AudienceCounter(c, ZONE, UnitTree.load(c)).countAndRecord(now);
            assertThat(countedAt(c)).containsExactly(now.truncatedTo(ChronoUnit.MICROS));

            CocreationFixture fixture = new CocreationFixture(5, ZONE, now.minus(200, ChronoUnit.DAYS), 180, 3_000_000);
            fixture.organisation(c);
            fixture.step(c, 30);
            Instant firstMonth;
            try (PreparedStatement st = c.prepareStatement("select min(submitted_at) from idea");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                firstMonth = rs.getTimestamp(1)
                        .toInstant()
                        .atZone(ZONE)
                        .toLocalDate()
                        .withDayOfMonth(1)
                        .atStartOfDay(ZONE)
                        .toInstant();
            }
            Instant later = now.plusSeconds(3600);
            new AudienceCounter(c, ZONE, UnitTree.load(c)).countAndRecord(later);
            List<Instant> once = countedAt(c);
            assertThat(once).contains(firstMonth).hasSize(3);
            assertThat(once.get(0)).isEqualTo(firstMonth);

            new AudienceCounter(c, ZONE, UnitTree.load(c)).countAndRecord(later.plusSeconds(3600));
            assertThat(countedAt(c)).as("back-dated only once").isEqualTo(once);
        }
    }

    /** When the organisation's audience was counted, oldest first. */
    private static List<Instant> countedAt(Connection c) throws SQLException {
        List<Instant> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                        "select counted_at from kpi_audience where scope = 'organisation' order by counted_at, id");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getTimestamp(1).toInstant());
            }
        }
        return out;
    }
}

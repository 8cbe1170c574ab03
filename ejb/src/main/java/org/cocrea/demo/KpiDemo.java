package org.cocrea.demo;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.kpi.boundary.KpiTables;
import org.cocrea.kpi.boundary.KpiUpdater;
import org.cocrea.kpi.control.BuiltInKpis;
import org.cocrea.kpi.control.Grain;
import org.cocrea.kpi.control.KpiCatalogue;
import org.cocrea.kpi.control.KpiDefinition;
import org.cocrea.kpi.control.Period;
import org.cocrea.platform.persistence.CocreaDataSource;

/**
 * The KPI part of the demo: Aurora Appliances reports its four entered KPIs every month for two
 * years (a new version of each definition switched them from quarterly to monthly two years ago,
 * so the catalogue shows a history), per division for R&amp;D spend and products launched, and has
 * targets for every KPI, so trends and statuses show. The computed KPIs take their history from
 * the rest of the demo (engagement scores, incidents, climate rounds, and the co-creation data
 * once there): the snapshot feed is run once at the end. Loaded only while no value was entered.
 */
@Stateless
@PermitAll
public class KpiDemo {

    private static final Logger LOG = Logger.getLogger(KpiDemo.class.getName());
    static final long SEED = 20261123L;
    static final int MONTHS = 24;

    /** What was loaded. */
    public record Loaded(int measurements, int targets, int snapshots) {}

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SurveyClock clock;

    @EJB
    KpiUpdater updater;

    /**
     * Loads the KPI demo unless values were entered already, then brings the snapshots up to date.
     *
     * @return what was loaded, or null when there were values
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Loaded loadIfEmpty() {
        int[] written = write();
        if (written == null) {
            return null;
        }
        int snapshots = 0;
        for (int i = 0; i < 500; i++) {
            KpiUpdater.Batch b = updater.applyBatch(5000);
            snapshots += b.snapshots();
            if (!b.more()) {
                break;
            }
        }
        // the demo's people and ideas were just loaded: the feed's next run (within a minute) counts the
        // audiences again instead of an hour later, and back-dates them to the first idea
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("update kpi_state set audience_counted_at = null")) {
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Loaded(written[0], written[1], snapshots);
    }

    private int[] write() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int[] out = write(c);
                c.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The KPI demo could not be written: " + e.getMessage(), e);
        }
    }

    /** Writes definitions, values and targets on a connection in a transaction (also for tests). */
    int[] write(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select exists (select 1 from kpi_measurement)");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            if (rs.getBoolean(1)) {
                return null;
            }
        }
        KpiTables.seedBuiltIns(c);
        LocalDate today = clock.today();
        Period lastMonth = Period.of(Grain.MONTH, today).previous();
        Period firstQuarter = Period.of(Grain.QUARTER, lastMonth.start().minusMonths(MONTHS - 1));
        Period first = firstQuarter.split(Grain.MONTH).get(0);
        Instant now = Instant.now();

        // the entered KPIs are reported monthly from the first quarter of the demo on: version 2
        KpiCatalogue catalogue = KpiTables.catalogue(c);
        for (KpiDefinition d : BuiltInKpis.entered()) {
            if (catalogue.history(d.key()).size() == 1) {
                KpiDefinition monthly = d.withGrain(Grain.MONTH)
                        .withDescription(d.description()
                                .replace("quarter", "month")
                                .replace(
                                        "A year's value is the mean of its quarters.",
                                        "Longer periods take the mean of their months."));
                catalogue.change(monthly, firstQuarter);
                KpiTables.insertVersion(c, monthly, 2, first.start(), now, "manager");
            }
        }

        List<String> divisions = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select u.code from org_unit u where u.parent_id in"
                        + " (select id from org_unit where parent_id is null) order by u.name limit 4");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                divisions.add(rs.getString(1));
            }
        }

        Random r = new Random(SEED);
        List<Period> months = Period.range(first, lastMonth);
        int measurements = 0;
        try (PreparedStatement st = c.prepareStatement("insert into kpi_measurement (id, kpi_key, scope, grain,"
                + " period_start, value, definition_version, source, entered_by, entered_at) values"
                + " (nextval('kpi_seq'), ?, ?, 'MONTH', ?, ?, 2, 'DEMO', 'manager', ?)")) {
            for (int i = 0; i < months.size(); i++) {
                Period m = months.get(i);
                double t = (double) i / Math.max(1, months.size() - 1);
                Timestamp entered = Timestamp.from(
                        m.endExclusive().plusDays(6).atStartOfDay(clock.zone()).toInstant());
                if (entered.toInstant().isAfter(now)) {
                    entered = Timestamp.from(now);
                }
                double revenue = round(17.5 + 9.5 * t + r.nextGaussian() * 1.2, 1);
                double ttm = round(215 - 60 * t + r.nextGaussian() * 9, 0);
                double launched = 0;
                double spend = 0;
                List<String> scopes = new ArrayList<>(divisions);
                for (String division : scopes) {
                    double dLaunched = Math.max(0, Math.round(0.35 + 0.5 * t + r.nextGaussian() * 0.6));
                    double dSpend = round(240_000 + 90_000 * t + r.nextGaussian() * 25_000, -3);
                    launched += dLaunched;
                    spend += dSpend;
                    measurements +=
                            add(st, BuiltInKpis.NEW_PRODUCTS_LAUNCHED, "unit:" + division, m, dLaunched, entered);
                    measurements += add(st, BuiltInKpis.RD_SPEND, "unit:" + division, m, dSpend, entered);
                }
                if (divisions.isEmpty()) {
                    launched = Math.max(0, Math.round(1 + 2 * t + r.nextGaussian()));
                    spend = round(1_000_000 + 350_000 * t + r.nextGaussian() * 80_000, -3);
                }
                measurements += add(
                        st, BuiltInKpis.REVENUE_SHARE_NEW_PRODUCTS, "organisation", m, Math.max(0, revenue), entered);
                measurements += add(st, BuiltInKpis.TIME_TO_MARKET, "organisation", m, Math.max(30, ttm), entered);
                measurements += add(st, BuiltInKpis.NEW_PRODUCTS_LAUNCHED, "organisation", m, launched, entered);
                measurements += add(st, BuiltInKpis.RD_SPEND, "organisation", m, spend, entered);
            }
            st.executeBatch();
        }

        // targets: a yearly target for rates, means and levels; monthly ones for sums
        int targets = 0;
        int firstYear = first.year();
        int lastYear = lastMonth.year();
        try (PreparedStatement st =
                c.prepareStatement("insert into kpi_target (id, kpi_key, scope, grain, period_start,"
                        + " target, set_by, set_at) values (nextval('kpi_seq'), ?, 'organisation', ?, ?, ?, 'manager', ?)"
                        + " on conflict do nothing")) {
            for (int y = firstYear; y <= lastYear + 1; y++) {
                double step = y - firstYear;
                targets += target(st, BuiltInKpis.PARTICIPATION_RATE, Period.year(y), 30 + 5 * step, now);
                targets += target(st, BuiltInKpis.IDEAS_PER_100_PARTICIPANTS, Period.year(y), 35 + 5 * step, now);
                targets += target(st, BuiltInKpis.CUSTOMER_IDEA_SHARE, Period.year(y), 35 + 5 * step, now);
                targets += target(st, BuiltInKpis.IDEA_CONVERSION_RATE, Period.year(y), 12 + 2 * step, now);
                targets += target(st, BuiltInKpis.AVERAGE_DAYS_PER_STAGE, Period.year(y), 35 - 5 * step, now);
                targets += target(st, BuiltInKpis.PIPELINE_BY_STAGE, Period.year(y), 80 + 20 * step, now);
                targets += target(st, BuiltInKpis.CUSTOMER_ENGAGEMENT_INDEX, Period.year(y), 38 + 3 * step, now);
                targets += target(st, BuiltInKpis.INNOVATION_CLIMATE_INDEX, Period.year(y), 62 + 3 * step, now);
                targets += target(st, BuiltInKpis.CUSTOMER_ASSET_BREADTH, Period.year(y), 4, now);
                targets += target(st, BuiltInKpis.AMBIDEXTERITY_BALANCE, Period.year(y), 0.8, now);
                targets += target(st, BuiltInKpis.AMBIDEXTERITY_COMBINED, Period.year(y), 0.2, now);
                targets += target(st, BuiltInKpis.REVENUE_SHARE_NEW_PRODUCTS, Period.year(y), 20 + 4 * step, now);
                targets += target(st, BuiltInKpis.TIME_TO_MARKET, Period.year(y), 200 - 25 * step, now);
            }
            for (Period m : Period.range(first, lastMonth.next().next().next())) {
                double step = first.until(m) / 12.0;
                targets += target(st, BuiltInKpis.CO_DESTRUCTION_INCIDENTS, m, 3, now);
                targets += target(st, BuiltInKpis.NEW_PRODUCTS_LAUNCHED, m, Math.round(1.5 + step), now);
                targets += target(st, BuiltInKpis.RD_SPEND, m, round(1_050_000 + 150_000 * step, -3), now);
            }
            st.executeBatch();
        }
        LOG.fine("KPI demo: " + measurements + " values, " + targets + " targets");
        return new int[] {measurements, targets};
    }

    private static int add(PreparedStatement st, String kpi, String scope, Period m, double value, Timestamp at)
            throws SQLException {
        st.setString(1, kpi);
        st.setString(2, scope);
        st.setDate(3, Date.valueOf(m.start()));
        st.setDouble(4, value);
        st.setTimestamp(5, at);
        st.addBatch();
        return 1;
    }

    private static int target(PreparedStatement st, String kpi, Period p, double value, Instant at)
            throws SQLException {
        st.setString(1, kpi);
        st.setString(2, p.grain().name());
        st.setDate(3, Date.valueOf(p.start()));
        st.setDouble(4, value);
        st.setTimestamp(5, Timestamp.from(at));
        st.addBatch();
        return 1;
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}

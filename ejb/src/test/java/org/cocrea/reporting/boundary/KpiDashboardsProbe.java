package org.cocrea.reporting.boundary;

import java.sql.Connection;
import java.sql.SQLException;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.reporting.control.KpiDetail;
import org.cocrea.reporting.control.Overview;

/** Calls {@link KpiDashboards} on a connection of a test's own, without the container. */
public final class KpiDashboardsProbe {

    private final KpiDashboards dashboards = new KpiDashboards();

    public KpiDashboardsProbe(SurveyClock clock) {
        dashboards.clock = clock;
    }

    public Overview overview(Connection c, String scope, String grain, String from, String to) throws SQLException {
        return dashboards.overview(c, dashboards.filter(scope, grain, from, to));
    }

    public java.util.List<org.cocrea.reporting.control.SeriesPoint> series(
            Connection c, String kpi, String scope, String grain, String from, String to) throws SQLException {
        return dashboards.series(c, kpi, dashboards.filter(scope, grain, from, to));
    }

    public byte[] export(Connection c, String kpi, String scope, String format) throws SQLException {
        return dashboards.export(
                c, dashboards.filter(scope, "month", null, null), kpi, null, KpiDashboards.Format.of(format));
    }

    public KpiDetail detail(Connection c, String kpi, String scope, String grain, String from, String to, String within)
            throws SQLException {
        return dashboards.detail(c, kpi, dashboards.filter(scope, grain, from, to), within);
    }
}

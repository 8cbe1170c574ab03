package org.cocrea.web.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.reporting.boundary.KpiDashboards;
import org.cocrea.reporting.control.Overview;

/**
 * The executive overview: a tile per KPI (value, target, status, change, sparkline) linking to its
 * detail, the pipeline funnel, the engagement trend, the climate heatmap of the units below, and
 * the units and campaigns to drill into. The filter (scope, grain, range) lives in the address.
 */
@Named
@ViewScoped
public class KpiOverviewView extends KpiDashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KpiDashboards dashboards;

    private Overview overview;

    @Override
    KpiDashboards dashboards() {
        return dashboards;
    }

    /** Reads the overview for the filter in the address. */
    public void load() {
        readFilter();
        try {
            overview = dashboards.overview(filter);
        } catch (RuntimeException e) {
            if (Pages.cause(e) instanceof org.cocrea.platform.BusinessRuleException bre) {
                // a shared address of a unit or campaign that is gone: the organisation instead
                Pages.error("filterForm:" + bre.getField(), bre.getMessage());
                filter = filter.withScope(org.cocrea.kpi.control.Scope.ORGANISATION);
                scope = filter.scope().toString();
                overview = dashboards.overview(filter);
            } else {
                throw e;
            }
        }
    }

    public Overview getOverview() {
        return overview;
    }

    public String getFunnelChart() {
        List<String> labels = overview.funnel().stages().stream()
                .map(s -> stageLabel(s.stage()))
                .toList();
        return KpiCharts.funnel(
                overview.funnel(),
                labels,
                Pages.format("kpi.funnel.title", overview.funnel().period()),
                Pages.format(
                        "kpi.funnel.conversion",
                        overview.funnel().submitted(),
                        overview.funnel().implemented(),
                        value(overview.funnel().conversion(), "%")));
    }

    public String getEngagementChart() {
        return KpiCharts.series(
                overview.engagement(),
                "index 0–100",
                Pages.msg("kpi.engagement.title"),
                Pages.msg("kpi.chart.value"),
                Pages.msg("kpi.chart.target"));
    }

    public String updatedAt() {
        return overview.updatedAt() == null ? "" : Pages.when(overview.updatedAt());
    }
}

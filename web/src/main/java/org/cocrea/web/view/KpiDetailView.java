package org.cocrea.web.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.reporting.boundary.KpiDashboards;
import org.cocrea.reporting.control.KpiDetail;

/**
 * One KPI for a scope: the value against target, the time series with the target per period, the
 * periods' table, the units and campaigns below (click to go down: organisation → unit → campaign),
 * the ideas at a campaign, and the definition's versions. The filter lives in the address.
 */
@Named
@ViewScoped
public class KpiDetailView extends KpiDashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KpiDashboards dashboards;

    private String kpi;
    private String within;
    private KpiDetail detail;

    @Override
    KpiDashboards dashboards() {
        return dashboards;
    }

    public void load() {
        readFilter();
        try {
            detail = dashboards.detail(kpi, filter, within);
        } catch (RuntimeException e) {
            if (Pages.cause(e) instanceof BusinessRuleException bre) {
                Pages.error(null, bre.getMessage());
                detail = null;
            } else {
                throw e;
            }
        }
    }

    public String getSeriesChart() {
        return KpiCharts.series(
                detail.series(),
                detail.tile().unit(),
                Pages.format(
                        "kpi.series.title",
                        kpiName(detail.tile().key(), detail.tile().name())),
                Pages.msg("kpi.chart.value"),
                Pages.msg("kpi.chart.target"));
    }

    /** The breadcrumb link of a scope above. */
    public String crumbLink(org.cocrea.reporting.control.DrillRow r) {
        return "detail.xhtml?kpi=" + kpi + "&"
                + filter.withScope(org.cocrea.kpi.control.Scope.parse(r.scope()))
                        .query();
    }

    public KpiDetail getDetail() {
        return detail;
    }

    public String getKpi() {
        return kpi;
    }

    public void setKpi(String kpi) {
        this.kpi = kpi;
    }

    public String getWithin() {
        return within;
    }

    public void setWithin(String within) {
        this.within = within;
    }
}

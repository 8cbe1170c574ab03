package org.cocrea.web.view;

import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.reporting.boundary.KpiDashboards;
import org.cocrea.reporting.control.DashboardFilter;
import org.cocrea.reporting.control.DrillRow;
import org.cocrea.reporting.control.KpiFormat;
import org.cocrea.reporting.control.Tile;

/**
 * What the overview and the KPI detail share: the filter kept in the address ({@code scope},
 * {@code grain}, {@code from}, {@code to}), links that keep it, the scope choices, and figures as
 * the screens write them.
 */
public abstract class KpiDashboardPage {

    protected String scope;
    protected String grain;
    protected String from;
    protected String to;
    protected DashboardFilter filter;
    private List<KpiDashboards.ScopeOption> scopes;

    abstract KpiDashboards dashboards();

    /** Reads the filter; a bad parameter is shown beside its field and the defaults are used. */
    protected boolean readFilter() {
        try {
            filter = dashboards().filter(scope, grain, from, to);
        } catch (RuntimeException e) {
            if (Pages.cause(e) instanceof BusinessRuleException bre) {
                Pages.error("filterForm:" + bre.getField(), bre.getMessage());
                filter = dashboards().filter(null, null, null, null);
            } else {
                throw e;
            }
        }
        scope = filter.scope().toString();
        grain = filter.grain().code();
        from = filter.from().toString();
        to = filter.to().toString();
        return true;
    }

    /** Applies the filter form: the same page with the parameters in the address. */
    public String apply() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }

    public List<KpiDashboards.ScopeOption> getScopes() {
        if (scopes == null) {
            scopes = dashboards().scopes();
        }
        return scopes;
    }

    /** An option's label: the organisation, a unit indented by its depth, a campaign marked as such. */
    public String scopeOptionLabel(KpiDashboards.ScopeOption o) {
        return switch (o.kind()) {
            case "organisation" -> Pages.msg("kpi.scope.organisation");
            case "unit" -> "\u00a0\u00a0".repeat(o.depth()) + o.label();
            default -> Pages.format("kpi.scope.campaign", o.label());
        };
    }

    /** The scope's name as a heading: the organisation or the unit's or campaign's name. */
    public String scopeName(String label) {
        return label == null || label.isBlank() ? Pages.msg("kpi.scope.organisation") : label;
    }

    public String query() {
        return filter.query();
    }

    /** The detail of a KPI for the scope shown. */
    public String detailLink(String kpi) {
        return "detail.xhtml?kpi=" + kpi + "&" + filter.query();
    }

    /** The overview of another scope with the same range. */
    public String overviewLink(String otherScope) {
        return "overview.xhtml?"
                + filter.withScope(org.cocrea.kpi.control.Scope.parse(otherScope))
                        .query();
    }

    /** A KPI's detail for a unit or campaign below (a campaign keeps the unit it was reached from). */
    public String drillLink(String kpi, DrillRow row) {
        String link = "detail.xhtml?kpi=" + kpi + "&"
                + filter.withScope(org.cocrea.kpi.control.Scope.parse(row.scope()))
                        .query();
        if (row.kind().equals("campaign") && filter.scope().kind() == org.cocrea.kpi.control.Scope.Kind.UNIT) {
            link += "&within=" + enc(filter.scope().code());
        }
        return link;
    }

    /** The file of the page as PDF or Excel. */
    public String exportLink(String kpi, String within, String format) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + "/kpi/export?format=" + format + (kpi == null ? "" : "&kpi=" + kpi)
                + (within == null || within.isBlank() ? "" : "&within=" + enc(within)) + "&" + filter.query();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public String value(Double v, String unit) {
        return KpiFormat.value(v, unit);
    }

    public String number(Double v, String unit) {
        return KpiFormat.number(v, unit);
    }

    public String change(Double v, String unit) {
        return KpiFormat.change(v, unit);
    }

    public String statusLabel(String status) {
        return Pages.msg("kpi.status." + status);
    }

    /** The arrow of a movement: better ▲/▼ by direction, worse likewise, unchanged, unknown. */
    public String arrow(Tile t) {
        if (t.change() == null || t.change() == 0) {
            return t.change() == null ? "" : "\u25cf";
        }
        return t.change() > 0 ? "\u25b2" : "\u25bc";
    }

    public String movementLabel(String movement) {
        return Pages.msg("kpi.movement." + movement);
    }

    public String sparkline(Tile t) {
        return KpiCharts.sparkline(t.series(), t.targets(), t.status(), Pages.format("kpi.sparkline", t.name()));
    }

    public String kpiName(String key, String fallback) {
        String k = "kpi.name." + key;
        String v = Pages.msg(k);
        return v.equals(k) ? fallback : v;
    }

    public String stageLabel(String stage) {
        return Pages.msg("kpi.stage." + stage);
    }

    public String heat(Double v) {
        return KpiCharts.heat(v);
    }

    public boolean dark(Double v) {
        return KpiCharts.dark(v);
    }

    public DashboardFilter getFilter() {
        return filter;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getGrain() {
        return grain;
    }

    public void setGrain(String grain) {
        this.grain = grain;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}

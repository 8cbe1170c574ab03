package org.cocrea.reporting.control;

import java.io.Serializable;
import java.util.List;

/**
 * One KPI for a scope: its tile, the time series with the target of each period, the units and
 * campaigns below the scope with their values (the drill-down), the ideas at a campaign, and the
 * definition's versions.
 *
 * @param filter the scope and range
 * @param scopeLabel the scope's name
 * @param breadcrumb the scopes above this one, top first
 * @param tile the KPI's tile (value in the last period, status, trend)
 * @param series one point per period shown
 * @param below the units and campaigns below the scope, with the KPI's value in the last period
 * @param ideas the campaign's ideas submitted in the range (at a campaign scope), newest first
 * @param versions the definition's versions, oldest first ("v2 from 2026-04: …")
 * @param owner who answers for the KPI
 * @param aggregation how it rolls up
 */
public record KpiDetail(
        DashboardFilter filter,
        String scopeLabel,
        List<DrillRow> breadcrumb,
        Tile tile,
        List<SeriesPoint> series,
        List<DrillRow> below,
        List<IdeaRow> ideas,
        List<String> versions,
        String owner,
        String aggregation)
        implements Serializable {

    public KpiDetail {
        breadcrumb = List.copyOf(breadcrumb);
        series = List.copyOf(series);
        below = List.copyOf(below);
        ideas = List.copyOf(ideas);
        versions = List.copyOf(versions);
    }
}

package org.cocrea.reporting.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The executive overview: one tile per KPI, the pipeline funnel, the engagement trend, the climate
 * heatmap of the units below the scope, and the units and campaigns to drill into.
 *
 * @param filter the scope and range
 * @param scopeLabel the scope's name, e.g. "Whole organisation", "R&amp;D (RD)"
 * @param breadcrumb the scopes above this one, top first (label and scope), for the way back up
 * @param tiles one per KPI
 * @param funnel the pipeline at the end of the last period
 * @param engagement the customer engagement index over the periods shown
 * @param climate the innovation-climate index of the units below the scope
 * @param below the units and campaigns below the scope
 * @param updatedAt when the snapshots were last brought up to date, or null
 */
public record Overview(
        DashboardFilter filter,
        String scopeLabel,
        List<DrillRow> breadcrumb,
        List<Tile> tiles,
        Funnel funnel,
        List<SeriesPoint> engagement,
        Heatmap climate,
        List<DrillRow> below,
        Instant updatedAt)
        implements Serializable {

    public Overview {
        breadcrumb = List.copyOf(breadcrumb);
        tiles = List.copyOf(tiles);
        engagement = List.copyOf(engagement);
        below = List.copyOf(below);
    }

    /** How many tiles have each status: green, amber, red, none. */
    public long count(String status) {
        return tiles.stream().filter(t -> t.status().equals(status)).count();
    }
}

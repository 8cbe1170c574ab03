package org.cocrea.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocrea.engagement.boundary.StakeholderProfiles;

/** The executives' aggregate view of engagement: per segment, over time, and collective capability. */
@Named
@RequestScoped
public class EngagementOverviewView {

    @Inject
    StakeholderProfiles profiles;

    private StakeholderProfiles.Overview overview;

    @PostConstruct
    void init() {
        overview = profiles.overview();
    }

    public StakeholderProfiles.Overview getOverview() {
        return overview;
    }

    /** The mean engagement of all scored stakeholders over time, as an SVG chart. */
    public String getTrendChart() {
        return EngagementCharts.trend(
                overview.trend().stream()
                        .map(p -> new EngagementCharts.DatePoint(p.date(), p.value()))
                        .toList(),
                Pages.msg("overview.trend"),
                50,
                null);
    }

    /** Collective capability of the largest segments on the five abilities, as an SVG radar. */
    public String getCapabilityChart() {
        List<EngagementCharts.Series> series = new ArrayList<>();
        for (StakeholderProfiles.SegmentView s : overview.segments().stream()
                .sorted(java.util.Comparator.comparingInt(StakeholderProfiles.SegmentView::stakeholders)
                        .reversed())
                .limit(5)
                .toList()) {
            series.add(new EngagementCharts.Series(s.segment(), s.abilities()));
        }
        return EngagementCharts.radar(
                java.util.Arrays.stream(org.cocrea.engagement.control.Ability.values())
                        .map(a -> Pages.msg("engagement.ability." + a.code()))
                        .toList(),
                series,
                Pages.msg("overview.collective"));
    }

    /** A segment's change in mean engagement over its trend (first to last snapshot), e.g. "+4.2". */
    public String change(StakeholderProfiles.SegmentView s) {
        if (s.trend().size() < 2) {
            return "–";
        }
        double d =
                s.trend().get(s.trend().size() - 1).value() - s.trend().get(0).value();
        return String.format(java.util.Locale.ROOT, "%+.1f", d);
    }

    public List<Map.Entry<String, Long>> getActivities() {
        return new ArrayList<>(overview.activitiesByType().entrySet());
    }

    public String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    public String pct(double share) {
        return String.format(java.util.Locale.ROOT, "%.0f%%", 100 * share);
    }
}

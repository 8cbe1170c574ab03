package org.cocrea.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cocrea.engagement.boundary.StakeholderProfiles;

/** The executives' aggregate view of engagement: per segment, over time, and collective capability. */
@Named
@RequestScoped
public class EngagementOverviewView {

    static final String[] COLOURS = {
        "rgb(15, 118, 110)",
        "rgb(217, 119, 6)",
        "rgb(37, 99, 235)",
        "rgb(190, 24, 93)",
        "rgb(101, 163, 13)",
        "rgb(124, 58, 237)",
        "rgb(71, 85, 105)"
    };

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

    /** The organisation's mean and the largest segments over time, one line each. */
    public String getTrendChart() {
        TreeSet<LocalDate> dates = new TreeSet<>();
        overview.trend().forEach(p -> dates.add(p.date()));
        List<String> labels = dates.stream().map(LocalDate::toString).toList();
        List<ChartJson.Series> series = new ArrayList<>();
        series.add(new ChartJson.Series("All", values(dates, overview.trend()), COLOURS[0]));
        int i = 1;
        for (StakeholderProfiles.SegmentView s : overview.segments()) {
            if (i >= COLOURS.length) {
                break;
            }
            series.add(new ChartJson.Series(s.segment(), values(dates, s.trend()), COLOURS[i++]));
        }
        return ChartJson.line(labels, series);
    }

    private static List<Double> values(TreeSet<LocalDate> dates, List<StakeholderProfiles.Point> points) {
        Map<LocalDate, Double> byDate = new java.util.HashMap<>();
        points.forEach(p -> byDate.put(p.date(), p.value()));
        return dates.stream().map(byDate::get).toList();
    }

    /** Collective capability of each segment on the five abilities. */
    public String getCapabilityChart() {
        List<ChartJson.Series> series = new ArrayList<>();
        int i = 0;
        for (StakeholderProfiles.SegmentView s : overview.segments()) {
            series.add(new ChartJson.Series(s.segment(), s.abilities(), COLOURS[i++ % COLOURS.length]));
        }
        return ChartJson.radar(
                List.of("innovation", "communication", "recommendation", "learning", "knowledge"), series);
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

package org.cocrea.reporting.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocrea.kpi.control.KpiDefinition;
import org.cocrea.kpi.control.KpiValue;
import org.cocrea.kpi.control.Period;
import org.cocrea.kpi.control.Targets;
import org.cocrea.kpi.control.Trend;

/** Builds tiles and series from a KPI's values and targets. */
public final class Tiles {

    private Tiles() {}

    /**
     * The tile of a KPI over periods (oldest first): the last period's value and status, the change
     * from the one before, and the whole run for the sparkline.
     */
    public static Tile tile(KpiDefinition d, List<Period> periods, Map<Period, KpiValue> values, Targets targets) {
        List<Double> series = new ArrayList<>();
        List<Double> goals = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Period p : periods) {
            KpiValue v = values.getOrDefault(p, KpiValue.notComputable("No value."));
            series.add(nn(v.value()));
            goals.add(nn(targets.targetFor(p).orElse(Double.NaN)));
            labels.add(p.toString());
        }
        Period last = periods.get(periods.size() - 1);
        KpiValue current = values.getOrDefault(last, KpiValue.notComputable("No value."));
        Targets.Assessment a = targets.assess(last, current);
        Trend trend = periods.size() < 2
                ? Trend.of(current.value(), Double.NaN, d.direction())
                : Trend.of(
                        current,
                        values.getOrDefault(periods.get(periods.size() - 2), KpiValue.notComputable("-")),
                        d.direction());
        return new Tile(
                d.key(),
                d.name(),
                d.description(),
                d.unit(),
                d.direction().code(),
                d.kind().code(),
                last.toString(),
                nn(current.value()),
                current.reason(),
                nn(a.target()),
                a.rag().name().toLowerCase(Locale.ROOT),
                nn(trend.change()),
                trend.movement().name().toLowerCase(Locale.ROOT),
                current.breakdown(),
                series,
                goals,
                labels);
    }

    /** One point per period with its target and status. */
    public static List<SeriesPoint> series(List<Period> periods, Map<Period, KpiValue> values, Targets targets) {
        List<SeriesPoint> out = new ArrayList<>();
        for (Period p : periods) {
            KpiValue v = values.getOrDefault(p, KpiValue.notComputable("No value."));
            Targets.Assessment a = targets.assess(p, v);
            out.add(new SeriesPoint(
                    p.toString(),
                    nn(v.value()),
                    v.reason(),
                    nn(a.target()),
                    a.rag().name().toLowerCase(Locale.ROOT),
                    v.breakdown()));
        }
        return out;
    }

    /** The status of one value. */
    public static String status(Period p, KpiValue v, Targets targets) {
        return targets.assess(p, v).rag().name().toLowerCase(Locale.ROOT);
    }

    /** null for NaN or infinite, for JSON. */
    public static Double nn(double v) {
        return Double.isFinite(v) ? v : null;
    }
}

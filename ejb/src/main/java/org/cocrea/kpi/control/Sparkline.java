package org.cocrea.kpi.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A short series of a KPI's values for a small chart beside its figure: the periods, their values
 * (NaN where there is none) and the range of the values.
 *
 * @param periods the periods, oldest first
 * @param values one per period; NaN where the KPI has no value
 * @param min the smallest value (NaN when there is none)
 * @param max the largest value (NaN when there is none)
 */
public record Sparkline(List<Period> periods, List<Double> values, double min, double max) implements Serializable {

    public Sparkline {
        periods = List.copyOf(periods);
        values = Collections.unmodifiableList(new ArrayList<>(values));
        if (periods.size() != values.size()) {
            throw new IllegalArgumentException("One value per period");
        }
    }

    /** The last {@code count} periods up to {@code last}, with values read by {@code valueOf}. */
    public static Sparkline of(Period last, int count, Function<Period, KpiValue> valueOf) {
        if (count < 1) {
            throw new IllegalArgumentException("A sparkline needs at least one period");
        }
        return of(Period.range(last.plus(1L - count), last), valueOf);
    }

    /** The periods given, with values read by {@code valueOf}. */
    public static Sparkline of(List<Period> periods, Function<Period, KpiValue> valueOf) {
        List<Double> values = new ArrayList<>();
        double min = Double.NaN;
        double max = Double.NaN;
        for (Period p : periods) {
            double v = valueOf.apply(p).value();
            values.add(v);
            if (!Double.isNaN(v)) {
                min = Double.isNaN(min) ? v : Math.min(min, v);
                max = Double.isNaN(max) ? v : Math.max(max, v);
            }
        }
        return new Sparkline(periods, values, min, max);
    }

    /**
     * The values scaled to 0–1 between min and max, for drawing (NaN stays NaN; all 0.5 when every
     * value is the same).
     */
    public List<Double> normalised() {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            if (Double.isNaN(v)) {
                out.add(Double.NaN);
            } else {
                out.add(max == min ? 0.5 : (v - min) / (max - min));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The trend from the second-last to the last value. */
    public Trend lastTrend(Direction direction) {
        int n = values.size();
        return n < 2
                ? Trend.of(n == 1 ? values.get(0) : Double.NaN, Double.NaN, direction)
                : Trend.of(values.get(n - 1), values.get(n - 2), direction);
    }
}

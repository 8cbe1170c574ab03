package org.cocrea.kpi.control;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The targets of one KPI, which may differ from period to period (a higher participation target
 * each quarter, a yearly R&amp;D budget), and the KPI's RAG status and trend against them.
 *
 * <p>A target is set for a period of the KPI's grain or a longer one. The target of a period is:
 *
 * <ol>
 *   <li>the target set for that period, else
 *   <li>for a KPI that rolls up by sum: the sum of the targets of its parts one grain finer, when
 *       every part has one (three monthly targets make the quarter's) — a yearly target is not
 *       split over the quarters;
 *   <li>for any other KPI (rates, means, levels): the target of the shortest longer period holding
 *       it (a yearly participation target of 40 % applies to each month of the year).
 * </ol>
 *
 * Not thread-safe.
 */
public final class Targets implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A period's figure against its target.
     *
     * @param period the period
     * @param value the KPI's value (NaN when none)
     * @param target the target (NaN when none)
     * @param rag the status
     * @param shortfall how much worse than target, relative (see {@link RagThresholds}); NaN without
     *     value or target
     */
    public record Assessment(Period period, double value, double target, Rag rag, double shortfall)
            implements Serializable {}

    private final KpiDefinition kpi;
    private final RagThresholds thresholds;
    private final TreeMap<Period, Double> targets = new TreeMap<>();

    /** Targets with the default thresholds (green on target, amber within 10 %). */
    public Targets(KpiDefinition kpi) {
        this(kpi, RagThresholds.DEFAULT);
    }

    public Targets(KpiDefinition kpi, RagThresholds thresholds) {
        this.kpi = Objects.requireNonNull(kpi, "kpi");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    public KpiDefinition kpi() {
        return kpi;
    }

    public RagThresholds thresholds() {
        return thresholds;
    }

    /**
     * Sets the target of a period.
     *
     * @throws InvalidFieldException naming {@code period} when it is shorter than the KPI's grain,
     *     or {@code target} when it is not a finite number
     */
    public Targets set(Period period, double target) {
        Objects.requireNonNull(period, "period");
        if (!kpi.readableAt(period.grain())) {
            throw new InvalidFieldException(
                    "period",
                    kpi.name() + " is measured per " + kpi.grain().code() + "; set its target for a "
                            + kpi.grain().code() + " or a longer period, e.g. " + period.rollUp(kpi.grain()) + ".");
        }
        if (!Double.isFinite(target)) {
            throw new InvalidFieldException("target", "Give the target as a number.");
        }
        targets.put(period, target);
        return this;
    }

    /** Removes the target set for a period. */
    public Targets remove(Period period) {
        targets.remove(period);
        return this;
    }

    /** The targets set, by period. */
    public Map<Period, Double> all() {
        return Collections.unmodifiableMap(targets);
    }

    /** The period's target by the rules in the class comment; empty when there is none. */
    public OptionalDouble targetFor(Period period) {
        Double exact = targets.get(period);
        if (exact != null) {
            return OptionalDouble.of(exact);
        }
        if (kpi.aggregation() instanceof Aggregation.Sum) {
            return sumOfParts(period);
        }
        for (Grain g = period.grain(); g.coarser().isPresent(); ) {
            g = g.coarser().get();
            Double t = targets.get(period.rollUp(g));
            if (t != null) {
                return OptionalDouble.of(t);
            }
        }
        return OptionalDouble.empty();
    }

    private OptionalDouble sumOfParts(Period period) {
        Double exact = targets.get(period);
        if (exact != null) {
            return OptionalDouble.of(exact);
        }
        Grain finer = null;
        for (Grain g : Grain.values()) {
            if (g.finerThan(period.grain()) && kpi.readableAt(g)) {
                finer = g;
            }
        }
        if (finer == null) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (Period part : period.split(finer)) {
            OptionalDouble t = sumOfParts(part);
            if (t.isEmpty()) {
                return OptionalDouble.empty();
            }
            sum += t.getAsDouble();
        }
        return OptionalDouble.of(sum);
    }

    /** The status of a value in a period; {@link Rag#NONE} without a target or a value. */
    public Rag status(Period period, KpiValue value) {
        return assess(period, value).rag();
    }

    /** The period's value against its target. */
    public Assessment assess(Period period, KpiValue value) {
        double target = targetFor(period).orElse(Double.NaN);
        double v = value.value();
        Rag rag = thresholds.status(v, target, kpi.direction());
        double shortfall = Double.isNaN(v) || Double.isNaN(target)
                ? Double.NaN
                : RagThresholds.shortfall(v, target, kpi.direction());
        return new Assessment(period, v, target, rag, shortfall);
    }

    /** The change from the previous period's value, judged by the KPI's direction. */
    public Trend trend(KpiValue current, KpiValue previous) {
        return Trend.of(current, previous, kpi.direction());
    }
}

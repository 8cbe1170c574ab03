package org.cocrea.kpi.control;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the values of shorter periods make the value of a longer one (months → quarter → year).
 *
 * <ul>
 *   <li>{@link Sum}: the sum of the parts (ideas, incidents, products launched, spend);
 *   <li>{@link Mean}: the mean of the parts that have a value (each period counts once);
 *   <li>{@link Last}: the value of the latest part that has one (levels: a pipeline, a survey
 *       result);
 *   <li>{@link Distinct}: the number of distinct members of the union of the parts' sets (segments
 *       taking part) — never the sum of the parts' counts;
 *   <li>{@link Ratio}: numerator and denominator are rolled up by their own rules, then divided —
 *       never the mean of the parts' ratios.
 * </ul>
 *
 * <p>Entered KPIs carry one number per period and may use sum, mean or last. Computed KPIs keep the
 * components named in their rule in every snapshot, so distinct and ratio KPIs roll up exactly.
 */
public sealed interface Aggregation extends Serializable {

    /** Sum of the parts. */
    Aggregation SUM = new Sum();
    /** Mean of the parts with a value. */
    Aggregation MEAN = new Mean();
    /** Value of the latest part with a value. */
    Aggregation LAST = new Last();

    /** A ratio of two components rolled up separately. */
    static Aggregation ratio(String numerator, String denominator) {
        return new Ratio(numerator, denominator);
    }

    /** The size of the union of a set component. */
    static Aggregation distinct(String component) {
        return new Distinct(component);
    }

    /** {@code sum}, {@code mean}, {@code last}, {@code distinct(segments)}, {@code ratio(ideas/participants)}. */
    String code();

    /** Whether a KPI holding one number per period can be rolled up this way. */
    default boolean worksOnValues() {
        return false;
    }

    /**
     * Rolls up the values of the parts, oldest first (missing parts left out).
     *
     * @throws IllegalStateException for {@link Ratio} and {@link Distinct}, which need components
     */
    default double combine(List<Double> partsInOrder) {
        throw new IllegalStateException(code() + " rolls up components, not values");
    }

    /** Reads {@code sum}, {@code mean} or {@code last} (the rules open to entered KPIs). */
    static Optional<Aggregation> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "sum" -> Optional.of(SUM);
            case "mean", "average" -> Optional.of(MEAN);
            case "last" -> Optional.of(LAST);
            default -> Optional.empty();
        };
    }

    /**
     * Reads any rule as {@link #code()} writes it, {@code ratio(a/b)} and {@code distinct(x)}
     * included (for rules read back from storage).
     */
    static Optional<Aggregation> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        if (c.startsWith("ratio(") && c.endsWith(")") && c.indexOf('/') > 6) {
            String inner = c.substring(6, c.length() - 1);
            int slash = inner.indexOf('/');
            return Optional.of(ratio(inner.substring(0, slash), inner.substring(slash + 1)));
        }
        if (c.startsWith("distinct(") && c.endsWith(")") && c.length() > 10) {
            return Optional.of(distinct(c.substring(9, c.length() - 1)));
        }
        return fromCode(c);
    }

    /** Sum of the parts. */
    record Sum() implements Aggregation {
        @Override
        public String code() {
            return "sum";
        }

        @Override
        public boolean worksOnValues() {
            return true;
        }

        @Override
        public double combine(List<Double> partsInOrder) {
            return partsInOrder.stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /** Mean of the parts with a value. */
    record Mean() implements Aggregation {
        @Override
        public String code() {
            return "mean";
        }

        @Override
        public boolean worksOnValues() {
            return true;
        }

        @Override
        public double combine(List<Double> partsInOrder) {
            return partsInOrder.stream()
                    .mapToDouble(Double::doubleValue)
                    .average()
                    .orElse(Double.NaN);
        }
    }

    /** Value of the latest part with a value. */
    record Last() implements Aggregation {
        @Override
        public String code() {
            return "last";
        }

        @Override
        public boolean worksOnValues() {
            return true;
        }

        @Override
        public double combine(List<Double> partsInOrder) {
            return partsInOrder.isEmpty() ? Double.NaN : partsInOrder.get(partsInOrder.size() - 1);
        }
    }

    /**
     * The size of the union of a set component.
     *
     * @param component the set kept in each snapshot, e.g. {@code segments}
     */
    record Distinct(String component) implements Aggregation {
        public Distinct {
            Objects.requireNonNull(component, "component");
        }

        @Override
        public String code() {
            return "distinct(" + component + ")";
        }
    }

    /**
     * A ratio whose numerator and denominator are rolled up separately.
     *
     * @param numerator the component on top, e.g. {@code ideas}
     * @param denominator the component below, e.g. {@code participants}
     */
    record Ratio(String numerator, String denominator) implements Aggregation {
        public Ratio {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
        }

        @Override
        public String code() {
            return "ratio(" + numerator + "/" + denominator + ")";
        }
    }
}

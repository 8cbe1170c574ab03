package org.cocrea.analytics.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Specification of a simple-structure confirmatory factor model: each factor is measured by its
 * own indicator columns, every indicator loads on exactly one factor, residuals are uncorrelated,
 * and all factor variances and covariances are free.
 *
 * <p>Identification follows lavaan's default ({@code std.lv = FALSE}): the first indicator of each
 * factor is the marker whose loading is fixed to 1. Free parameters are the remaining loadings,
 * one residual variance per indicator and the {@code m(m+1)/2} factor (co)variances.
 *
 * <p>Immutable; factors and indicators keep the order in which they were declared.
 *
 * <pre>{@code
 * CfaModel model = CfaModel.builder()
 *         .factor("visual", "x1", "x2", "x3")
 *         .factor("textual", "x4", "x5", "x6")
 *         .factor("speed", "x7", "x8", "x9")
 *         .build();
 * }</pre>
 */
public final class CfaModel implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, List<String>> factors;
    private final List<String> indicators;
    private final Map<String, String> factorOfIndicator;

    private CfaModel(Map<String, List<String>> spec) {
        if (spec.isEmpty()) {
            throw new IllegalArgumentException("a CFA model needs at least one factor");
        }
        var copy = new LinkedHashMap<String, List<String>>();
        var owner = new HashMap<String, String>();
        var all = new ArrayList<String>();
        for (var e : spec.entrySet()) {
            String f = e.getKey();
            if (f == null || f.isBlank()) {
                throw new IllegalArgumentException("factor names must not be blank");
            }
            List<String> items = e.getValue();
            if (items == null || items.isEmpty()) {
                throw new IllegalArgumentException("factor '" + f + "' has no indicators");
            }
            for (String x : items) {
                if (x == null || x.isBlank()) {
                    throw new IllegalArgumentException("factor '" + f + "' has a blank indicator name");
                }
                String previous = owner.putIfAbsent(x, f);
                if (previous != null) {
                    throw new IllegalArgumentException(
                            previous.equals(f)
                                    ? "indicator '" + x + "' is listed twice for factor '" + f + "'"
                                    : "indicator '" + x + "' is used twice: by factor '" + previous
                                            + "' and by factor '" + f
                                            + "' (each indicator may load on one factor only)");
                }
                all.add(x);
            }
            if (items.size() < 2) {
                throw new IllegalArgumentException("factor '" + f + "' has only one indicator ('" + items.get(0)
                        + "'); at least two are needed (its residual variance would not be identified)");
            }
            copy.put(f, List.copyOf(items));
        }
        for (String f : copy.keySet()) {
            if (owner.containsKey(f)) {
                throw new IllegalArgumentException("'" + f + "' is used both as a factor and as an indicator name");
            }
        }
        this.factors = Collections.unmodifiableMap(copy);
        this.indicators = List.copyOf(all);
        this.factorOfIndicator = Map.copyOf(owner);
        int df = degreesOfFreedom();
        if (df < 0) {
            throw new IllegalArgumentException("model is not identified: " + freeParameterCount()
                    + " free parameters but only " + sampleMomentCount() + " sample (co)variances (df = " + df + ")");
        }
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Model from an ordered map factor → indicator columns (iteration order is kept). */
    public static CfaModel of(Map<String, List<String>> spec) {
        Objects.requireNonNull(spec, "spec");
        return new CfaModel(new LinkedHashMap<>(spec));
    }

    /** Factor names in declaration order. */
    public List<String> factors() {
        return List.copyOf(factors.keySet());
    }

    /** Indicators of one factor; the first is the marker (loading fixed to 1). */
    public List<String> indicators(String factor) {
        List<String> items = factors.get(factor);
        if (items == null) {
            throw new IllegalArgumentException("unknown factor '" + factor + "' (factors: " + factors.keySet() + ")");
        }
        return items;
    }

    /** All indicators, factor by factor, in declaration order. */
    public List<String> indicators() {
        return indicators;
    }

    /** The factor an indicator loads on. */
    public String factorOf(String indicator) {
        String f = factorOfIndicator.get(indicator);
        if (f == null) {
            throw new IllegalArgumentException("'" + indicator + "' is not an indicator of this model");
        }
        return f;
    }

    /** Ordered map factor → indicators (unmodifiable). */
    public Map<String, List<String>> specification() {
        return factors;
    }

    /** Number of observed variables {@code p}. */
    public int indicatorCount() {
        return indicators.size();
    }

    /** Number of factors {@code m}. */
    public int factorCount() {
        return factors.size();
    }

    /** {@code p(p+1)/2}: the distinct elements of the covariance matrix. */
    public int sampleMomentCount() {
        int p = indicators.size();
        return p * (p + 1) / 2;
    }

    /** {@code (p − m)} loadings + {@code p} residual variances + {@code m(m+1)/2} factor (co)variances. */
    public int freeParameterCount() {
        int p = indicators.size();
        int m = factors.size();
        return (p - m) + p + m * (m + 1) / 2;
    }

    /** Model degrees of freedom. */
    public int degreesOfFreedom() {
        return sampleMomentCount() - freeParameterCount();
    }

    /**
     * The model with two factors collapsed into one, named {@code f1 + "_" + f2}, standing where
     * {@code f1} stood, with {@code f1}'s indicators followed by {@code f2}'s (so {@code f1}'s marker
     * stays the marker). Used to test discriminant validity by a χ² difference test.
     */
    public CfaModel merge(String f1, String f2) {
        return merge(f1, f2, f1 + "_" + f2);
    }

    /** As {@link #merge(String, String)} with an explicit name for the merged factor. */
    public CfaModel merge(String f1, String f2, String mergedName) {
        indicators(f1);
        indicators(f2);
        if (f1.equals(f2)) {
            throw new IllegalArgumentException("cannot merge factor '" + f1 + "' with itself");
        }
        Objects.requireNonNull(mergedName, "mergedName");
        if (!mergedName.equals(f1) && !mergedName.equals(f2) && factors.containsKey(mergedName)) {
            throw new IllegalArgumentException("a factor named '" + mergedName + "' already exists");
        }
        var spec = new LinkedHashMap<String, List<String>>();
        for (var e : factors.entrySet()) {
            if (e.getKey().equals(f1)) {
                var items = new ArrayList<>(e.getValue());
                items.addAll(factors.get(f2));
                spec.put(mergedName, items);
            } else if (!e.getKey().equals(f2)) {
                spec.put(e.getKey(), e.getValue());
            }
        }
        return new CfaModel(spec);
    }

    /** lavaan model syntax for this model (handy for cross-checking in R). */
    public String toLavaanSyntax() {
        var sb = new StringBuilder();
        for (var e : factors.entrySet()) {
            sb.append(e.getKey()).append(" =~ ").append(String.join(" + ", e.getValue()));
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CfaModel other
                && factors.equals(other.factors)
                && List.copyOf(factors.keySet()).equals(List.copyOf(other.factors.keySet()));
    }

    @Override
    public int hashCode() {
        return factors.hashCode();
    }

    @Override
    public String toString() {
        return "CfaModel" + factors;
    }

    /** Collects factors in order. */
    public static final class Builder {
        private final LinkedHashMap<String, List<String>> spec = new LinkedHashMap<>();

        private Builder() {}

        /** Adds a factor measured by the given indicator columns (the first is the marker). */
        public Builder factor(String name, String... indicators) {
            return factor(name, Arrays.asList(indicators));
        }

        /** Adds a factor measured by the given indicator columns (the first is the marker). */
        public Builder factor(String name, List<String> indicators) {
            Objects.requireNonNull(name, "factor name");
            Objects.requireNonNull(indicators, "indicators of " + name);
            if (spec.containsKey(name)) {
                throw new IllegalArgumentException("factor '" + name + "' is declared twice");
            }
            spec.put(name, new ArrayList<>(indicators));
            return this;
        }

        /** Validates and builds the model. */
        public CfaModel build() {
            return new CfaModel(spec);
        }
    }
}

package org.cocrea.analytics.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * Hierarchical (blockwise) OLS regression: ordered blocks such as controls → predictor → mediator →
 * interaction, each step adding its terms to the previous model. Reports per step R², ΔR², the F
 * test of the change (as R's {@code anova(previous, current)}) and the full coefficient table.
 *
 * <p>Cases with a missing value in any variable used by any step are deleted listwise first, so
 * every step is fitted on the same cases (the F-change test needs nested models on one sample).
 * Variables named in {@code centre} are mean-centred (on those cases) before products are formed;
 * the centred variable is also used for its own main effect.
 */
public final class HierarchicalRegression {

    private HierarchicalRegression() {}

    /** Fits the steps with 95% coefficient intervals. */
    public static HierarchicalResult fit(
            String dependent, Map<String, double[]> data, List<RegressionBlock> blocks, Set<String> centre) {
        return fit(dependent, data, blocks, centre, OlsRegression.DEFAULT_CONFIDENCE);
    }

    /**
     * Fits the steps.
     *
     * @param dependent name of the outcome column in {@code data}
     * @param data columns by name, all of the same length; {@code NaN} marks a missing value
     * @param blocks the steps in order
     * @param centre names of variables to mean-centre (may be empty)
     * @param confidence level of the coefficient intervals
     */
    public static HierarchicalResult fit(
            String dependent,
            Map<String, double[]> data,
            List<RegressionBlock> blocks,
            Set<String> centre,
            double confidence) {
        Objects.requireNonNull(dependent, "dependent");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(blocks, "blocks");
        Objects.requireNonNull(centre, "centre");
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a hierarchical regression needs at least one block");
        }
        // every variable used, in order of appearance
        Set<String> used = new LinkedHashSet<>();
        used.add(dependent);
        Set<String> termsSeen = new LinkedHashSet<>();
        for (RegressionBlock block : blocks) {
            for (String term : block.terms()) {
                if (!termsSeen.add(canonical(term))) {
                    throw new RegressionException("term " + term + " is entered twice");
                }
                used.addAll(factors(term));
            }
        }
        for (String c : centre) {
            if (!used.contains(c)) {
                throw new RegressionException("column " + c + " is to be centred but no block uses it");
            }
        }
        int length = -1;
        for (String name : used) {
            double[] column = data.get(name);
            if (column == null) {
                throw new RegressionException("no column " + name + " in the data");
            }
            if (length < 0) {
                length = column.length;
            } else if (column.length != length) {
                throw new RegressionException("column " + name + " has " + column.length + " values but column "
                        + dependent + " has " + length);
            }
        }
        boolean[] complete = new boolean[length];
        int n = 0;
        for (int i = 0; i < length; i++) {
            boolean ok = true;
            for (String name : used) {
                if (!Double.isFinite(data.get(name)[i])) {
                    ok = false;
                    break;
                }
            }
            complete[i] = ok;
            if (ok) {
                n++;
            }
        }
        Map<String, double[]> cases = new LinkedHashMap<>();
        for (String name : used) {
            double[] column = data.get(name);
            double[] kept = new double[n];
            int r = 0;
            for (int i = 0; i < length; i++) {
                if (complete[i]) {
                    kept[r++] = column[i];
                }
            }
            if (centre.contains(name) && n > 0) {
                double m = OlsRegression.mean(kept);
                for (int i = 0; i < n; i++) {
                    kept[i] -= m;
                }
            }
            cases.put(name, kept);
        }

        RegressionVariable y = new RegressionVariable(dependent, cases.get(dependent));
        List<RegressionVariable> predictors = new ArrayList<>();
        List<HierarchicalStep> steps = new ArrayList<>();
        double previousR2 = 0;
        for (RegressionBlock block : blocks) {
            for (String term : block.terms()) {
                predictors.add(new RegressionVariable(term, termValues(term, cases, n)));
            }
            OlsResult model = OlsRegression.fit(y, predictors, confidence);
            int df1 = block.terms().size();
            int df2 = model.dfResidual();
            double r2 = model.rSquared();
            double delta = r2 - previousR2;
            double f = (delta / df1) / ((1 - r2) / df2);
            double p = FDistribution.of(df1, df2).survivalProbability(f);
            steps.add(new HierarchicalStep(block.label(), block.terms(), model, r2, delta, f, df1, df2, p));
            previousR2 = r2;
        }
        return new HierarchicalResult(dependent, n, length - n, centre, steps);
    }

    private static double[] termValues(String term, Map<String, double[]> cases, int n) {
        double[] values = new double[n];
        Arrays.fill(values, 1);
        for (String factor : factors(term)) {
            double[] column = cases.get(factor);
            for (int i = 0; i < n; i++) {
                values[i] *= column[i];
            }
        }
        return values;
    }

    private static List<String> factors(String term) {
        List<String> out = new ArrayList<>();
        for (String part : term.split("\\*")) {
            String name = part.strip();
            if (name.isEmpty()) {
                throw new RegressionException("term " + term + " has an empty factor");
            }
            out.add(name);
        }
        return out;
    }

    private static String canonical(String term) {
        List<String> f = factors(term);
        f.sort(String::compareTo);
        return String.join("*", f);
    }
}

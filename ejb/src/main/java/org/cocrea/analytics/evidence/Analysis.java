package org.cocrea.analytics.evidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cocrea.analytics.control.BootstrapCiMethod;
import org.cocrea.analytics.control.BootstrapPercentileRule;
import org.cocrea.analytics.control.CfaChiSquareConvention;
import org.cocrea.analytics.control.ProcessConditioning;
import org.cocrea.analytics.control.ProcessOptions;

/**
 * One analysis an evidence run is asked for. Names in an analysis ({@code x}, {@code dependent},
 * terms, covariates …) refer to a construct of the {@link org.cocrea.analytics.data.ColumnMapping}
 * (its score) or to a numeric column of the data file (typically a control); a construct wins over
 * a column of the same name. A regression term may be a product {@code "engagement*climate"}.
 *
 * <p>A run takes at most one analysis of each kind and runs them in the order reliability,
 * agreement, CFA, regression, Model 4, Model 7, whatever the order given.
 */
public sealed interface Analysis extends Serializable
        permits Analysis.Reliability,
                Analysis.Agreement,
                Analysis.Cfa,
                Analysis.Regression,
                Analysis.Model4,
                Analysis.Model7 {

    /** The analysis' key: reliability, agreement, cfa, regression, model4 or model7. */
    String key();

    /** The names (constructs or columns) this analysis uses as variables, with where they appear. */
    default List<Reference> references() {
        return List.of();
    }

    /** The analysis' position in a run's fixed order (reliability 0 … model7 5). */
    default int order() {
        return List.of("reliability", "agreement", "cfa", "regression", "model4", "model7")
                .indexOf(key());
    }

    /**
     * A name used by an analysis.
     *
     * @param path where it appears, e.g. {@code model7.w} or {@code regression.blocks[1][0]} (array
     *     positions count from 0)
     * @param name the construct or column named
     */
    record Reference(String path, String name) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Cronbach's alpha (with item statistics) and McDonald's omega of the listed constructs.
     *
     * @param constructs the constructs, in the order reported
     */
    record Reliability(List<String> constructs) implements Analysis {
        private static final long serialVersionUID = 1L;

        public Reliability {
            constructs = List.copyOf(constructs);
        }

        @Override
        public String key() {
            return "reliability";
        }
    }

    /**
     * Within-unit agreement r<sub>wg(j)</sub> per unit and ICC(1), ICC(2) of the listed constructs;
     * needs the mapping's group column.
     */
    record Agreement(List<String> constructs) implements Analysis {
        private static final long serialVersionUID = 1L;

        public Agreement {
            constructs = List.copyOf(constructs);
        }

        @Override
        public String key() {
            return "agreement";
        }
    }

    /**
     * Confirmatory factor analysis: one factor per construct, measured by its (reverse-keyed) items,
     * with the measurement-quality indices of the fitted model.
     *
     * @param constructs the factors, in the order given
     * @param convention χ² convention: N·F (lavaan's default) or (N − 1)·F (AMOS, LISREL)
     * @param compare pairs of constructs each merged into one factor and compared with the full
     *     model by a χ² difference test; empty if none
     */
    record Cfa(List<String> constructs, CfaChiSquareConvention convention, List<List<String>> compare)
            implements Analysis {
        private static final long serialVersionUID = 1L;

        public Cfa {
            constructs = List.copyOf(constructs);
            Objects.requireNonNull(convention, "convention");
            compare = compare.stream().map(List::copyOf).toList();
        }

        /** These constructs, the normal convention, no comparisons. */
        public Cfa(List<String> constructs) {
            this(constructs, CfaChiSquareConvention.NORMAL, List.of());
        }

        @Override
        public String key() {
            return "cfa";
        }
    }

    /**
     * Hierarchical OLS regression.
     *
     * @param dependent the outcome
     * @param blocks terms added at each step; a term is a name or a product {@code "a*b"}
     * @param labels the steps' labels, one per block
     * @param centre names mean-centred before products are formed
     * @param confidence level of the coefficients' intervals, e.g. 0.95
     */
    record Regression(
            String dependent, List<List<String>> blocks, List<String> labels, List<String> centre, double confidence)
            implements Analysis {
        private static final long serialVersionUID = 1L;

        public Regression {
            Objects.requireNonNull(dependent, "dependent");
            blocks = blocks.stream().map(List::copyOf).toList();
            labels = List.copyOf(labels);
            centre = List.copyOf(centre);
            if (labels.size() != blocks.size()) {
                throw new IllegalArgumentException(
                        "regression has " + labels.size() + " labels for " + blocks.size() + " blocks");
            }
        }

        /**
         * The usual sequence of a moderated-mediation study: controls, then the predictor, then the
         * mediator, then the moderator with its interaction with the predictor, both mean-centred
         * before the product is formed. Steps without terms are left out.
         *
         * @param controls the control columns (step "controls"; none for an empty list)
         * @param predictor X (step "predictor")
         * @param mediator M (step "mediator"), or null
         * @param moderator W (step "interaction": W and X·W), or null
         */
        public static Regression steps(
                String dependent, List<String> controls, String predictor, String mediator, String moderator) {
            List<List<String>> blocks = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            if (!controls.isEmpty()) {
                blocks.add(controls);
                labels.add("controls");
            }
            blocks.add(List.of(predictor));
            labels.add("predictor");
            if (mediator != null) {
                blocks.add(List.of(mediator));
                labels.add("mediator");
            }
            List<String> centre = List.of();
            if (moderator != null) {
                blocks.add(List.of(moderator, predictor + "*" + moderator));
                labels.add("interaction");
                centre = List.of(predictor, moderator);
            }
            return new Regression(dependent, blocks, labels, centre, 0.95);
        }

        @Override
        public String key() {
            return "regression";
        }

        @Override
        public List<Reference> references() {
            List<Reference> refs = new ArrayList<>();
            refs.add(new Reference("regression.dependent", dependent));
            for (int b = 0; b < blocks.size(); b++) {
                for (int t = 0; t < blocks.get(b).size(); t++) {
                    for (String factor : blocks.get(b).get(t).split("\\*")) {
                        refs.add(new Reference("regression.blocks[" + b + "][" + t + "]", factor.strip()));
                    }
                }
            }
            for (int c = 0; c < centre.size(); c++) {
                refs.add(new Reference("regression.centre[" + c + "]", centre.get(c)));
            }
            return refs;
        }
    }

    /**
     * Bootstrap and probing settings of a PROCESS model.
     *
     * @param resamples bootstrap resamples; 0 for none (intervals are then NaN), else at least 100
     * @param seed seed of the resampling; the same seed gives the same intervals
     * @param confidence level of the intervals, e.g. 0.95
     * @param ci percentile or bias-corrected bootstrap intervals
     * @param percentileRule quantile definition of the bounds
     * @param conditioning moderator values probed (model 7): 16th/50th/84th percentiles or mean ± SD
     * @param wValues explicit moderator values to probe (model 7 only, in the metric of the analysis),
     *     or null
     */
    record ProcessSettings(
            int resamples,
            long seed,
            double confidence,
            BootstrapCiMethod ci,
            BootstrapPercentileRule percentileRule,
            ProcessConditioning conditioning,
            double[] wValues)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        public ProcessSettings {
            if (resamples != 0 && resamples < 100) {
                throw new IllegalArgumentException("use 0 (no bootstrap) or at least 100 resamples, was " + resamples);
            }
            if (!(confidence > 0.5 && confidence < 1)) {
                throw new IllegalArgumentException("confidence must lie between 0.5 and 1, was " + confidence);
            }
            Objects.requireNonNull(ci, "ci");
            Objects.requireNonNull(percentileRule, "percentileRule");
            Objects.requireNonNull(conditioning, "conditioning");
            wValues = wValues == null ? null : wValues.clone();
        }

        /** PROCESS's defaults: 5,000 percentile resamples, 95%, 16th/50th/84th percentiles. */
        public static ProcessSettings defaults() {
            return new ProcessSettings(
                    ProcessOptions.DEFAULT_RESAMPLES,
                    ProcessOptions.DEFAULT_SEED,
                    0.95,
                    BootstrapCiMethod.PERCENTILE,
                    BootstrapPercentileRule.PROCESS,
                    ProcessConditioning.PERCENTILES,
                    null);
        }

        /** The same settings with another number of resamples and seed. */
        public ProcessSettings withResamples(int value, long seedValue) {
            return new ProcessSettings(value, seedValue, confidence, ci, percentileRule, conditioning, wValues);
        }

        /** The same settings with another interval method. */
        public ProcessSettings withCi(BootstrapCiMethod value) {
            return new ProcessSettings(resamples, seed, confidence, value, percentileRule, conditioning, wValues);
        }

        @Override
        public double[] wValues() {
            return wValues == null ? null : wValues.clone();
        }

        /** The engine's options for these settings. */
        public ProcessOptions options(boolean centre) {
            ProcessOptions o = ProcessOptions.defaults()
                    .withResamples(resamples)
                    .withSeed(seed)
                    .withConfidence(confidence)
                    .withCiMethod(ci)
                    .withPercentileRule(percentileRule)
                    .withConditioning(conditioning)
                    .withCentre(centre);
            return wValues == null ? o : o.withModeratorValues(wValues);
        }
    }

    /** PROCESS model 4, simple mediation X → M → Y, covariates in both equations. */
    record Model4(String x, String m, String y, List<String> covariates, ProcessSettings settings) implements Analysis {
        private static final long serialVersionUID = 1L;

        public Model4 {
            Objects.requireNonNull(x, "x");
            Objects.requireNonNull(m, "m");
            Objects.requireNonNull(y, "y");
            covariates = List.copyOf(covariates);
            Objects.requireNonNull(settings, "settings");
        }

        @Override
        public String key() {
            return "model4";
        }

        @Override
        public List<Reference> references() {
            return processReferences("model4", Map.of("x", x, "m", m, "y", y), covariates);
        }
    }

    /**
     * PROCESS model 7, first-stage moderated mediation: W moderates X → M.
     *
     * @param centre mean-centre X and W before forming X·W
     */
    record Model7(
            String x, String w, String m, String y, List<String> covariates, boolean centre, ProcessSettings settings)
            implements Analysis {
        private static final long serialVersionUID = 1L;

        public Model7 {
            Objects.requireNonNull(x, "x");
            Objects.requireNonNull(w, "w");
            Objects.requireNonNull(m, "m");
            Objects.requireNonNull(y, "y");
            covariates = List.copyOf(covariates);
            Objects.requireNonNull(settings, "settings");
        }

        @Override
        public String key() {
            return "model7";
        }

        @Override
        public List<Reference> references() {
            return processReferences("model7", Map.of("x", x, "w", w, "m", m, "y", y), covariates);
        }
    }

    private static List<Reference> processReferences(String key, Map<String, String> roles, List<String> covariates) {
        List<Reference> refs = new ArrayList<>();
        for (String role : List.of("x", "w", "m", "y")) {
            if (roles.containsKey(role)) {
                refs.add(new Reference(key + "." + role, roles.get(role)));
            }
        }
        for (int c = 0; c < covariates.size(); c++) {
            refs.add(new Reference(key + ".covariates[" + c + "]", covariates.get(c)));
        }
        return refs;
    }
}

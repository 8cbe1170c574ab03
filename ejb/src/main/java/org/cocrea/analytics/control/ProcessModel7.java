package org.cocrea.analytics.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Hayes' PROCESS model 7: first-stage moderated mediation. W moderates X → M:
 *
 * <pre>
 *   M = a₀ + a₁X + a₂W + a₃XW (+ covariates)
 *   Y = c′₀ + c′X + bM (+ covariates)
 * </pre>
 *
 * Reports the index of moderated mediation a₃b, conditional indirect effects (a₁ + a₃w)b and simple
 * slopes a₁ + a₃w at probed values of W, and the Johnson–Neyman regions of the X → M slope. Point
 * estimates are OLS by QR; a₃b and the conditional indirect effects get bootstrap intervals. The
 * probed values of W are fixed from the original sample (as in PROCESS) and the same for every
 * resample.
 */
public final class ProcessModel7 {

    private ProcessModel7() {}

    /** Runs model 7 with a seeded bootstrap. */
    public static ProcessModel7Result run(
            RegressionVariable x,
            RegressionVariable w,
            RegressionVariable m,
            RegressionVariable y,
            List<RegressionVariable> covariates,
            ProcessOptions options) {
        return analyse(x, w, m, y, covariates, options, null);
    }

    /**
     * Runs model 7 replaying given resamples: {@code resampleIndices[b][i]} is the 0-based position,
     * among the complete cases, of the i-th case drawn in resample b. The seed and resample count of
     * {@code options} are ignored.
     */
    public static ProcessModel7Result replay(
            RegressionVariable x,
            RegressionVariable w,
            RegressionVariable m,
            RegressionVariable y,
            List<RegressionVariable> covariates,
            int[][] resampleIndices,
            ProcessOptions options) {
        Objects.requireNonNull(resampleIndices, "resampleIndices");
        return analyse(x, w, m, y, covariates, options, resampleIndices);
    }

    private static ProcessModel7Result analyse(
            RegressionVariable x,
            RegressionVariable w,
            RegressionVariable m,
            RegressionVariable y,
            List<RegressionVariable> covariates,
            ProcessOptions options,
            int[][] indices) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(covariates, "covariates");
        List<RegressionVariable> all = new ArrayList<>(List.of(
                Objects.requireNonNull(x, "x"),
                Objects.requireNonNull(w, "w"),
                Objects.requireNonNull(m, "m"),
                Objects.requireNonNull(y, "y")));
        all.addAll(covariates);
        ProcessCases.Complete cases = ProcessCases.complete(all);
        double[][] col = cases.columns();
        int n = cases.n();
        int k = covariates.size();
        double conf = options.confidence();

        double xMean = options.centre() ? OlsRegression.mean(col[0]) : 0;
        double wMean = options.centre() ? OlsRegression.mean(col[1]) : 0;
        double[] xs = options.centre() ? ProcessCases.shifted(col[0], xMean) : col[0];
        double[] ws = options.centre() ? ProcessCases.shifted(col[1], wMean) : col[1];
        double[] xw = new double[n];
        for (int i = 0; i < n; i++) {
            xw[i] = xs[i] * ws[i];
        }
        String productTerm = x.name() + "*" + w.name();
        RegressionVariable xv = new RegressionVariable(x.name(), xs);
        RegressionVariable wv = new RegressionVariable(w.name(), ws);
        RegressionVariable xwv = new RegressionVariable(productTerm, xw);
        RegressionVariable mv = new RegressionVariable(m.name(), col[2]);
        RegressionVariable yv = new RegressionVariable(y.name(), col[3]);
        List<RegressionVariable> cov = new ArrayList<>();
        List<String> covNames = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            cov.add(new RegressionVariable(covariates.get(c).name(), col[4 + c]));
            covNames.add(covariates.get(c).name());
        }

        List<RegressionVariable> mPredictors = new ArrayList<>(List.of(xv, wv, xwv));
        mPredictors.addAll(cov);
        OlsResult mModel = OlsRegression.fit(mv, mPredictors, conf);
        List<RegressionVariable> yPredictors = new ArrayList<>(List.of(xv, mv));
        yPredictors.addAll(cov);
        OlsResult yModel = OlsRegression.fit(yv, yPredictors, conf);

        OlsCoefficient a1 = mModel.coefficient(x.name());
        OlsCoefficient a2 = mModel.coefficient(w.name());
        OlsCoefficient a3 = mModel.coefficient(productTerm);
        OlsCoefficient b = yModel.coefficient(m.name());
        double v11 = mModel.covariance(x.name(), x.name());
        double v13 = mModel.covariance(x.name(), productTerm);
        double v33 = mModel.covariance(productTerm, productTerm);

        // probed values of W
        double[] wSorted = ws.clone();
        Arrays.sort(wSorted);
        double wMin = wSorted[0];
        double wMax = wSorted[n - 1];
        double[] probe;
        boolean[] clamped;
        String conditioning;
        double[] custom = options.moderatorValues();
        long distinct = Arrays.stream(wSorted).distinct().limit(3).count();
        if (custom != null) {
            probe = custom;
            clamped = new boolean[probe.length];
            conditioning = "custom";
        } else if (distinct == 2) {
            probe = new double[] {wMin, wMax};
            clamped = new boolean[2];
            conditioning = "dichotomous";
        } else if (options.conditioning() == ProcessConditioning.PERCENTILES) {
            probe = new double[] {
                BootstrapIntervals.type6(wSorted, 0.16),
                BootstrapIntervals.type6(wSorted, 0.50),
                BootstrapIntervals.type6(wSorted, 0.84)
            };
            clamped = new boolean[3];
            conditioning = "percentiles";
        } else {
            double mean = OlsRegression.mean(ws);
            double sd = Math.sqrt(OlsRegression.sumSquaredDeviations(ws, mean) / (n - 1));
            probe = new double[] {mean - sd, mean, mean + sd};
            clamped = new boolean[3];
            if (probe[0] < wMin) {
                probe[0] = wMin;
                clamped[0] = true;
            }
            if (probe[2] > wMax) {
                probe[2] = wMax;
                clamped[2] = true;
            }
            conditioning = "mean and SD";
        }

        // bootstrap: columns 1 X, 2 W, 3 XW, 4 M, 5 Y, 6.. covariates
        double[][] designColumns = new double[5 + k][];
        designColumns[0] = xs;
        designColumns[1] = ws;
        designColumns[2] = xw;
        designColumns[3] = col[2];
        designColumns[4] = col[3];
        for (int c = 0; c < k; c++) {
            designColumns[5 + c] = col[4 + c];
        }
        int[] mRegressors = ProcessBootstrap.regressors(6, k, 1, 2, 3);
        int[] yRegressors = ProcessBootstrap.regressors(6, k, 1, 4);
        ProcessBootstrap.Statistic statistic = new ProcessBootstrap.Statistic() {
            @Override
            public int width() {
                return 3;
            }

            @Override
            public boolean evaluate(ProcessBootstrap.Design design, double[] s, double[] out) {
                double[] mSlopes = new double[mRegressors.length];
                double[] ySlopes = new double[yRegressors.length];
                if (!design.slopes(s, mRegressors, 4, mSlopes) || !design.slopes(s, yRegressors, 5, ySlopes)) {
                    return false;
                }
                out[0] = mSlopes[0]; // a1
                out[1] = mSlopes[2]; // a3
                out[2] = ySlopes[1]; // b
                return true;
            }
        };
        int resamples = indices == null ? options.resamples() : indices.length;
        ProcessBootstrap.Draws draws = null;
        if (resamples > 0) {
            if (options.percentileRule() == BootstrapPercentileRule.PROCESS) {
                BootstrapIntervals.processBounds(resamples, conf);
            }
            ProcessBootstrap.Design design = new ProcessBootstrap.Design(designColumns);
            draws = indices == null
                    ? ProcessBootstrap.resample(design, statistic, resamples, options.seed(), options)
                    : ProcessBootstrap.replay(design, statistic, indices, options);
        }

        double index = a3.estimate() * b.estimate();
        BootstrapEstimate indexEstimate;
        if (draws == null) {
            indexEstimate = BootstrapEstimate.pointOnly(index);
        } else {
            double[] d = new double[resamples];
            for (int r = 0; r < resamples; r++) {
                d[r] = draws.estimates()[1][r] * draws.estimates()[2][r];
            }
            indexEstimate = BootstrapIntervals.summarize(index, d, conf, options.ciMethod(), options.percentileRule());
        }

        int df = mModel.dfResidual();
        TDistribution tDist = TDistribution.of(df);
        double tCrit = tDist.inverseCumulativeProbability(1 - (1 - conf) / 2);
        List<ProcessConditionalEffect> effects = new ArrayList<>();
        for (int i = 0; i < probe.length; i++) {
            double wv0 = probe[i];
            double slope = a1.estimate() + a3.estimate() * wv0;
            double se = Math.sqrt(v11 + 2 * wv0 * v13 + wv0 * wv0 * v33);
            double t = slope / se;
            double p = 2 * tDist.survivalProbability(Math.abs(t));
            double indirect = slope * b.estimate();
            BootstrapEstimate indirectEstimate;
            if (draws == null) {
                indirectEstimate = BootstrapEstimate.pointOnly(indirect);
            } else {
                double[] d = new double[resamples];
                for (int r = 0; r < resamples; r++) {
                    d[r] = (draws.estimates()[0][r] + draws.estimates()[1][r] * wv0) * draws.estimates()[2][r];
                }
                indirectEstimate =
                        BootstrapIntervals.summarize(indirect, d, conf, options.ciMethod(), options.percentileRule());
            }
            effects.add(new ProcessConditionalEffect(
                    wv0,
                    wv0 + wMean,
                    clamped[i],
                    slope,
                    se,
                    t,
                    p,
                    slope - tCrit * se,
                    slope + tCrit * se,
                    indirectEstimate));
        }

        ProcessJohnsonNeyman jn = johnsonNeyman(a1.estimate(), a3.estimate(), v11, v13, v33, tCrit, df, wSorted, wMean);

        ProcessBootstrapInfo info = new ProcessBootstrapInfo(
                resamples,
                indices == null ? options.seed() : null,
                conf,
                options.ciMethod(),
                options.percentileRule(),
                draws == null ? 0 : draws.redrawn());
        return new ProcessModel7Result(
                n,
                cases.excluded(),
                x.name(),
                w.name(),
                m.name(),
                y.name(),
                covNames,
                options.centre(),
                xMean,
                wMean,
                productTerm,
                mModel,
                yModel,
                a1,
                a2,
                a3,
                b,
                yModel.coefficient(x.name()),
                indexEstimate,
                conditioning,
                effects,
                jn,
                info);
    }

    /**
     * Johnson–Neyman boundaries of θ(w) = a₁ + a₃w: the roots of Aw² + Bw + C = 0 with A = a₃² −
     * t²V₃₃, B = 2(a₁a₃ − t²V₁₃), C = a₁² − t²V₁₁; θ is significant where Aw² + Bw + C &gt; 0.
     */
    static ProcessJohnsonNeyman johnsonNeyman(
            double a1,
            double a3,
            double v11,
            double v13,
            double v33,
            double tCrit,
            int df,
            double[] wSorted,
            double shift) {
        double t2 = tCrit * tCrit;
        double qa = a3 * a3 - t2 * v33;
        double qb = 2 * (a1 * a3 - t2 * v13);
        double qc = a1 * a1 - t2 * v11;
        double min = wSorted[0];
        double max = wSorted[wSorted.length - 1];
        List<Double> roots = new ArrayList<>();
        List<ProcessJohnsonNeyman.Region> regions = new ArrayList<>();
        double inf = Double.POSITIVE_INFINITY;
        double scale = Math.max(Math.abs(qb), Math.abs(qc));
        if (Math.abs(qa) <= 1e-14 * Math.max(scale, Double.MIN_NORMAL)) {
            // linear: qb w + qc
            if (qb != 0) {
                double r = -qc / qb;
                roots.add(r);
                regions.add(
                        qb > 0 ? new ProcessJohnsonNeyman.Region(r, inf) : new ProcessJohnsonNeyman.Region(-inf, r));
            } else if (qc > 0) {
                regions.add(new ProcessJohnsonNeyman.Region(-inf, inf));
            }
        } else {
            double disc = qb * qb - 4 * qa * qc;
            if (disc < 0) {
                if (qa > 0) {
                    regions.add(new ProcessJohnsonNeyman.Region(-inf, inf));
                }
            } else {
                double sq = Math.sqrt(disc);
                double q = -0.5 * (qb + Math.copySign(sq, qb));
                double r1 = q / qa;
                double r2 = q != 0 ? qc / q : r1;
                double lo = Math.min(r1, r2);
                double hi = Math.max(r1, r2);
                roots.add(lo);
                if (hi != lo) {
                    roots.add(hi);
                }
                if (qa > 0) {
                    regions.add(new ProcessJohnsonNeyman.Region(-inf, lo));
                    regions.add(new ProcessJohnsonNeyman.Region(hi, inf));
                } else {
                    regions.add(new ProcessJohnsonNeyman.Region(lo, hi));
                }
            }
        }
        List<ProcessJohnsonNeyman.Boundary> boundaries = new ArrayList<>();
        int n = wSorted.length;
        for (double r : roots) {
            int below = 0;
            int above = 0;
            for (double v : wSorted) {
                if (v < r) {
                    below++;
                } else if (v > r) {
                    above++;
                }
            }
            boundaries.add(new ProcessJohnsonNeyman.Boundary(
                    r, r + shift, r >= min && r <= max, 100.0 * below / n, 100.0 * above / n));
        }
        return new ProcessJohnsonNeyman(tCrit, df, min, max, boundaries, regions);
    }
}

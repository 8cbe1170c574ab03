package org.cocrea.analytics.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Hayes' PROCESS model 4: simple mediation X → M → Y, optional covariates entered in both the M and
 * the Y equation (PROCESS's default). Point estimates are OLS by QR; the indirect effect ab gets a
 * bootstrap interval ({@link ProcessBootstrap}).
 */
public final class ProcessModel4 {

    private ProcessModel4() {}

    /** Runs model 4 with a seeded bootstrap. */
    public static ProcessModel4Result run(
            RegressionVariable x,
            RegressionVariable m,
            RegressionVariable y,
            List<RegressionVariable> covariates,
            ProcessOptions options) {
        return analyse(x, m, y, covariates, options, null);
    }

    /**
     * Runs model 4 replaying given resamples, e.g. drawn in R: {@code resampleIndices[b][i]} is the
     * 0-based position, among the complete cases, of the i-th case drawn in resample b. The seed and
     * resample count of {@code options} are ignored.
     */
    public static ProcessModel4Result replay(
            RegressionVariable x,
            RegressionVariable m,
            RegressionVariable y,
            List<RegressionVariable> covariates,
            int[][] resampleIndices,
            ProcessOptions options) {
        Objects.requireNonNull(resampleIndices, "resampleIndices");
        return analyse(x, m, y, covariates, options, resampleIndices);
    }

    private static ProcessModel4Result analyse(
            RegressionVariable x,
            RegressionVariable m,
            RegressionVariable y,
            List<RegressionVariable> covariates,
            ProcessOptions options,
            int[][] indices) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(covariates, "covariates");
        List<RegressionVariable> all = new ArrayList<>(List.of(
                Objects.requireNonNull(x, "x"), Objects.requireNonNull(m, "m"), Objects.requireNonNull(y, "y")));
        all.addAll(covariates);
        ProcessCases.Complete cases = ProcessCases.complete(all);
        double[][] col = cases.columns();
        RegressionVariable xv = new RegressionVariable(x.name(), col[0]);
        RegressionVariable mv = new RegressionVariable(m.name(), col[1]);
        RegressionVariable yv = new RegressionVariable(y.name(), col[2]);
        List<RegressionVariable> cov = new ArrayList<>();
        List<String> covNames = new ArrayList<>();
        for (int c = 0; c < covariates.size(); c++) {
            cov.add(new RegressionVariable(covariates.get(c).name(), col[3 + c]));
            covNames.add(covariates.get(c).name());
        }
        double conf = options.confidence();

        List<RegressionVariable> mPredictors = new ArrayList<>(List.of(xv));
        mPredictors.addAll(cov);
        OlsResult mModel = OlsRegression.fit(mv, mPredictors, conf);
        List<RegressionVariable> yPredictors = new ArrayList<>(List.of(xv, mv));
        yPredictors.addAll(cov);
        OlsResult yModel = OlsRegression.fit(yv, yPredictors, conf);
        OlsResult totalModel = OlsRegression.fit(yv, mPredictors, conf);

        OlsCoefficient a = mModel.coefficient(x.name());
        OlsCoefficient b = yModel.coefficient(m.name());
        double ab = a.estimate() * b.estimate();
        double sobelSe = Math.sqrt(a.estimate() * a.estimate() * b.standardError() * b.standardError()
                + b.estimate() * b.estimate() * a.standardError() * a.standardError());
        double z = ab / sobelSe;
        double sobelP = 2 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(z));

        int k = covariates.size();
        // bootstrap: columns 1 X, 2 M, 3 Y, 4.. covariates (the cases' own column order)
        double[][] designColumns = col;
        int[] mRegressors = ProcessBootstrap.regressors(4, k, 1);
        int[] yRegressors = ProcessBootstrap.regressors(4, k, 1, 2);
        ProcessBootstrap.Statistic statistic = new ProcessBootstrap.Statistic() {
            @Override
            public int width() {
                return 3;
            }

            @Override
            public boolean evaluate(ProcessBootstrap.Design design, double[] s, double[] out) {
                double[] mSlopes = new double[mRegressors.length];
                double[] ySlopes = new double[yRegressors.length];
                if (!design.slopes(s, mRegressors, 2, mSlopes) || !design.slopes(s, yRegressors, 3, ySlopes)) {
                    return false;
                }
                out[0] = mSlopes[0] * ySlopes[1];
                out[1] = mSlopes[0];
                out[2] = ySlopes[1];
                return true;
            }
        };
        ProcessBootstrap.Draws draws = null;
        int resamples = indices == null ? options.resamples() : indices.length;
        if (resamples > 0) {
            if (options.percentileRule() == BootstrapPercentileRule.PROCESS) {
                BootstrapIntervals.processBounds(resamples, conf); // refuse too few resamples before the work
            }
            ProcessBootstrap.Design design = new ProcessBootstrap.Design(designColumns);
            draws = indices == null
                    ? ProcessBootstrap.resample(design, statistic, resamples, options.seed(), options)
                    : ProcessBootstrap.replay(design, statistic, indices, options);
        }
        BootstrapEstimate indirect = draws == null
                ? BootstrapEstimate.pointOnly(ab)
                : BootstrapIntervals.summarize(
                        ab, draws.estimates()[0], conf, options.ciMethod(), options.percentileRule());
        ProcessBootstrapInfo info = new ProcessBootstrapInfo(
                resamples,
                indices == null ? options.seed() : null,
                conf,
                options.ciMethod(),
                options.percentileRule(),
                draws == null ? 0 : draws.redrawn());
        return new ProcessModel4Result(
                cases.n(),
                cases.excluded(),
                x.name(),
                m.name(),
                y.name(),
                covNames,
                mModel,
                yModel,
                totalModel,
                a,
                b,
                yModel.coefficient(x.name()),
                totalModel.coefficient(x.name()),
                indirect,
                new ProcessNormalTheoryTest(ab, sobelSe, z, sobelP),
                info);
    }
}

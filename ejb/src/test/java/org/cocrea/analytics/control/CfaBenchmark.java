package org.cocrea.analytics.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Timing of the CFA engine (not a test): a four-factor, 16-indicator CFA on N = 358 simulated
 * cases (p50 and p95 of warm runs), plus the HolzingerSwineford three-factor model. Run with the
 * {@code bench} profile together with {@link ProcessBenchmark}:
 *
 * <pre>
 *   ./mvnw -B -q -pl ejb -Pbench test
 * </pre>
 */
public final class CfaBenchmark {

    private CfaBenchmark() {}

    public static void main(String[] args) {
        int n = 358;
        int factors = 4;
        int perFactor = 4;
        double[][] rows = simulate(n, factors, perFactor, 20260101L);
        var names = new ArrayList<String>();
        var builder = CfaModel.builder();
        for (int f = 0; f < factors; f++) {
            List<String> items = new ArrayList<>();
            for (int k = 0; k < perFactor; k++) {
                items.add("f" + (f + 1) + "_" + (k + 1));
            }
            names.addAll(items);
            builder.factor("F" + (f + 1), items);
        }
        CfaModel model = builder.build();

        long t0 = System.nanoTime();
        CovarianceData data = CovarianceData.fromRows(names, rows);
        CfaResult first = CfaFit.fit(model, data);
        MeasurementQuality.assess(first, data);
        long cold = System.nanoTime() - t0;
        System.out.printf(
                Locale.ROOT,
                "4 factors x 4 indicators, N = %d: chi2 = %.4f, df = %d, CFI = %.4f, RMSEA = %.4f,"
                        + " iterations = %d, converged = %s%n",
                n,
                first.fit().chiSquare(),
                first.fit().degreesOfFreedom(),
                first.fit().cfi(),
                first.fit().rmsea(),
                first.convergence().iterations(),
                first.convergence().converged());
        System.out.printf(Locale.ROOT, "cold (first call, incl. class loading and JIT): %.1f ms%n", cold / 1e6);

        BenchmarkTimer.Times fitTimes = BenchmarkTimer.time(300, 500, () -> CfaFit.fit(model, data));
        System.out.println(fitTimes.summary(String.format(Locale.ROOT, "CFA 4 factors x 4 items, ML fit, n = %d", n)));
        BenchmarkTimer.Times fullTimes = BenchmarkTimer.time(50, 200, () -> {
            CovarianceData d = CovarianceData.fromRows(names, rows);
            MeasurementQuality.assess(CfaFit.fit(model, d), d);
        });
        System.out.println(fullTimes.summary(String.format(
                Locale.ROOT, "CFA 4 factors x 4 items, rows -> covariances -> fit -> measurement quality, n = %d", n)));

        int reps = 500;
        CovarianceData hs = CfaTestData.holzingerSwineford();
        CfaModel hsModel = CfaTestData.threeFactorModel();
        long s = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            CfaFit.fit(hsModel, hs);
            CfaFit.fit(hsModel.merge("textual", "speed"), hs);
        }
        System.out.printf(
                Locale.ROOT,
                "warm HolzingerSwineford 3-factor + merged model: mean %.2f ms per pair%n",
                (System.nanoTime() - s) / 1e6 / reps);
    }

    static double[][] simulate(int n, int factors, int perFactor, long seed) {
        var rnd = new Random(seed);
        double[][] rows = new double[n][factors * perFactor];
        for (double[] row : rows) {
            double common = rnd.nextGaussian();
            for (int f = 0; f < factors; f++) {
                double eta = 0.6 * common + 0.8 * rnd.nextGaussian();
                for (int k = 0; k < perFactor; k++) {
                    double loading = 0.6 + 0.1 * k;
                    // 1..7 Likert-like rounding keeps it realistic
                    double x = 4 + 1.2 * (loading * eta + Math.sqrt(1 - loading * loading) * rnd.nextGaussian());
                    row[f * perFactor + k] = Math.max(1, Math.min(7, Math.rint(x)));
                }
            }
        }
        return rows;
    }
}

package org.cocrea.analytics.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Manual timing of the CFA engine (not a test): a four-factor, 16-indicator CFA on N = 358
 * simulated cases, plus the HolzingerSwineford three-factor model. Run after {@code mvn -pl ejb
 * test-compile} with the test classpath, e.g.
 *
 * <pre>
 * mvn -o -q -pl ejb dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp ejb/target/classes:ejb/target/test-classes:$(cat /tmp/cp.txt) \
 *     org.cocrea.analytics.control.CfaBenchmark
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

        for (int i = 0; i < 300; i++) {
            CfaFit.fit(model, data);
        }
        int reps = 500;
        long[] times = new long[reps];
        for (int i = 0; i < reps; i++) {
            long s = System.nanoTime();
            CfaFit.fit(model, data);
            times[i] = System.nanoTime() - s;
        }
        java.util.Arrays.sort(times);
        System.out.printf(
                Locale.ROOT,
                "warm CfaFit.fit: median %.2f ms, p95 %.2f ms, max %.2f ms (%d runs)%n",
                times[reps / 2] / 1e6,
                times[reps * 95 / 100] / 1e6,
                times[reps - 1] / 1e6,
                reps);

        long s = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            CfaResult r = CfaFit.fit(model, CovarianceData.fromRows(names, rows));
            MeasurementQuality.assess(r, data);
        }
        System.out.printf(
                Locale.ROOT,
                "warm raw rows -> covariance -> fit -> measurement quality: mean %.2f ms%n",
                (System.nanoTime() - s) / 1e6 / reps);

        CovarianceData hs = CfaTestData.holzingerSwineford();
        CfaModel hsModel = CfaTestData.threeFactorModel();
        s = System.nanoTime();
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

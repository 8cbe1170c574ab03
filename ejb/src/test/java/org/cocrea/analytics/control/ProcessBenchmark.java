package org.cocrea.analytics.control;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Rough timing of PROCESS model 7 with 5,000 percentile-bootstrap resamples (not a unit test, no
 * JMH). Run after {@code mvn -pl ejb test-compile}:
 *
 * <pre>
 *   java -cp ejb/target/classes:ejb/target/test-classes:&lt;hipparchus and commons-statistics jars&gt; \
 *       org.cocrea.analytics.control.ProcessBenchmark [n ...]
 * </pre>
 *
 * Measured on the 2-core build machine (JDK 17, 2026-11-22; model 7 without covariates, 5,000
 * resamples, best of several warm runs):
 *
 * <pre>
 *   n =     358   1 thread 0.022 s   2 threads 0.018 s
 *   n = 100,000   1 thread 9.5 s     2 threads 5.3 s
 * </pre>
 *
 * (Before the unrolled 4- and 6-column cross-product kernels: 0.048 s and 8.6 s on 2 threads.)
 */
public final class ProcessBenchmark {

    private ProcessBenchmark() {}

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {358, 100_000} : parse(args);
        for (int n : sizes) {
            RegressionVariable[] v = synthetic(n, 11);
            int warmups = n <= 10_000 ? 10 : 1;
            for (int parallelism : new int[] {1, 2}) {
                ProcessOptions options = ProcessOptions.defaults().withParallelism(parallelism);
                for (int i = 0; i < warmups; i++) {
                    ProcessModel7.run(v[0], v[1], v[2], v[3], List.of(), options);
                }
                int reps = n <= 10_000 ? 10 : 2;
                long best = Long.MAX_VALUE;
                ProcessModel7Result r = null;
                for (int i = 0; i < reps; i++) {
                    long t0 = System.nanoTime();
                    r = ProcessModel7.run(v[0], v[1], v[2], v[3], List.of(), options);
                    best = Math.min(best, System.nanoTime() - t0);
                }
                System.out.printf(
                        Locale.ROOT,
                        "n=%d threads=%d resamples=%d best of %d: %.3f s (index %.4f [%.4f, %.4f])%n",
                        n,
                        parallelism,
                        r.bootstrap().resamples(),
                        reps,
                        best / 1e9,
                        r.indexOfModeratedMediation().estimate(),
                        r.indexOfModeratedMediation().lower(),
                        r.indexOfModeratedMediation().upper());
            }
        }
    }

    /** X → M moderated by W, M → Y, standard normal noise. */
    static RegressionVariable[] synthetic(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] w = new double[n];
        double[] m = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 3 + gaussian(rng);
            w[i] = 4 + gaussian(rng);
            m[i] = 1 + 0.3 * x[i] + 0.2 * w[i] + 0.1 * x[i] * w[i] + gaussian(rng);
            y[i] = 0.5 + 0.2 * x[i] + 0.4 * m[i] + gaussian(rng);
        }
        return new RegressionVariable[] {
            new RegressionVariable("engagement", x),
            new RegressionVariable("climate", w),
            new RegressionVariable("cocreation", m),
            new RegressionVariable("performance", y)
        };
    }

    private static double gaussian(SplittableRandom rng) {
        double u1 = rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static int[] parse(String[] args) {
        int[] out = new int[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = Integer.parseInt(args[i]);
        }
        return out;
    }
}

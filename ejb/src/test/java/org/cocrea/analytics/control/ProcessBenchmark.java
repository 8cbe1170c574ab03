package org.cocrea.analytics.control;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Timing of PROCESS model 7 with 5,000 percentile-bootstrap resamples on synthetic data (not a unit
 * test, no JMH): p50 and p95 of repeated warm runs, with all processors as bootstrap workers. Run
 * with the {@code bench} profile, which runs this and {@link CfaBenchmark} after compiling the
 * tests:
 *
 * <pre>
 *   ./mvnw -B -q -pl ejb -Pbench test
 * </pre>
 *
 * or directly with {@code [n ...]} as arguments (default 358 and 100,000). Results are recorded in
 * {@code docs/performance.md}.
 */
public final class ProcessBenchmark {

    private ProcessBenchmark() {}

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {358, 100_000} : parse(args);
        int threads = Runtime.getRuntime().availableProcessors();
        for (int n : sizes) {
            RegressionVariable[] v = synthetic(n, 11);
            ProcessOptions options = ProcessOptions.defaults();
            boolean large = n > 10_000;
            ProcessModel7Result[] last = new ProcessModel7Result[1];
            BenchmarkTimer.Times times = BenchmarkTimer.time(
                    large ? 1 : 20,
                    large ? 5 : 50,
                    () -> last[0] = ProcessModel7.run(v[0], v[1], v[2], v[3], List.of(), options));
            ProcessModel7Result r = last[0];
            System.out.println(times.summary(String.format(
                    Locale.ROOT,
                    "PROCESS Model 7, %,d resamples, n = %,d, %d threads",
                    r.bootstrap().resamples(),
                    n,
                    threads)));
            System.out.printf(
                    Locale.ROOT,
                    "  index of moderated mediation %.4f [%.4f, %.4f]%n",
                    r.indexOfModeratedMediation().estimate(),
                    r.indexOfModeratedMediation().lower(),
                    r.indexOfModeratedMediation().upper());
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

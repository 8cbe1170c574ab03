package org.cocrea.analytics.control;

import java.util.Arrays;
import java.util.Locale;

/**
 * Times repeated warm runs of a task and prints the median (p50) and the 95th percentile (nearest
 * rank) for the benchmarks ({@link ProcessBenchmark}, {@link CfaBenchmark}); not a unit test, no
 * JMH.
 */
final class BenchmarkTimer {

    private BenchmarkTimer() {}

    /** Wall-clock times of runs, in nanoseconds, sorted. */
    record Times(long[] sorted) {

        /** The nearest-rank percentile, e.g. 0.95. */
        double percentileMillis(double p) {
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
        }

        String summary(String what) {
            return String.format(
                    Locale.ROOT,
                    "%s: p50 %s, p95 %s (%d warm runs)",
                    what,
                    format(percentileMillis(0.50)),
                    format(percentileMillis(0.95)),
                    sorted.length);
        }

        private static String format(double millis) {
            return millis >= 1000
                    ? String.format(Locale.ROOT, "%.2f s", millis / 1000)
                    : String.format(Locale.ROOT, "%.2f ms", millis);
        }
    }

    /** Runs {@code task} {@code warmups} times untimed, then {@code runs} times timed. */
    static Times time(int warmups, int runs, Runnable task) {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return new Times(times);
    }
}

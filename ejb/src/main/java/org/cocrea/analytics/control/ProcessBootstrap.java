package org.cocrea.analytics.control;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The resampling engine behind the PROCESS models.
 *
 * <p><b>Data.</b> The model's columns (a constant, then X, W, X·W, M, Y, covariates, …) are stored
 * row-major, each column shifted by its sample mean and divided by its sample SD. A resample is
 * represented by how often each case was drawn; its cross-product matrix Σ cᵢ zᵢ zᵢᵀ is accumulated
 * in one sequential pass over the rows (upper triangle only). Each regression of the model is then
 * solved from the within-resample centred cross-products of its columns by a Cholesky factorisation
 * (3×3 and 2×2 for model 7 without covariates); slopes are scaled back to the original units. The
 * slopes are invariant to the per-column shifts (the intercept absorbs them), so this is exact
 * algebra; the standardisation only keeps the normal equations well conditioned. Tests compare it
 * with QR fits of the same resamples.
 *
 * <p><b>Reproducibility.</b> Resamples are processed in chunks of {@value #CHUNK}. Chunk c draws from
 * its own {@link SplittableRandom} seeded with the c-th {@code nextLong()} of a {@code
 * SplittableRandom(seed)}, and writes its results to fixed positions; so results depend on the seed
 * only, never on the number of threads or on scheduling. A resample whose normal equations are
 * singular is replaced by the next draw of the same chunk's stream (and counted).
 *
 * <p><b>Control.</b> Chunks run on a {@link ForkJoinPool} of the requested parallelism. Between
 * chunks the cancellation flag is polled; progress is reported after each chunk.
 */
final class ProcessBootstrap {

    /** Resamples per chunk: the unit of seeding, progress and cancellation. */
    static final int CHUNK = 100;

    /** Redraws allowed per resample before giving up on a degenerate design. */
    private static final int MAX_REDRAWS = 100;

    /** The statistic of one resample, from its cross-product matrix. Must be stateless. */
    interface Statistic {

        /** Number of values {@link #evaluate} writes. */
        int width();

        /**
         * Computes the statistic; returns false when the resample is degenerate (singular).
         *
         * @param design the design (for its scales)
         * @param crossProducts q×q row-major, upper triangle filled
         * @param out receives {@link #width()} values
         */
        boolean evaluate(Design design, double[] crossProducts, double[] out);
    }

    /** Draws of a bootstrap: {@code estimates[statistic][resample]}. */
    record Draws(double[][] estimates, int redrawn) {}

    /**
     * Design column numbers (1-based; 0 is the constant) of one equation: the {@code fixed}
     * regressors, then the {@code covariates} covariate columns that start at {@code firstCovariate}.
     */
    static int[] regressors(int firstCovariate, int covariates, int... fixed) {
        int[] out = java.util.Arrays.copyOf(fixed, fixed.length + covariates);
        for (int c = 0; c < covariates; c++) {
            out[fixed.length + c] = firstCovariate + c;
        }
        return out;
    }

    /** Row-major standardised columns; column 0 is the constant 1. */
    static final class Design {
        final double[] rows;
        final int n;
        final int q;
        final double[] scale;

        /** @param columns the model's columns, without the constant */
        Design(double[][] columns) {
            this.n = columns[0].length;
            this.q = columns.length + 1;
            this.rows = new double[n * q];
            this.scale = new double[q];
            scale[0] = 1;
            for (int i = 0; i < n; i++) {
                rows[i * q] = 1;
            }
            for (int j = 1; j < q; j++) {
                double[] col = columns[j - 1];
                double mean = OlsRegression.mean(col);
                double sd = Math.sqrt(OlsRegression.sumSquaredDeviations(col, mean) / (n - 1));
                if (!(sd > 0)) {
                    sd = 1; // a constant column is refused earlier; keep the design finite anyway
                }
                scale[j] = sd;
                for (int i = 0; i < n; i++) {
                    rows[i * q + j] = (col[i] - mean) / sd;
                }
            }
        }

        /**
         * Slopes of the regression of column {@code response} on columns {@code regressors} (with an
         * intercept), in original units, into {@code out}; false if singular.
         */
        boolean slopes(double[] s, int[] regressors, int response, double[] out) {
            int k = regressors.length;
            double count = s[0];
            double[] a = new double[k * k];
            double[] rhs = new double[k];
            for (int i = 0; i < k; i++) {
                int ri = regressors[i];
                for (int j = i; j < k; j++) {
                    int rj = regressors[j];
                    a[i * k + j] = at(s, ri, rj) - at(s, 0, ri) * at(s, 0, rj) / count;
                }
                rhs[i] = at(s, ri, response) - at(s, 0, ri) * at(s, 0, response) / count;
            }
            if (!choleskySolve(a, rhs, k, count)) {
                return false;
            }
            for (int i = 0; i < k; i++) {
                out[i] = rhs[i] * scale[response] / scale[regressors[i]];
            }
            return true;
        }

        private double at(double[] s, int i, int j) {
            return i <= j ? s[i * q + j] : s[j * q + i];
        }

        /** Σ cᵢ zᵢ zᵢᵀ, upper triangle (lower triangle left 0). */
        void accumulate(int[] counts, double[] s) {
            Arrays.fill(s, 0);
            if (q == 4) {
                accumulate4(counts, s);
                return;
            }
            if (q == 6) {
                accumulate6(counts, s);
                return;
            }
            final int qq = q;
            final double[] r = rows;
            for (int i = 0; i < n; i++) {
                int c = counts[i];
                if (c == 0) {
                    continue;
                }
                int off = i * qq;
                for (int a = 0; a < qq; a++) {
                    double va = c * r[off + a];
                    int ra = a * qq;
                    for (int b = a; b < qq; b++) {
                        s[ra + b] += va * r[off + b];
                    }
                }
            }
        }

        /** 4 columns unrolled: the sums stay in registers (about 4× faster than the loop). */
        private void accumulate4(int[] counts, double[] s) {
            final double[] r = rows;
            double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s11 = 0, s12 = 0, s13 = 0, s22 = 0, s23 = 0, s33 = 0;
            for (int i = 0, off = 0; i < n; i++, off += 4) {
                double c = counts[i];
                double z0 = r[off + 0];
                double z1 = r[off + 1];
                double z2 = r[off + 2];
                double z3 = r[off + 3];
                double c0 = c * z0;
                double c1 = c * z1;
                double c2 = c * z2;
                double c3 = c * z3;
                s00 += c0 * z0;
                s01 += c0 * z1;
                s02 += c0 * z2;
                s03 += c0 * z3;
                s11 += c1 * z1;
                s12 += c1 * z2;
                s13 += c1 * z3;
                s22 += c2 * z2;
                s23 += c2 * z3;
                s33 += c3 * z3;
            }
            s[0] = s00;
            s[1] = s01;
            s[2] = s02;
            s[3] = s03;
            s[5] = s11;
            s[6] = s12;
            s[7] = s13;
            s[10] = s22;
            s[11] = s23;
            s[15] = s33;
        }

        /** 6 columns unrolled: the sums stay in registers (about 4× faster than the loop). */
        private void accumulate6(int[] counts, double[] s) {
            final double[] r = rows;
            double s00 = 0,
                    s01 = 0,
                    s02 = 0,
                    s03 = 0,
                    s04 = 0,
                    s05 = 0,
                    s11 = 0,
                    s12 = 0,
                    s13 = 0,
                    s14 = 0,
                    s15 = 0,
                    s22 = 0,
                    s23 = 0,
                    s24 = 0,
                    s25 = 0,
                    s33 = 0,
                    s34 = 0,
                    s35 = 0,
                    s44 = 0,
                    s45 = 0,
                    s55 = 0;
            for (int i = 0, off = 0; i < n; i++, off += 6) {
                double c = counts[i];
                double z0 = r[off + 0];
                double z1 = r[off + 1];
                double z2 = r[off + 2];
                double z3 = r[off + 3];
                double z4 = r[off + 4];
                double z5 = r[off + 5];
                double c0 = c * z0;
                double c1 = c * z1;
                double c2 = c * z2;
                double c3 = c * z3;
                double c4 = c * z4;
                double c5 = c * z5;
                s00 += c0 * z0;
                s01 += c0 * z1;
                s02 += c0 * z2;
                s03 += c0 * z3;
                s04 += c0 * z4;
                s05 += c0 * z5;
                s11 += c1 * z1;
                s12 += c1 * z2;
                s13 += c1 * z3;
                s14 += c1 * z4;
                s15 += c1 * z5;
                s22 += c2 * z2;
                s23 += c2 * z3;
                s24 += c2 * z4;
                s25 += c2 * z5;
                s33 += c3 * z3;
                s34 += c3 * z4;
                s35 += c3 * z5;
                s44 += c4 * z4;
                s45 += c4 * z5;
                s55 += c5 * z5;
            }
            s[0] = s00;
            s[1] = s01;
            s[2] = s02;
            s[3] = s03;
            s[4] = s04;
            s[5] = s05;
            s[7] = s11;
            s[8] = s12;
            s[9] = s13;
            s[10] = s14;
            s[11] = s15;
            s[14] = s22;
            s[15] = s23;
            s[16] = s24;
            s[17] = s25;
            s[21] = s33;
            s[22] = s34;
            s[23] = s35;
            s[28] = s44;
            s[29] = s45;
            s[35] = s55;
        }
    }

    private ProcessBootstrap() {}

    /**
     * In-place Cholesky solve of the symmetric positive definite k×k system (upper triangle of
     * {@code a} used); false when a pivot is not clearly positive: below 1e-12 of its diagonal
     * element (collinearity) or below 1e-10 of {@code reference} (a column without variation; for
     * centred cross-products of standardised columns the reference is the number of cases, the
     * size of a diagonal element when the column varies as in the sample).
     */
    static boolean choleskySolve(double[] a, double[] rhs, int k, double reference) {
        // a = Lᵀ-style upper factor U with a = UᵀU, stored in the upper triangle
        for (int j = 0; j < k; j++) {
            double diag = a[j * k + j];
            double d = diag;
            for (int p = 0; p < j; p++) {
                d -= a[p * k + j] * a[p * k + j];
            }
            if (!(d > 1e-12 * Math.abs(diag)) || !(d > 1e-10 * reference)) {
                return false;
            }
            double u = Math.sqrt(d);
            a[j * k + j] = u;
            for (int c = j + 1; c < k; c++) {
                double v = a[j * k + c];
                for (int p = 0; p < j; p++) {
                    v -= a[p * k + j] * a[p * k + c];
                }
                a[j * k + c] = v / u;
            }
        }
        // Uᵀ y = rhs
        for (int i = 0; i < k; i++) {
            double v = rhs[i];
            for (int p = 0; p < i; p++) {
                v -= a[p * k + i] * rhs[p];
            }
            rhs[i] = v / a[i * k + i];
        }
        // U x = y
        for (int i = k - 1; i >= 0; i--) {
            double v = rhs[i];
            for (int p = i + 1; p < k; p++) {
                v -= a[i * k + p] * rhs[p];
            }
            rhs[i] = v / a[i * k + i];
        }
        return true;
    }

    /** Seeded resampling: {@code resamples} draws of n cases with replacement. */
    static Draws resample(Design design, Statistic statistic, int resamples, long seed, ProcessOptions options) {
        int chunks = (resamples + CHUNK - 1) / CHUNK;
        long[] chunkSeeds = new long[chunks];
        SplittableRandom master = new SplittableRandom(seed);
        for (int c = 0; c < chunks; c++) {
            chunkSeeds[c] = master.nextLong();
        }
        return run(design, statistic, resamples, chunkSeeds, null, options);
    }

    /** Replays given resamples: {@code indices[b]} lists the (0-based) cases drawn in resample b. */
    static Draws replay(Design design, Statistic statistic, int[][] indices, ProcessOptions options) {
        for (int b = 0; b < indices.length; b++) {
            int[] row = indices[b];
            if (row == null || row.length != design.n) {
                throw new IllegalArgumentException("resample " + (b + 1) + " has " + (row == null ? 0 : row.length)
                        + " indices, expected " + design.n);
            }
            for (int i : row) {
                if (i < 0 || i >= design.n) {
                    throw new IllegalArgumentException(
                            "resample " + (b + 1) + " has case index " + i + ", outside 0.." + (design.n - 1));
                }
            }
        }
        return run(design, statistic, indices.length, null, indices, options);
    }

    private static Draws run(
            Design design,
            Statistic statistic,
            int resamples,
            long[] chunkSeeds,
            int[][] indices,
            ProcessOptions options) {
        int width = statistic.width();
        double[][] out = new double[width][resamples];
        int chunks = (resamples + CHUNK - 1) / CHUNK;
        BooleanSupplier cancellation = options.cancellation();
        BootstrapProgressListener listener = options.progress();
        AtomicBoolean cancelled = new AtomicBoolean();
        int[] redrawn = new int[chunks];
        Object progressLock = new Object();
        int[] done = new int[1];
        int n = design.n;

        IntConsumer chunkTask = c -> {
            if (cancelled.get() || (cancellation != null && cancellation.getAsBoolean())) {
                cancelled.set(true);
                return;
            }
            int from = c * CHUNK;
            int to = Math.min(resamples, from + CHUNK);
            int[] counts = new int[n];
            double[] s = new double[design.q * design.q];
            double[] values = new double[width];
            SplittableRandom rng = chunkSeeds == null ? null : new SplittableRandom(chunkSeeds[c]);
            for (int b = from; b < to; b++) {
                int attempts = 0;
                while (true) {
                    Arrays.fill(counts, 0);
                    if (rng != null) {
                        for (int i = 0; i < n; i++) {
                            counts[rng.nextInt(n)]++;
                        }
                    } else {
                        for (int i : indices[b]) {
                            counts[i]++;
                        }
                    }
                    design.accumulate(counts, s);
                    if (statistic.evaluate(design, s, values)) {
                        break;
                    }
                    if (rng == null) {
                        throw new RegressionException("resample " + (b + 1)
                                + " is degenerate (a column is constant or collinear in it); it cannot be replayed");
                    }
                    if (++attempts > MAX_REDRAWS) {
                        throw new RegressionException("bootstrap resamples are degenerate again and again ("
                                + MAX_REDRAWS + " redraws); the data have too little variation to resample");
                    }
                    redrawn[c]++;
                }
                for (int j = 0; j < width; j++) {
                    out[j][b] = values[j];
                }
            }
            synchronized (progressLock) {
                done[0] += to - from;
                if (listener != null) {
                    listener.progress(done[0], resamples);
                }
            }
        };

        int parallelism =
                options.parallelism() == 0 ? Runtime.getRuntime().availableProcessors() : options.parallelism();
        if (parallelism <= 1 || chunks <= 1) {
            for (int c = 0; c < chunks; c++) {
                chunkTask.accept(c);
            }
        } else {
            ForkJoinPool pool = new ForkJoinPool(Math.min(parallelism, chunks));
            try {
                pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(chunkTask))
                        .get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled.set(true);
                throw new CancellationException("bootstrap interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause);
            } finally {
                pool.shutdownNow();
            }
        }
        if (cancelled.get()) {
            throw new CancellationException("bootstrap cancelled after " + done[0] + " of " + resamples + " resamples");
        }
        return new Draws(out, Arrays.stream(redrawn).sum());
    }
}

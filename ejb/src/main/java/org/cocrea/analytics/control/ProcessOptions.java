package org.cocrea.analytics.control;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Settings of a PROCESS run. Start from {@link #defaults()} and change what is needed with the
 * {@code with…} methods.
 *
 * @param resamples bootstrap resamples; 0 skips the bootstrap (intervals are then {@code NaN})
 * @param seed seed of the resampling; the same seed gives the same resamples, whatever the
 *     parallelism
 * @param confidence level of all intervals, e.g. 0.95
 * @param ciMethod percentile (default) or bias-corrected bootstrap intervals
 * @param percentileRule quantile definition of the bootstrap bounds (default PROCESS's)
 * @param conditioning moderator values used when {@code moderatorValues} is null and W is not
 *     dichotomous
 * @param moderatorValues explicit values of W to probe (in the metric of the analysis, i.e. centred
 *     when {@code centre} is set), PROCESS's {@code wmodval}; null for automatic
 * @param centre mean-centre X and W before forming their product (PROCESS {@code center=1})
 * @param parallelism worker threads for the bootstrap; 0 uses all available processors
 * @param progress told after each chunk of resamples; may be null
 * @param cancellation polled between chunks; when it answers true the run stops with a {@link
 *     java.util.concurrent.CancellationException}; may be null
 */
public record ProcessOptions(
        int resamples,
        long seed,
        double confidence,
        BootstrapCiMethod ciMethod,
        BootstrapPercentileRule percentileRule,
        ProcessConditioning conditioning,
        double[] moderatorValues,
        boolean centre,
        int parallelism,
        BootstrapProgressListener progress,
        BooleanSupplier cancellation) {

    /** PROCESS's default number of resamples. */
    public static final int DEFAULT_RESAMPLES = 5000;

    /** Seed used unless another is chosen, so that a default run is reproducible. */
    public static final long DEFAULT_SEED = 20_260_101L;

    public ProcessOptions {
        if (resamples < 0) {
            throw new IllegalArgumentException("resamples must not be negative, was " + resamples);
        }
        OlsRegression.checkConfidence(confidence);
        Objects.requireNonNull(ciMethod, "ciMethod");
        Objects.requireNonNull(percentileRule, "percentileRule");
        Objects.requireNonNull(conditioning, "conditioning");
        if (moderatorValues != null) {
            if (moderatorValues.length == 0) {
                throw new IllegalArgumentException("moderatorValues is empty; pass null for automatic values");
            }
            moderatorValues = moderatorValues.clone();
        }
        if (parallelism < 0) {
            throw new IllegalArgumentException("parallelism must not be negative, was " + parallelism);
        }
    }

    /** 5,000 percentile-bootstrap resamples with {@link #DEFAULT_SEED}, 95%, 16th/50th/84th percentiles. */
    public static ProcessOptions defaults() {
        return new ProcessOptions(
                DEFAULT_RESAMPLES,
                DEFAULT_SEED,
                0.95,
                BootstrapCiMethod.PERCENTILE,
                BootstrapPercentileRule.PROCESS,
                ProcessConditioning.PERCENTILES,
                null,
                false,
                0,
                null,
                null);
    }

    @Override
    public double[] moderatorValues() {
        return moderatorValues == null ? null : moderatorValues.clone();
    }

    public ProcessOptions withResamples(int value) {
        return new ProcessOptions(
                value,
                seed,
                confidence,
                ciMethod,
                percentileRule,
                conditioning,
                moderatorValues,
                centre,
                parallelism,
                progress,
                cancellation);
    }

    public ProcessOptions withSeed(long value) {
        return new ProcessOptions(
                resamples,
                value,
                confidence,
                ciMethod,
                percentileRule,
                conditioning,
                moderatorValues,
                centre,
                parallelism,
                progress,
                cancellation);
    }

    public ProcessOptions withConfidence(double value) {
        return new ProcessOptions(
                resamples,
                seed,
                value,
                ciMethod,
                percentileRule,
                conditioning,
                moderatorValues,
                centre,
                parallelism,
                progress,
                cancellation);
    }

    public ProcessOptions withCiMethod(BootstrapCiMethod value) {
        return new ProcessOptions(
                resamples,
                seed,
                confidence,
                value,
                percentileRule,
                conditioning,
                moderatorValues,
                centre,
                parallelism,
                progress,
                cancellation);
    }

    public ProcessOptions withPercentileRule(BootstrapPercentileRule value) {
        return new ProcessOptions(
                resamples,
                seed,
                confidence,
                ciMethod,
                value,
                conditioning,
                moderatorValues,
                centre,
                parallelism,
                progress,
                cancellation);
    }

    public ProcessOptions withConditioning(ProcessConditioning value) {
        return new ProcessOptions(
                resamples,
                seed,
                confidence,
                ciMethod,
                percentileRule,
                value,
                moderatorValues,
                centre,
                parallelism,
                progress,
                cancellation);
    }

    public ProcessOptions withModeratorValues(double... values) {
        return new ProcessOptions(
                resamples,
                seed,
                confidence,
                ciMethod,
                percentileRule,
                conditioning,
                values,
                centre,
                parallelism,
                progress,
                cancellation);
    }

    public ProcessOptions withCentre(boolean value) {
        return new ProcessOptions(
                resamples,
                seed,
                confidence,
                ciMethod,
                percentileRule,
                conditioning,
                moderatorValues,
                value,
                parallelism,
                progress,
                cancellation);
    }

    public ProcessOptions withParallelism(int value) {
        return new ProcessOptions(
                resamples,
                seed,
                confidence,
                ciMethod,
                percentileRule,
                conditioning,
                moderatorValues,
                centre,
                value,
                progress,
                cancellation);
    }

    public ProcessOptions withProgress(BootstrapProgressListener value) {
        return new ProcessOptions(
                resamples,
                seed,
                confidence,
                ciMethod,
                percentileRule,
                conditioning,
                moderatorValues,
                centre,
                parallelism,
                value,
                cancellation);
    }

    public ProcessOptions withCancellation(BooleanSupplier value) {
        return new ProcessOptions(
                resamples,
                seed,
                confidence,
                ciMethod,
                percentileRule,
                conditioning,
                moderatorValues,
                centre,
                parallelism,
                progress,
                value);
    }
}

package org.cocrea.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ProcessBootstrapTest {

    private static final Map<String, double[]> GARCIA = AnalyticsReferenceData.dataSet("garcia.csv");
    private static final RegressionVariable PROTEST = AnalyticsReferenceData.variable(GARCIA, "prot2");
    private static final RegressionVariable SEXISM = AnalyticsReferenceData.variable(GARCIA, "sexism");
    private static final RegressionVariable RESPAPPR = AnalyticsReferenceData.variable(GARCIA, "respappr");
    private static final RegressionVariable LIKING = AnalyticsReferenceData.variable(GARCIA, "liking");

    private static ProcessModel7Result run(ProcessOptions options) {
        return ProcessModel7.run(PROTEST, SEXISM, RESPAPPR, LIKING, List.of(), options);
    }

    @Test
    void sameSeedSameResamplesWhateverTheNumberOfThreads() {
        ProcessOptions options = ProcessOptions.defaults().withResamples(1000).withSeed(123);
        ProcessModel7Result one = run(options.withParallelism(1));
        ProcessModel7Result two = run(options.withParallelism(2));
        ProcessModel7Result four = run(options.withParallelism(4));

        double[] reference = one.indexOfModeratedMediation().draws();
        assertThat(two.indexOfModeratedMediation().draws()).containsExactly(reference);
        assertThat(four.indexOfModeratedMediation().draws()).containsExactly(reference);
        assertThat(four.indexOfModeratedMediation())
                .usingRecursiveComparison()
                .isEqualTo(one.indexOfModeratedMediation());
        assertThat(four.conditionalEffects()).usingRecursiveComparison().isEqualTo(one.conditionalEffects());
    }

    @Test
    void otherSeedOtherResamples() {
        ProcessOptions options = ProcessOptions.defaults().withResamples(200);
        double[] a = run(options.withSeed(1)).indexOfModeratedMediation().draws();
        double[] b = run(options.withSeed(2)).indexOfModeratedMediation().draws();
        assertThat(b).isNotEqualTo(a);
        assertThat(run(options.withSeed(1)).indexOfModeratedMediation().draws()).containsExactly(a);
    }

    @Test
    void reportsProgressPerChunkUpToTheTotal() {
        List<int[]> calls = new ArrayList<>();
        run(ProcessOptions.defaults()
                .withResamples(450)
                .withParallelism(2)
                .withProgress((done, total) -> calls.add(new int[] {done, total})));

        assertThat(calls).hasSize(5); // chunks of 100: 100, 200, 300, 400, 450
        assertThat(calls).allSatisfy(c -> assertThat(c[1]).isEqualTo(450));
        for (int i = 1; i < calls.size(); i++) {
            assertThat(calls.get(i)[0]).isGreaterThan(calls.get(i - 1)[0]);
        }
        assertThat(calls.get(calls.size() - 1)[0]).isEqualTo(450);
    }

    @Test
    void stopsBetweenChunksWhenCancelled() {
        AtomicBoolean cancel = new AtomicBoolean();
        int[] last = new int[1];
        ProcessOptions options = ProcessOptions.defaults()
                .withResamples(2000)
                .withParallelism(1)
                .withCancellation(cancel::get)
                .withProgress((done, total) -> {
                    last[0] = done;
                    if (done >= 300) {
                        cancel.set(true);
                    }
                });

        assertThatThrownBy(() -> run(options))
                .isInstanceOf(CancellationException.class)
                .hasMessage("bootstrap cancelled after 300 of 2000 resamples");
        assertThat(last[0]).isEqualTo(300);
    }

    @Test
    void redrawsDegenerateResamplesReproducibly() {
        // X has a single 1 among 12 cases: about a third of the resamples miss it and are singular
        RegressionVariable x = RegressionVariable.of("X", 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        RegressionVariable m = RegressionVariable.of("M", 5, 1, 2, 3, 2, 4, 3, 1, 2, 5, 3, 2);
        RegressionVariable y = RegressionVariable.of("Y", 4, 2, 2, 3, 1, 4, 2, 1, 3, 4, 3, 1);
        ProcessOptions options = ProcessOptions.defaults()
                .withResamples(100)
                .withSeed(9)
                .withPercentileRule(BootstrapPercentileRule.HYNDMAN_FAN_TYPE_6);

        ProcessModel4Result first = ProcessModel4.run(x, m, y, List.of(), options);
        ProcessModel4Result again = ProcessModel4.run(x, m, y, List.of(), options.withParallelism(3));

        assertThat(first.bootstrap().redrawnResamples()).isPositive();
        assertThat(java.util.Arrays.stream(first.indirectEffect().draws()).allMatch(Double::isFinite))
                .isTrue();
        assertThat(again.indirectEffect().draws())
                .containsExactly(first.indirectEffect().draws());
        assertThat(again.bootstrap().redrawnResamples())
                .isEqualTo(first.bootstrap().redrawnResamples());

        int[][] withoutTheOne = {{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}};
        assertThatThrownBy(() -> ProcessModel4.replay(x, m, y, List.of(), withoutTheOne, options))
                .isInstanceOf(RegressionException.class)
                .hasMessageStartingWith("resample 1 is degenerate");
    }

    @Test
    void refusesMalformedResampleIndices() {
        int[][] shortRow = {{0, 1, 2}};
        assertThatThrownBy(() -> ProcessModel7.replay(
                        PROTEST, SEXISM, RESPAPPR, LIKING, List.of(), shortRow, ProcessOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
        int[][] outside = {new int[129]};
        outside[0][5] = 129;
        assertThatThrownBy(() -> ProcessModel7.replay(
                        PROTEST,
                        SEXISM,
                        RESPAPPR,
                        LIKING,
                        List.of(),
                        outside,
                        ProcessOptions.defaults().withPercentileRule(BootstrapPercentileRule.HYNDMAN_FAN_TYPE_6)))
                .hasMessage("resample 1 has case index 129, outside 0..128");
    }

    @Test
    void choleskySolvesASmallSystemAndRejectsASingularOne() {
        // [[4, 2], [2, 3]] x = [2, 5] → x = [-0.5, 2]
        double[] a = {4, 2, 0, 3};
        double[] rhs = {2, 5};
        assertThat(ProcessBootstrap.choleskySolve(a, rhs, 2, 1)).isTrue();
        assertThat(rhs[0]).isCloseTo(-0.5, within(1e-15));
        assertThat(rhs[1]).isCloseTo(2.0, within(1e-15));
        double[] singular = {1, 2, 0, 4};
        assertThat(ProcessBootstrap.choleskySolve(singular, new double[] {1, 1}, 2, 1))
                .isFalse();
    }
}

package org.cocrea.climate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntraclassCorrelationTest {

    private static final ReferenceData BH1996 = ReferenceData.load("bh1996.csv");

    @Test
    void wellBeingInBlieseAndHalverson1996MatchesMultilevel() {
        IccResult icc = IntraclassCorrelation.icc(BH1996.column("WBEING"), BH1996.groups("GRP"));

        // R: ICC1(aov(WBEING ~ as.factor(GRP), bh1996)) = 0.0433690500771082, published as .0434
        assertThat(icc.icc1()).isCloseTo(0.0433690500771082, within(1e-12));
        assertThat(Math.round(icc.icc1() * 1e4) / 1e4).isEqualTo(0.0434);
        assertThat(icc.icc2()).isCloseTo(0.771712875540413, within(1e-12));
        assertThat(icc.f()).isCloseTo(4.38044853544522, within(1e-11));
        assertThat(icc.dfBetween()).isEqualTo(98);
        assertThat(icc.dfWithin()).isEqualTo(7283);
        assertThat(icc.p()).isCloseTo(2.03866453612601e-41, withinPercentage(1e-6));
        assertThat(icc.meanSquareBetween()).isCloseTo(3.459004059347286, within(1e-12));
        assertThat(icc.meanSquareWithin()).isCloseTo(0.789646090202431, within(1e-12));
        assertThat(icc.respondents()).isEqualTo(7382);
        assertThat(icc.groups()).isEqualTo(99);
        assertThat(icc.averageGroupSize()).isCloseTo(7382 / 99.0, within(1e-12));
    }

    @Test
    void cohesionInBlieseAndHalverson1996MatchesMultilevel() {
        IccResult icc = IntraclassCorrelation.icc(BH1996.column("COHES"), BH1996.groups("GRP"));

        assertThat(icc.icc1()).isCloseTo(0.0442652975571412, within(1e-12));
        assertThat(icc.icc2()).isCloseTo(0.775459677771552, within(1e-12));
        assertThat(icc.f()).isCloseTo(4.45354308783166, within(1e-11));
        assertThat(icc.p()).isCloseTo(1.46128740899403e-42, withinPercentage(1e-6));
    }

    @Test
    void handComputedUnequalGroupsUseTheAverageGroupSize() {
        // groups a: 1,2,3 (mean 2), b: 4,6 (mean 5), c: 7,8,9,10 (mean 8.5); grand mean 50/9
        double[] y = {1, 2, 3, 4, 6, 7, 8, 9, 10};
        List<String> g = List.of("a", "a", "a", "b", "b", "c", "c", "c", "c");
        IccResult icc = IntraclassCorrelation.icc(y, g);

        double grand = 50.0 / 9;
        double ssb = 3 * Math.pow(2 - grand, 2) + 2 * Math.pow(5 - grand, 2) + 4 * Math.pow(8.5 - grand, 2);
        double ssw = 2 + 2 + 5; // (1+0+1) + (1+1) + (2.25+.25+.25+2.25)
        double msb = ssb / 2;
        double msw = ssw / 6;
        double k = 9 / 3.0;
        assertThat(icc.meanSquareBetween()).isCloseTo(msb, within(1e-12));
        assertThat(icc.meanSquareWithin()).isCloseTo(msw, within(1e-12));
        assertThat(icc.icc1()).isCloseTo((msb - msw) / (msb + (k - 1) * msw), within(1e-12));
        assertThat(icc.icc2()).isCloseTo((msb - msw) / msb, within(1e-12));
        assertThat(icc.dfBetween()).isEqualTo(2);
        assertThat(icc.dfWithin()).isEqualTo(6);
    }

    @Test
    void dropsMissingScoresLikeAov() {
        double[] y = {1, 2, Double.NaN, 3, 4, 6, 7, 8, 9, 10};
        List<String> g = List.of("a", "a", "a", "a", "b", "b", "c", "c", "c", "c");
        IccResult icc = IntraclassCorrelation.icc(y, g);

        assertThat(icc.respondents()).isEqualTo(9);
        assertThat(icc.respondentsDropped()).isEqualTo(1);
        assertThat(icc.dfWithin()).isEqualTo(6);
    }

    @Test
    void refusesInputItCannotAnalyse() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IntraclassCorrelation.icc(new double[] {1, 2}, List.of("a")))
                .withMessageContaining("groups has 1 entries but there are 2 rows");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IntraclassCorrelation.icc(new double[] {1, 2}, List.of("a", "a")))
                .withMessageContaining("at least 2 groups");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IntraclassCorrelation.icc(new double[] {1, 2}, List.of("a", "b")))
                .withMessageContaining("single respondent");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IntraclassCorrelation.icc(new double[] {3, 3, 3}, List.of("a", "a", "b")))
                .withMessageContaining("every score is the same");
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> IntraclassCorrelation.icc(new double[] {1, Double.POSITIVE_INFINITY}, List.of("a", "b")))
                .withMessageContaining("infinite value at row 2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IntraclassCorrelation.icc(new double[] {1, 2}, java.util.Arrays.asList("a", null)))
                .withMessageContaining("group of row 2 is null");
    }
}

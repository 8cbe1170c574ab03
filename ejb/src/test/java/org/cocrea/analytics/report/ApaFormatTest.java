package org.cocrea.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApaFormatTest {

    @Test
    void boundedStatisticsHaveNoLeadingZero() {
        assertThat(ApaFormat.bounded(0.3567, 2)).isEqualTo(".36");
        assertThat(ApaFormat.bounded(-0.124, 2)).isEqualTo("-.12");
        assertThat(ApaFormat.bounded(0.9996, 3)).isEqualTo("1.000");
        assertThat(ApaFormat.bounded(1.02, 2)).isEqualTo("1.02");
        assertThat(ApaFormat.bounded(-0.004, 2)).isEqualTo(".00");
        assertThat(ApaFormat.bounded(Double.NaN, 2)).isEqualTo("\u2014");
    }

    @Test
    void otherNumbersKeepTheLeadingZeroAndRoundHalfUp() {
        assertThat(ApaFormat.number(0.245, 2)).isEqualTo("0.25");
        assertThat(ApaFormat.number(-0.125, 2)).isEqualTo("-0.13");
        assertThat(ApaFormat.number(17.2049, 2)).isEqualTo("17.20");
        assertThat(ApaFormat.number(-0.0004, 3)).isEqualTo("0.000");
        assertThat(ApaFormat.number(3, 0)).isEqualTo("3");
        assertThat(ApaFormat.number(Double.POSITIVE_INFINITY, 2)).isEqualTo("\u221E");
    }

    @Test
    void pValuesUseThreeDecimalsAndALowerBound() {
        assertThat(ApaFormat.p(0.0341)).isEqualTo(".034");
        assertThat(ApaFormat.p(0.00099)).isEqualTo("< .001");
        assertThat(ApaFormat.p(0.001)).isEqualTo(".001");
        assertThat(ApaFormat.p(0.99995)).isEqualTo("> .999");
        assertThat(ApaFormat.pEquals(0.0341)).isEqualTo("p = .034");
        assertThat(ApaFormat.pEquals(1e-9)).isEqualTo("p < .001");
        assertThat(ApaFormat.stars(0.004)).isEqualTo("**");
        assertThat(ApaFormat.stars(0.03)).isEqualTo("*");
        assertThat(ApaFormat.stars(0.05)).isEmpty();
    }

    @Test
    void intervalsLevelsCountsAndDecimals() {
        assertThat(ApaFormat.ci(0.1234, 0.3666, 2)).isEqualTo("[0.12, 0.37]");
        assertThat(ApaFormat.boundedCi(0.0, 0.0496, 3)).isEqualTo("[.000, .050]");
        assertThat(ApaFormat.ci(Double.NaN, Double.NaN, 2)).isEqualTo("\u2014");
        assertThat(ApaFormat.level(0.95)).isEqualTo("95%");
        assertThat(ApaFormat.level(0.995)).isEqualTo("99.5%");
        assertThat(ApaFormat.integer(5000)).isEqualTo("5,000");
        assertThat(ApaFormat.decimalsFor(0.024, 0.041, 0.066)).isEqualTo(3);
        assertThat(ApaFormat.decimalsFor(0.24, 0.13)).isEqualTo(2);
        assertThat(ApaFormat.decimalsFor(0.24, 0.12, 0.37)).isEqualTo(2);
    }

    @Test
    void cellsKeepTheValueOnlyWhereTheTextShowsIt() {
        assertThat(ReportCell.bounded(0.3567, 2).value()).isEqualTo(0.3567);
        assertThat(ReportCell.p(0.0004).text()).isEqualTo("< .001");
        assertThat(ReportCell.p(0.0004).isNumber()).isFalse();
        assertThat(ReportCell.p(0.02).isNumber()).isTrue();
        assertThat(ReportCell.number(Double.NaN, 2).text()).isEqualTo("\u2014");
        assertThat(ReportCell.number(Double.NaN, 2).isNumber()).isFalse();
    }
}

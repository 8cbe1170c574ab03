package org.cocrea.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingsTest {

    @Test
    void aPositiveIndirectEffectWhoseIntervalExcludesZeroSupportsMediation() {
        assertThat(Readings.indirectEffect("engagement", "co-creation", "performance", 0.2412, 0.118, 0.371, 0.95))
                .isEqualTo("The indirect effect of engagement on performance through co-creation is positive (0.24)"
                        + " and its 95% bootstrap CI [0.12, 0.37] excludes zero, so the data support mediation:"
                        + " through co-creation, higher engagement goes with higher performance.");
    }

    @Test
    void aNegativeIndirectEffectIsReadAsSuch() {
        assertThat(Readings.indirectEffect("x", "m", "y", -0.153, -0.301, -0.049, 0.95))
                .isEqualTo("The indirect effect of x on y through m is negative (-0.15) and its 95% bootstrap CI"
                        + " [-0.30, -0.05] excludes zero, so the data support mediation: through m, higher x goes"
                        + " with lower y.");
    }

    @Test
    void anIntervalSpanningZeroDoesNotShowMediation() {
        assertThat(Readings.indirectEffect("x", "m", "y", 0.031, -0.018, 0.092, 0.90))
                .isEqualTo("The indirect effect of x on y through m is 0.031, but its 90% bootstrap CI [-0.018,"
                        + " 0.092] includes zero, so the data do not show that m mediates the effect of x on y.");
        assertThat(Readings.indirectEffect("x", "m", "y", 0.031, Double.NaN, Double.NaN, 0.95))
                .contains("no bootstrap confidence interval was computed");
    }

    @Test
    void theIndexOfModeratedMediationSaysWhetherAndHowTheModeratorActs() {
        assertThat(Readings.indexOfModeratedMediation("x", "w", "m", "y", 0.024, -0.001, 0.054, 0.95))
                .isEqualTo("The index of moderated mediation is 0.024, but its 95% bootstrap CI [-0.001, 0.054]"
                        + " includes zero, so the data do not show that w moderates the indirect effect of x on y"
                        + " through m.");
        assertThat(Readings.indexOfModeratedMediation("x", "w", "m", "y", -0.2, -0.35, -0.06, 0.95))
                .contains("excludes zero, so w moderates")
                .contains("weaker (more negative) where w is higher");
    }

    @Test
    void directEffectsDistinguishPartialFromFullMediation() {
        assertThat(Readings.directEffect("x", "m", "y", 0.157, 0.0004, true))
                .endsWith("is 0.16 (p < .001), so the mediation is partial: part of the effect does not run"
                        + " through m.");
        assertThat(Readings.directEffect("x", "m", "y", 0.05, 0.41, true))
                .endsWith("is not significant (0.050, p = .410), which is consistent with full mediation through m.");
    }

    @Test
    void fitRatingsAndProse() {
        assertThat(Readings.fitRating(0.99, 0.02, 0.04)).isEqualTo("good");
        assertThat(Readings.fitRating(0.93, 0.07, 0.05)).isEqualTo("acceptable");
        assertThat(Readings.fitRating(0.84, 0.11, 0.10)).isEqualTo("poor");
        assertThat(Readings.list(List.of("a", "b", "c"))).isEqualTo("a, b and c");
        assertThat(Readings.ordinal(84)).isEqualTo("84th");
        assertThat(Readings.ordinal(22)).isEqualTo("22nd");
        assertThat(Readings.ordinal(11)).isEqualTo("11th");
    }
}

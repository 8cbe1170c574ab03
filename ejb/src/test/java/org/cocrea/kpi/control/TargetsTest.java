package org.cocrea.kpi.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetsTest {

    private static final KpiDefinition PARTICIPATION =
            BuiltInKpis.computed(BuiltInKpis.PARTICIPATION_RATE).orElseThrow().definition();
    private static final KpiDefinition DAYS = BuiltInKpis.computed(BuiltInKpis.AVERAGE_DAYS_PER_STAGE)
            .orElseThrow()
            .definition();
    private static final KpiDefinition INCIDENTS = BuiltInKpis.computed(BuiltInKpis.CO_DESTRUCTION_INCIDENTS)
            .orElseThrow()
            .definition();
    private static final Period MARCH = Period.month(2026, 3);

    @Test
    void higherIsBetterGreenOnTargetAmberWithinTenPercentRedBelow() {
        Targets t = new Targets(PARTICIPATION).set(MARCH, 50);
        // 50 → shortfall 0: green; 55 beats it: green
        assertThat(t.status(MARCH, KpiValue.of(50))).isEqualTo(Rag.GREEN);
        assertThat(t.status(MARCH, KpiValue.of(55))).isEqualTo(Rag.GREEN);
        // 45 = 90 % of 50 → shortfall (50 − 45) / 50 = 0.10: amber (the boundary is amber)
        assertThat(t.status(MARCH, KpiValue.of(45))).isEqualTo(Rag.AMBER);
        // 44 → shortfall 0.12: red
        Targets.Assessment a = t.assess(MARCH, KpiValue.of(44));
        assertThat(a.rag()).isEqualTo(Rag.RED);
        assertThat(a.shortfall()).isCloseTo(0.12, within(1e-12));
        assertThat(a.target()).isEqualTo(50);
    }

    @Test
    void lowerIsBetterGreenAtOrBelowTargetAmberUpToTenPercentAbove() {
        Targets t = new Targets(DAYS).set(MARCH, 30);
        // 28 days beat 30: green; 33 → (33 − 30) / 30 = 0.10: amber; 34 → 0.133: red
        assertThat(t.status(MARCH, KpiValue.of(28))).isEqualTo(Rag.GREEN);
        assertThat(t.status(MARCH, KpiValue.of(30))).isEqualTo(Rag.GREEN);
        assertThat(t.status(MARCH, KpiValue.of(33))).isEqualTo(Rag.AMBER);
        assertThat(t.status(MARCH, KpiValue.of(34))).isEqualTo(Rag.RED);
    }

    @Test
    void thresholdsAreConfigurableAndZeroTargetsHaveNoAmberBand() {
        // green within 5 %, amber within 20 %: 80 of a 100 target → 0.20 amber; 96 → 0.04 green
        Targets loose = new Targets(PARTICIPATION, new RagThresholds(0.05, 0.20)).set(MARCH, 100);
        assertThat(loose.status(MARCH, KpiValue.of(96))).isEqualTo(Rag.GREEN);
        assertThat(loose.status(MARCH, KpiValue.of(80))).isEqualTo(Rag.AMBER);
        assertThat(loose.status(MARCH, KpiValue.of(79))).isEqualTo(Rag.RED);

        Targets zero = new Targets(INCIDENTS).set(MARCH, 0);
        assertThat(zero.status(MARCH, KpiValue.of(0))).isEqualTo(Rag.GREEN);
        assertThat(zero.status(MARCH, KpiValue.of(1))).isEqualTo(Rag.RED);

        assertThatThrownBy(() -> new RagThresholds(0.2, 0.1))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("amberTolerance"));
        assertThatThrownBy(() -> new RagThresholds(-0.1, 0.1))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("greenTolerance"));
    }

    @Test
    void noTargetOrNoValueIsNone() {
        Targets t = new Targets(PARTICIPATION).set(MARCH, 50);
        assertThat(t.status(MARCH.next(), KpiValue.of(70))).isEqualTo(Rag.NONE);
        assertThat(t.status(MARCH, KpiValue.notComputable("no audience"))).isEqualTo(Rag.NONE);
        assertThat(t.assess(MARCH, KpiValue.notComputable("x")).shortfall()).isNaN();
    }

    @Test
    void targetsVaryByPeriodAndRatesInheritFromTheEnclosingPeriod() {
        Targets t = new Targets(PARTICIPATION)
                .set(Period.year(2026), 40)
                .set(Period.quarter(2026, 2), 45)
                .set(Period.month(2026, 6), 50);
        assertThat(t.targetFor(Period.month(2026, 1))).hasValue(40); // from the year
        assertThat(t.targetFor(Period.month(2026, 5))).hasValue(45); // from Q2
        assertThat(t.targetFor(Period.month(2026, 6))).hasValue(50); // its own
        assertThat(t.targetFor(Period.quarter(2026, 3))).hasValue(40);
        assertThat(t.targetFor(Period.month(2027, 1))).isEmpty();
        assertThat(t.all()).hasSize(3);
    }

    @Test
    void summedKpisAddTheTargetsOfTheirParts() {
        KpiDefinition launched = BuiltInKpis.entered().stream()
                .filter(d -> d.key().equals(BuiltInKpis.NEW_PRODUCTS_LAUNCHED))
                .findFirst()
                .orElseThrow();
        Targets t = new Targets(launched)
                .set(Period.quarter(2026, 1), 2)
                .set(Period.quarter(2026, 2), 3)
                .set(Period.quarter(2026, 3), 3);
        // the year needs all four quarters
        assertThat(t.targetFor(Period.year(2026))).isEmpty();
        t.set(Period.quarter(2026, 4), 4);
        assertThat(t.targetFor(Period.year(2026))).hasValue(12); // 2 + 3 + 3 + 4
        // a yearly target is not split over quarters
        t.set(Period.year(2027), 20);
        assertThat(t.targetFor(Period.quarter(2027, 1))).isEmpty();
        // a target for a period shorter than the KPI's grain is refused
        assertThatThrownBy(() -> t.set(Period.month(2026, 1), 1))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("period"))
                .hasMessageContaining("e.g. 2026-Q1");
        assertThatThrownBy(() -> t.set(Period.quarter(2026, 1), Double.NaN))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("target"));
    }

    @Test
    void trendsFollowTheDirection() {
        // participation 40 → 44: +4, +10 %, better
        Trend up = Trend.of(44, 40, Direction.HIGHER_IS_BETTER);
        assertThat(up.change()).isEqualTo(4);
        assertThat(up.relativeChange()).isCloseTo(0.10, within(1e-12));
        assertThat(up.movement()).isEqualTo(Trend.Movement.BETTER);
        // days per stage 20 → 25: +5, worse
        assertThat(new Targets(DAYS).trend(KpiValue.of(25), KpiValue.of(20)).movement())
                .isEqualTo(Trend.Movement.WORSE);
        assertThat(Trend.of(3, 3, Direction.LOWER_IS_BETTER).movement()).isEqualTo(Trend.Movement.UNCHANGED);
        assertThat(Trend.of(3, Double.NaN, Direction.LOWER_IS_BETTER).movement())
                .isEqualTo(Trend.Movement.UNKNOWN);
        assertThat(Trend.of(3, 0, Direction.HIGHER_IS_BETTER).relativeChange()).isNaN();
    }

    @Test
    void sparklineOfTheLastPeriods() {
        Map<Period, KpiValue> values = Map.of(
                Period.month(2025, 11), KpiValue.of(10),
                Period.month(2025, 12), KpiValue.of(30),
                Period.month(2026, 2), KpiValue.of(20));
        Sparkline s =
                Sparkline.of(Period.month(2026, 2), 4, p -> values.getOrDefault(p, KpiValue.notComputable("none")));
        assertThat(s.periods())
                .extracting(Period::toString)
                .containsExactly("2025-11", "2025-12", "2026-01", "2026-02");
        assertThat(s.values()).containsExactly(10.0, 30.0, Double.NaN, 20.0);
        assertThat(s.min()).isEqualTo(10);
        assertThat(s.max()).isEqualTo(30);
        // (v − 10) / 20
        assertThat(s.normalised()).containsExactly(0.0, 1.0, Double.NaN, 0.5);
        // the last two values: 20 after no value
        assertThat(s.lastTrend(Direction.HIGHER_IS_BETTER).movement()).isEqualTo(Trend.Movement.UNKNOWN);
        assertThat(Sparkline.of(List.of(MARCH), p -> KpiValue.of(5)).normalised())
                .containsExactly(0.5);
    }
}

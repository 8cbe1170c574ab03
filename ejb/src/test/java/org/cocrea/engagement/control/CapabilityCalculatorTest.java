package org.cocrea.engagement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CapabilityCalculatorTest {

    private static final Offset<Double> CLOSE = within(1e-9);
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    @Test
    void rawPathScoresFollowTheDocumentedFormulas() {
        CapabilityInputs in = CapabilityInputs.builder("s1")
                .ideas(5, 3, 1)
                .ideaVotesReceived(12)
                .comments(8, 6, 4)
                .answers(4, 2, 24)
                .referrals(3, 1)
                .reviews(2, 9)
                .testFindings(6, 5)
                .periods(List.of(new PeriodOutcome(5, 1, 0), new PeriodOutcome(5, 2, 5), new PeriodOutcome(5, 3, 10)))
                .build();

        RawCapability raw = CapabilityCalculator.raw(in);

        // innovation: accepted 3 + 2 × implemented 1 = 5; process: 12 votes on ideas
        assertThat(raw.raw(Ability.INNOVATION, CapabilityPath.RESULT)).isEqualTo(5);
        assertThat(raw.raw(Ability.INNOVATION, CapabilityPath.PROCESS)).isEqualTo(12);
        // communication: 2 accepted answers; 6 helpful votes + 4 replies = 10
        assertThat(raw.raw(Ability.COMMUNICATION, CapabilityPath.RESULT)).isEqualTo(2);
        assertThat(raw.raw(Ability.COMMUNICATION, CapabilityPath.PROCESS)).isEqualTo(10);
        // recommendation: 1 converted referral; 9 helpful votes on reviews
        assertThat(raw.raw(Ability.RECOMMENDATION, CapabilityPath.RESULT)).isEqualTo(1);
        assertThat(raw.raw(Ability.RECOMMENDATION, CapabilityPath.PROCESS)).isEqualTo(9);
        // learning: accepted shares 0.2, 0.4, 0.6 at periods 0, 1, 2 → slope 0.2 per period;
        // helpful votes per contribution 0, 1, 2 → slope 1
        assertThat(raw.raw(Ability.LEARNING, CapabilityPath.RESULT)).isCloseTo(0.2, CLOSE);
        assertThat(raw.raw(Ability.LEARNING, CapabilityPath.PROCESS)).isCloseTo(1, CLOSE);
        // knowledge: 5 accepted findings; 4 answers × 24 / (24 + 24 hours) = 2
        assertThat(raw.raw(Ability.KNOWLEDGE, CapabilityPath.RESULT)).isEqualTo(5);
        assertThat(raw.raw(Ability.KNOWLEDGE, CapabilityPath.PROCESS)).isCloseTo(2, CLOSE);
    }

    @Test
    void withoutTheActivityAPathHasNoEvidenceRatherThanZero() {
        RawCapability nothing =
                CapabilityCalculator.raw(CapabilityInputs.builder("s0").build());
        for (Ability a : Ability.values()) {
            for (CapabilityPath p : CapabilityPath.values()) {
                assertThat(nothing.raw(a, p)).as("%s %s", a, p).isNaN();
            }
        }
        // two ideas, none accepted: evidence of a zero result
        RawCapability tried = CapabilityCalculator.raw(
                CapabilityInputs.builder("s1").ideas(2, 0, 0).build());
        assertThat(tried.raw(Ability.INNOVATION, CapabilityPath.RESULT)).isZero();
    }

    @Test
    void learningIsASlopeOverPeriodsWithContributionsKeepingGapsAndNeedsTwoOfThem() {
        // shares 0.2 at period 0 and 0.6 at period 2 (period 1 empty) → (0.6 − 0.2) / 2 = 0.2
        List<PeriodOutcome> gap =
                List.of(new PeriodOutcome(5, 1, 0), new PeriodOutcome(0, 0, 0), new PeriodOutcome(5, 3, 0));
        assertThat(CapabilityCalculator.slope(gap, false)).isCloseTo(0.2, CLOSE);
        // getting worse is a negative slope
        List<PeriodOutcome> worse = List.of(new PeriodOutcome(4, 4, 0), new PeriodOutcome(4, 2, 0));
        assertThat(CapabilityCalculator.slope(worse, false)).isCloseTo(-0.5, CLOSE);
        // flat: 0, not −0
        assertThat(CapabilityCalculator.slope(List.of(new PeriodOutcome(2, 1, 0), new PeriodOutcome(4, 2, 0)), false))
                .isEqualTo(0.0);
        assertThat(CapabilityCalculator.slope(List.of(new PeriodOutcome(5, 1, 0)), false))
                .isNaN();
    }

    @Test
    void abilitiesAreMeansOfPathPercentilesAgainstThePopulationWithEvidence() {
        List<CapabilityInputs> population = List.of(
                CapabilityInputs.builder("A")
                        .ideas(4, 2, 1)
                        .ideaVotesReceived(10)
                        .build(),
                CapabilityInputs.builder("B")
                        .ideas(2, 1, 0)
                        .ideaVotesReceived(10)
                        .build(),
                CapabilityInputs.builder("C")
                        .ideas(3, 0, 0)
                        .ideaVotesReceived(2)
                        .build(),
                CapabilityInputs.builder("D").build());

        List<CapabilityProfile> profiles = new CapabilityCalculator().profiles(population, AS_OF);

        // results: A 2 + 2 = 4, B 1, C 0, D none → population {4, 1, 0}, n = 3
        //   P(4) = 100 × 2.5 / 3 = 83.33, P(1) = 100 × 1.5 / 3 = 50, P(0) = 100 × 0.5 / 3 = 16.67
        // process: votes {10, 10, 2}: P(10) = 100 × (1 + 1) / 3 = 66.67 (tie), P(2) = 16.67
        // innovation = (result + process) / 2
        AbilityScore a = profiles.get(0).abilities().get(Ability.INNOVATION);
        assertThat(a.resultPercentile()).isCloseTo(250.0 / 3, CLOSE);
        assertThat(a.processPercentile()).isCloseTo(200.0 / 3, CLOSE);
        assertThat(a.score()).isCloseTo(75, CLOSE);
        assertThat(profiles.get(1).score(Ability.INNOVATION)).isCloseTo((50 + 200.0 / 3) / 2, CLOSE);
        assertThat(profiles.get(2).score(Ability.INNOVATION)).isCloseTo(50.0 / 3, CLOSE);
        // D has no evidence: 0, flagged
        AbilityScore d = profiles.get(3).abilities().get(Ability.INNOVATION);
        assertThat(d.score()).isZero();
        assertThat(d.hasEvidence()).isFalse();
        assertThat(profiles.get(3).explain()).contains("innovation 0.0 (no evidence yet)");
        assertThat(profiles.get(0).explain()).contains("innovation 75.0 (results: raw 4, ahead of 83%");

        // with the result path weighing 1 for innovation, A scores its result percentile alone
        List<CapabilityProfile> resultsOnly =
                new CapabilityCalculator(Map.of(Ability.INNOVATION, 1.0)).profiles(population, AS_OF);
        assertThat(resultsOnly.get(0).score(Ability.INNOVATION)).isCloseTo(250.0 / 3, CLOSE);
    }

    @Test
    void aSinglePathCountsAloneAndASinglePersonPopulationIsInTheMiddle() {
        // referrals but no reviews: recommendation rests on the result path only
        List<CapabilityProfile> one = new CapabilityCalculator()
                .profiles(List.of(CapabilityInputs.builder("E").referrals(3, 2).build()), AS_OF);

        AbilityScore rec = one.get(0).abilities().get(Ability.RECOMMENDATION);
        assertThat(rec.pathsWithEvidence()).isEqualTo(1);
        // population of one: P = 100 × 0.5 / 1 = 50
        assertThat(rec.resultPercentile()).isEqualTo(50);
        assertThat(rec.processPercentile()).isNaN();
        assertThat(rec.score()).isEqualTo(50);
    }

    @Test
    void theStepsCanRunSeparatelyForLargePopulations() {
        List<CapabilityInputs> population = List.of(
                CapabilityInputs.builder("A").answers(3, 1, 2).build(),
                CapabilityInputs.builder("B").answers(3, 2, 48).build());
        CapabilityCalculator calc = new CapabilityCalculator();
        List<RawCapability> raws =
                population.stream().map(CapabilityCalculator::raw).toList();
        CapabilityNorms norms = CapabilityNorms.of(raws);

        assertThat(norms.withEvidence(Ability.KNOWLEDGE, CapabilityPath.PROCESS))
                .isEqualTo(2);
        assertThat(norms.withEvidence(Ability.KNOWLEDGE, CapabilityPath.RESULT)).isZero();
        assertThat(calc.profile(raws.get(0), norms, AS_OF))
                .isEqualTo(calc.profiles(population, AS_OF).get(0));
        // A answers faster: 3 × 24 / 26 = 2.77 against B's 3 × 24 / 72 = 1 → 75 vs 25 on process
        assertThat(calc.profile(raws.get(0), norms, AS_OF)
                        .abilities()
                        .get(Ability.KNOWLEDGE)
                        .processPercentile())
                .isEqualTo(75);
    }

    @Test
    void collectiveCapabilityIsTheMeanAndTheShareAboveSeventyFive() {
        CapabilityProfile p1 = profile("m1", 90);
        CapabilityProfile p2 = profile("m2", 75);
        CapabilityProfile p3 = profile("m3", 30);
        CapabilityProfile p4 = profile("m4", 5);

        CollectiveCapability c = CapabilityCalculator.collective("community", List.of(p1, p2, p3, p4));

        // mean (90 + 75 + 30 + 5) / 4 = 50; above 75: only m1 (75 is not above) → 1 / 4
        assertThat(c.members()).isEqualTo(4);
        assertThat(c.mean().get(Ability.INNOVATION)).isEqualTo(50);
        assertThat(c.shareStrong().get(Ability.INNOVATION)).isEqualTo(0.25);
        assertThat(c.strongAbove()).isEqualTo(75);
        assertThat(CapabilityCalculator.collective("empty", List.of()).mean().get(Ability.LEARNING))
                .isNaN();
    }

    @Test
    void growthIsTheChangeBetweenTwoProfiles() {
        assertThat(profile("m", 60).changeSince(profile("m", 45)).get(Ability.INNOVATION))
                .isEqualTo(15);
        assertThatIllegalArgumentException().isThrownBy(() -> profile("a", 1).changeSince(profile("b", 1)));
    }

    @Test
    void inconsistentCountsAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CapabilityInputs.builder("x").ideas(1, 2, 0).build())
                .withMessageContaining("ideasAccepted (2) cannot exceed ideasSubmitted (1)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CapabilityInputs.builder("x").referrals(-1, 0).build())
                .withMessageContaining("referralsMade");
        assertThatIllegalArgumentException().isThrownBy(() -> new PeriodOutcome(1, 2, 0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CapabilityCalculator(Map.of(Ability.LEARNING, 1.5)))
                .withMessageContaining("learning");
    }

    /** A profile with the same score on every ability (innovation's percentiles made up). */
    private static CapabilityProfile profile(String id, double score) {
        java.util.EnumMap<Ability, AbilityScore> m = new java.util.EnumMap<>(Ability.class);
        for (Ability a : Ability.values()) {
            m.put(a, new AbilityScore(a, score, 1, score, Double.NaN, Double.NaN));
        }
        return new CapabilityProfile(id, AS_OF, m);
    }
}

package org.cocrea.engagement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentificationTest {

    private static Candidate candidate(String id, double innovation, double communication, double willingness) {
        return candidate(id, innovation, communication, willingness, "B2B", "north", true, 0);
    }

    private static Candidate candidate(
            String id,
            double innovation,
            double communication,
            double willingness,
            String segment,
            String region,
            boolean consent,
            double risk) {
        EnumMap<Ability, Double> a = new EnumMap<>(Ability.class);
        a.put(Ability.INNOVATION, innovation);
        a.put(Ability.COMMUNICATION, communication);
        return new Candidate(id, StakeholderKind.CUSTOMER, segment, region, consent, willingness, a, risk);
    }

    private static final IdentificationCriteria INNOVATION_2_COMMUNICATION_1 = IdentificationCriteria.builder()
            .ability(Ability.INNOVATION, 2)
            .ability(Ability.COMMUNICATION, 1)
            .build();

    @Test
    void abilityIsTheWeightedMeanOfTheChosenAbilitiesAndTheRankTheGeometricMean() {
        Identification id = new Identification(INNOVATION_2_COMMUNICATION_1);
        Candidate c = candidate("c", 80, 50, 49);

        // ability = (2 × 80 + 1 × 50) / 3 = 70; combined = √(70 × 49) = √3430 = 58.566…
        assertThat(id.ability(c)).isCloseTo(70, within(1e-9));
        RankedCandidate r = id.breakdown(c);
        assertThat(r.combined()).isCloseTo(Math.sqrt(3430), within(1e-9));
        assertThat(r.score()).isEqualTo(r.combined());
        assertThat(r.quadrant()).isEqualTo(Quadrant.ABLE_BUT_RELUCTANT);
        assertThat(r.abilityParts())
                .extracting(RankedCandidate.AbilityPart::share)
                .containsExactly(2.0 / 3, 1.0 / 3);
        assertThat(r.explanation())
                .contains("combined 58.6 = ability 70.0^0.5 × willingness 49.0^0.5")
                .contains("innovation 80.0 × 67% + communication 50.0 × 33%")
                .contains("Able but reluctant (ability ≥ 50, willingness < 50): able, not yet engaged: motivate.");
        // √(64 × 100) = 80; either side 0 gives 0
        assertThat(id.combined(64, 100)).isCloseTo(80, within(1e-9));
        assertThat(id.combined(0, 100)).isZero();
    }

    @Test
    void quadrantsSplitAtTheCutoffsWhichCountAsHigh() {
        assertThat(Quadrant.of(50, 50, 50, 50)).isEqualTo(Quadrant.CO_CREATORS);
        assertThat(Quadrant.of(49.9, 50, 50, 50)).isEqualTo(Quadrant.WILLING_BUT_DEVELOPING);
        assertThat(Quadrant.of(50, 49.9, 50, 50)).isEqualTo(Quadrant.ABLE_BUT_RELUCTANT);
        assertThat(Quadrant.of(10, 10, 50, 50)).isEqualTo(Quadrant.OBSERVERS);
        // other cut-offs: able from 70, willing from 30
        Identification strict = new Identification(
                IdentificationCriteria.builder().cutoffs(70, 30).build());
        assertThat(strict.quadrant(candidate("x", 60, 60, 40))).isEqualTo(Quadrant.WILLING_BUT_DEVELOPING);
    }

    @Test
    void filtersExcludeAndCountUnderTheFirstFailingReason() {
        List<Candidate> all = List.of(
                candidate("ok", 80, 80, 80),
                candidate("otherSegment", 80, 80, 80, "B2C", "north", true, 0),
                candidate("otherRegion", 80, 80, 80, "B2B", "south", true, 0),
                candidate("noConsent", 80, 80, 80, "B2B", "north", false, 0),
                candidate("risky", 80, 80, 80, "B2B", "north", true, 40.1),
                candidate("weak", 10, 10, 80),
                candidate("reluctant", 80, 80, 10),
                candidate("wrongSegmentAndNoConsent", 80, 80, 80, "B2C", "north", false, 0));
        IdentificationCriteria criteria = IdentificationCriteria.builder()
                .ability(Ability.INNOVATION, 1)
                .segments(Set.of("B2B"))
                .regions(Set.of("north"))
                .kinds(Set.of(StakeholderKind.CUSTOMER))
                .maxRisk(40)
                .minScores(20, 20)
                .build();

        Shortlist s = new Identification(criteria).shortlist(all, 10);

        assertThat(s.ranked()).extracting(RankedCandidate::stakeholderId).containsExactly("ok");
        assertThat(s.considered()).isEqualTo(8);
        assertThat(s.matching()).isEqualTo(1);
        assertThat(s.excluded())
                .containsEntry(Exclusion.SEGMENT, 2)
                .containsEntry(Exclusion.REGION, 1)
                .containsEntry(Exclusion.NO_CONSENT, 1)
                .containsEntry(Exclusion.RISK, 1)
                .containsEntry(Exclusion.ABILITY, 1)
                .containsEntry(Exclusion.WILLINGNESS, 1)
                .containsEntry(Exclusion.KIND, 0);
        assertThat(s.quadrants()).containsEntry(Quadrant.CO_CREATORS, 1);
        // consent need not be required
        assertThat(new Identification(IdentificationCriteria.builder()
                                .requireConsent(false)
                                .build())
                        .exclusion(candidate("noConsent", 1, 1, 1, "B2B", "north", false, 0)))
                .isEmpty();
        assertThat(new Identification(IdentificationCriteria.builder()
                                .kinds(Set.of(StakeholderKind.PARTNER))
                                .build())
                        .exclusion(candidate("c", 1, 1, 1)))
                .contains(Exclusion.KIND);
    }

    @Test
    void theShortlistEqualsTheTopOfAFullSortIncludingTies() {
        Random random = new Random(3);
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            // scores in steps of 10 so that many candidates tie
            all.add(candidate(
                    "c" + i,
                    10 * random.nextInt(11),
                    10 * random.nextInt(11),
                    10 * random.nextInt(11),
                    "B2B",
                    "north",
                    random.nextInt(10) > 0,
                    random.nextInt(100)));
        }
        for (IdentificationCriteria.RankBy by : IdentificationCriteria.RankBy.values()) {
            Identification id = new Identification(IdentificationCriteria.builder()
                    .ability(Ability.INNOVATION, 1)
                    .ability(Ability.COMMUNICATION, 3)
                    .rankBy(by)
                    .maxRisk(80)
                    .build());
            List<RankedCandidate> full = id.rankAll(all);
            for (int n : new int[] {1, 7, 50, full.size(), full.size() + 10}) {
                Shortlist top = id.shortlist(all, n);
                assertThat(top.ranked()).as("%s top %d", by, n).isEqualTo(full.subList(0, Math.min(n, full.size())));
                assertThat(top.matching()).isEqualTo(full.size());
            }
            // the order is by the key, then combined, ability, willingness, id
            for (int i = 1; i < full.size(); i++) {
                assertThat(full.get(i - 1).score())
                        .isGreaterThanOrEqualTo(full.get(i).score());
                assertThat(full.get(i).rank()).isEqualTo(i + 1);
            }
        }
    }

    @Test
    void rankingByAbilityAloneExplainsTheTieBreak() {
        Identification id = new Identification(IdentificationCriteria.builder()
                .ability(Ability.INNOVATION, 1)
                .rankBy(IdentificationCriteria.RankBy.ABILITY)
                .build());
        List<RankedCandidate> ranked = id.rankAll(
                List.of(candidate("low", 60, 0, 90), candidate("high", 90, 0, 10), candidate("tie", 60, 0, 95)));

        // by ability: high 90; then the two 60s by combined: tie √(60 × 95) > low √(60 × 90)
        assertThat(ranked).extracting(RankedCandidate::stakeholderId).containsExactly("high", "tie", "low");
        assertThat(ranked.get(0).explanation())
                .startsWith("Rank 1 of 3 matching stakeholders, ranked by ability 90.0 (ties broken by combined");
    }

    @Test
    void criteriaAreChecked() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IdentificationCriteria.builder()
                        .ability(Ability.LEARNING, 0)
                        .build())
                .withMessageContaining("learning");
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> IdentificationCriteria.builder().cutoffs(120, 50).build())
                .withMessageContaining("abilityCutoff");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Identification(IdentificationCriteria.defaults()).shortlist(List.of(), 0));
        assertThat(IdentificationCriteria.defaults().abilityWeights()).hasSize(5);
        // by default all five abilities count: (90 + 90 + 0 + 0 + 0) / 5 = 36, below the cut-off
        assertThat(new Identification(IdentificationCriteria.defaults()).quadrants(List.of(candidate("a", 90, 90, 90))))
                .isEqualTo(Map.of(
                        Quadrant.CO_CREATORS, 0,
                        Quadrant.WILLING_BUT_DEVELOPING, 1,
                        Quadrant.ABLE_BUT_RELUCTANT, 0,
                        Quadrant.OBSERVERS, 0));
    }

    @Test
    void theBestOfALargerSetAreRankedFromOneAndCountTheWholeMatchingSet() {
        Identification id = new Identification(IdentificationCriteria.defaults());
        List<Candidate> best = List.of(candidate("b", 60, 60, 60), candidate("a", 90, 90, 90));

        List<RankedCandidate> ranked = id.rankTop(best, 40);

        assertThat(ranked).extracting(RankedCandidate::stakeholderId).containsExactly("a", "b");
        assertThat(ranked).extracting(RankedCandidate::rank).containsExactly(1, 2);
        assertThat(ranked.get(0).explanation()).startsWith("Rank 1 of 40 matching stakeholders");
    }
}

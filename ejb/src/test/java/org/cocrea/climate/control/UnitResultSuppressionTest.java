package org.cocrea.climate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnitResultSuppressionTest {

    private final UnitResultSuppression k5 = new UnitResultSuppression();

    private static SurveyUnit unit(String id, String parent, int own) {
        return new SurveyUnit(id, parent, "Unit " + id, own);
    }

    @Test
    void rollsUpRespondentsAndShowsUnitsOfAtLeastK() {
        // D (2 direct) with teams T1 = 4 and T2 = 6: D covers 12
        DisclosurePlan plan = k5.decide(List.of(unit("D", null, 2), unit("T1", "D", 4), unit("T2", "D", 6)));

        assertThat(plan.unit("D").rolledUpRespondents()).isEqualTo(12);
        assertThat(plan.unit("D").resultVisible()).isTrue();
        assertThat(plan.unit("T1").resultVisible()).isFalse();
        assertThat(plan.unit("T1").reason()).isEqualTo(DisclosureReason.BELOW_THRESHOLD);
        assertThat(plan.unit("T2").resultVisible()).isTrue();
        assertThat(plan.unit("T2").reason()).isEqualTo(DisclosureReason.SHOWN);
        // D − T2 = 6 people (D's 2 direct respondents and T1's 4): a group of 6 is fine
        assertThat(leaks(plan)).isEmpty();
    }

    @Test
    void theSubtractionAttackOnAHiddenTeamIsBlocked() {
        // D = T1 (3) + T2 (6) + T3 (7) = 16. With T1 hidden and D, T2, T3 shown,
        // D − T2 − T3 = 3 would be exactly T1's three people.
        List<SurveyUnit> units =
                List.of(unit("D", null, 0), unit("T1", "D", 3), unit("T2", "D", 6), unit("T3", "D", 7));
        assertThat(leaks(thresholdOnly(units, 5))).containsExactly("D minus [T2, T3] = 3");

        DisclosurePlan plan = k5.decide(units);

        // the smallest visible sibling, T2, is hidden as well: D − T3 = 9
        assertThat(plan.unit("T2").resultVisible()).isFalse();
        assertThat(plan.unit("T2").reason()).isEqualTo(DisclosureReason.COMPLEMENTARY);
        assertThat(plan.unit("T2").protectedUnitId()).isEqualTo("D");
        assertThat(plan.unit("T3").resultVisible()).isTrue();
        assertThat(plan.unit("D").resultVisible()).isTrue();
        assertThat(leaks(plan)).isEmpty();
    }

    @Test
    void directRespondentsOfAUnitAreProtectedAsItsRemainder() {
        // D has 2 direct respondents and two visible teams: D − T1 − T2 = 2 would reveal them
        DisclosurePlan plan = k5.decide(List.of(unit("D", null, 2), unit("T1", "D", 6), unit("T2", "D", 7)));

        assertThat(plan.unit("T1").reason()).isEqualTo(DisclosureReason.COMPLEMENTARY);
        assertThat(plan.unit("T2").resultVisible()).isTrue();
        assertThat(leaks(plan)).isEmpty();
    }

    @Test
    void aResultThatIsOnlyTheSumOfItsPartsIsOpenedUpToReachItsParts() {
        // G = P (P1 5 + P2 6 = 11) + Q (3, hidden). G − P = 3 reveals Q; hiding P alone does not
        // help (G − P1 − P2 = 3 as well), so P and its smaller part P1 are hidden: G − P2 = 8
        DisclosurePlan plan = k5.decide(List.of(
                unit("G", null, 0), unit("P", "G", 0), unit("P1", "P", 5), unit("P2", "P", 6), unit("Q", "G", 3)));

        assertThat(plan.unit("P").reason()).isEqualTo(DisclosureReason.COMPLEMENTARY);
        assertThat(plan.unit("P1").reason()).isEqualTo(DisclosureReason.COMPLEMENTARY);
        assertThat(plan.unit("P1").protectedUnitId()).isEqualTo("G");
        assertThat(plan.unit("P2").resultVisible()).isTrue();
        assertThat(plan.unit("G").resultVisible()).isTrue();
        assertThat(leaks(plan)).isEmpty();
    }

    @Test
    void smallSiblingTeamsAreShownCombinedWhenNothingCanBeDerived() {
        // D = T1 (2) + T2 (3) + T3 (8): "other teams of D" = 5, and D − T3 − other teams = 0
        DisclosurePlan plan = k5.decide(List.of(
                new SurveyUnit("D", null, "Sales", 0), unit("T1", "D", 2), unit("T2", "D", 3), unit("T3", "D", 8)));

        assertThat(plan.combinations()).singleElement().satisfies(c -> {
            assertThat(c.label()).isEqualTo("other teams of Sales");
            assertThat(c.unitIds()).containsExactly("T1", "T2");
            assertThat(c.respondents()).isEqualTo(5);
            assertThat(c.parentId()).isEqualTo("D");
        });
        assertThat(plan.unit("T1").resultVisible()).isFalse();
        assertThat(plan.unit("T1").combinationId()).isEqualTo("D/other-teams");
        assertThat(plan.unit("T3").resultVisible()).isTrue();
        assertThat(leaks(plan)).isEmpty();
    }

    @Test
    void noCombinationWhenSubtractingItWouldRevealTheDirectRespondents() {
        // D has 2 direct respondents: D − T3 − (T1 + T2) = 2, so T1 and T2 are not combined
        DisclosurePlan plan =
                k5.decide(List.of(unit("D", null, 2), unit("T1", "D", 2), unit("T2", "D", 3), unit("T3", "D", 8)));

        assertThat(plan.combinations()).isEmpty();
        assertThat(plan.unit("T1").combinationId()).isNull();
        // D − T3 = 7 (2 direct + T1 + T2)
        assertThat(plan.unit("T3").resultVisible()).isTrue();
        assertThat(leaks(plan)).isEmpty();
    }

    @Test
    void theSmallestTeamIsLeftOutOfTheCombinationWhenThatMakesItSafe() {
        // D: 2 direct, T1 3, T2 4, T3 4, T4 9. All four small teams = 11 would leave 2;
        // without T1, "other teams" = 8 and D − T4 − 8 = 5
        DisclosurePlan plan = k5.decide(List.of(
                unit("D", null, 2), unit("T1", "D", 3), unit("T2", "D", 4), unit("T3", "D", 4), unit("T4", "D", 9)));

        assertThat(plan.combinations()).singleElement().satisfies(c -> {
            assertThat(c.unitIds()).containsExactlyInAnyOrder("T2", "T3");
            assertThat(c.respondents()).isEqualTo(8);
        });
        assertThat(plan.unit("T1").combinationId()).isNull();
        assertThat(leaks(plan)).isEmpty();
    }

    @Test
    void aCombinationIsWithdrawnWhenAnAncestorNeedsIt() {
        // P = P1 (8) + "other teams of P" (T1 2 + T2 3) = 13; G = P + Q (3, hidden) = 16.
        // G − P = 3 reveals Q; P is exactly the sum of its parts, so P is opened up and its
        // smallest part that adds people, the combination (5), is withdrawn: G − P1 = 8
        DisclosurePlan plan = k5.decide(List.of(
                unit("G", null, 0),
                unit("P", "G", 0),
                unit("P1", "P", 8),
                unit("T1", "P", 2),
                unit("T2", "P", 3),
                unit("Q", "G", 3)));

        assertThat(plan.combinations()).isEmpty();
        assertThat(plan.unit("T1").combinationId()).isNull();
        assertThat(plan.unit("P").reason()).isEqualTo(DisclosureReason.COMPLEMENTARY);
        assertThat(plan.unit("P1").resultVisible()).isTrue();
        assertThat(plan.unit("G").resultVisible()).isTrue();
        assertThat(leaks(plan)).isEmpty();
    }

    @Test
    void commentsNeedTheCommentThreshold() {
        DisclosurePlan plan = k5.decide(List.of(unit("A", null, 9), unit("B", null, 10), unit("C", null, 4)));

        assertThat(plan.unit("A").resultVisible()).isTrue();
        assertThat(plan.unit("A").commentsVisible()).isFalse();
        assertThat(plan.unit("B").commentsVisible()).isTrue();
        assertThat(plan.unit("C").commentsVisible()).isFalse();

        DisclosurePlan lower = new UnitResultSuppression(5, 8).decide(List.of(unit("A", null, 9)));
        assertThat(lower.unit("A").commentsVisible()).isTrue();
    }

    @Test
    void commentsOfAComplementarySuppressedUnitStayHidden() {
        DisclosurePlan plan = k5.decide(List.of(unit("D", null, 2), unit("T1", "D", 12), unit("T2", "D", 13)));

        assertThat(plan.unit("T1").reason()).isEqualTo(DisclosureReason.COMPLEMENTARY);
        assertThat(plan.unit("T1").commentsVisible()).isFalse();
        assertThat(plan.unit("T2").commentsVisible()).isTrue();
    }

    @Test
    void defaultsAndConfiguration() {
        assertThat(k5.threshold()).isEqualTo(5);
        assertThat(k5.commentThreshold()).isEqualTo(10);
        assertThat(new UnitResultSuppression(3, 3).threshold()).isEqualTo(3);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new UnitResultSuppression(2, 10))
                .withMessageContaining("anonymity threshold 2 is below the minimum of 3");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new UnitResultSuppression(5, 4))
                .withMessageContaining("comment threshold 4 is below the anonymity threshold 5");
    }

    @Test
    void refusesABrokenTree() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> k5.decide(List.of(unit("A", null, 1), unit("A", null, 2))))
                .withMessage("unit id A occurs more than once");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> k5.decide(List.of(unit("A", "X", 1))))
                .withMessage("unit A has parent X, which is not in the list");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> k5.decide(List.of(unit("R", null, 1), unit("A", "B", 1), unit("B", "A", 1))))
                .withMessage("units form a cycle (unit A is not below any root unit)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> k5.decide(List.of(unit("A", null, -1))))
                .withMessage("unit A has a negative respondent count -1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> k5.decide(List.of(new SurveyUnit(" ", null, "x", 1))))
                .withMessage("unit 1 of the list has no id");
        assertThatIllegalArgumentException().isThrownBy(() -> k5.decide(null)).withMessage("units must not be null");
        assertThat(k5.decide(List.of()).units()).isEmpty();
    }

    @Test
    void noGroupOfOneToKMinusOneCanBeDerivedInRandomTrees() {
        Random random = new Random(20261122L);
        int naiveLeaks = 0;
        int complementary = 0;
        int combined = 0;
        for (int tree = 0; tree < 3000; tree++) {
            int k = 3 + random.nextInt(5);
            List<SurveyUnit> units = randomTree(random, 1 + random.nextInt(18), k);
            DisclosurePlan plan = new UnitResultSuppression(k, Math.max(k, 10)).decide(units);

            assertThat(leaks(plan)).as("tree %d, k = %d: %s", tree, k, units).isEmpty();
            for (UnitDisclosure u : plan.units()) {
                assertThat(u.rolledUpRespondents() >= k)
                        .as("unit %s: threshold rule", u.unitId())
                        .isEqualTo(u.reason() != DisclosureReason.BELOW_THRESHOLD);
                assertThat(u.resultVisible()).isEqualTo(u.reason() == DisclosureReason.SHOWN);
            }
            naiveLeaks += leaks(thresholdOnly(units, k)).isEmpty() ? 0 : 1;
            complementary += (int) plan.units().stream()
                    .filter(u -> u.reason() == DisclosureReason.COMPLEMENTARY)
                    .count();
            combined += plan.combinations().size();
        }
        // the trees do exercise every rule: threshold-only suppression leaks in about half of them
        // (1604 of 3000 with this seed), complementary suppression hides 2925 units, 257 combinations
        assertThat(naiveLeaks).isGreaterThan(1000);
        assertThat(complementary).isGreaterThan(1000);
        assertThat(combined).isGreaterThan(100);
    }

    private static List<SurveyUnit> randomTree(Random random, int size, int k) {
        List<SurveyUnit> units = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String parent = i == 0 || random.nextInt(12) == 0 ? null : "u" + random.nextInt(i);
            int own = random.nextInt(3) == 0 ? 0 : random.nextInt(2 * k);
            units.add(new SurveyUnit("u" + i, parent, "Unit " + i, own));
        }
        return units;
    }

    /** The plan a naive "hide below k" rule would give, as the attack's target. */
    private static DisclosurePlan thresholdOnly(List<SurveyUnit> units, int k) {
        DisclosurePlan full = new UnitResultSuppression(k, Math.max(k, 10)).decide(units);
        List<UnitDisclosure> naive = full.units().stream()
                .map(u -> new UnitDisclosure(
                        u.unitId(),
                        u.parentId(),
                        u.ownRespondents(),
                        u.rolledUpRespondents(),
                        u.rolledUpRespondents() >= k,
                        u.rolledUpRespondents() >= k ? DisclosureReason.SHOWN : DisclosureReason.BELOW_THRESHOLD,
                        null,
                        null,
                        false))
                .toList();
        return new DisclosurePlan(k, full.commentThreshold(), naive, List.of());
    }

    /**
     * Brute-force attacker, independent of the implementation: recomputes every published group's
     * members and size from the plan's own-respondent counts and the tree, then, for every visible
     * result X, subtracts every set of disjoint visible results inside X (every subset of X's
     * visible children, grandchildren, "other teams" results, ... that do not overlap) and reports
     * each difference of 1..k−1 people.
     */
    private static List<String> leaks(DisclosurePlan plan) {
        List<UnitDisclosure> units = plan.units();
        int k = plan.threshold();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            index.put(units.get(i).unitId(), i);
        }
        long[] subtree = new long[units.size()];
        for (int i = 0; i < units.size(); i++) {
            // unit i belongs to its own subtree and to that of every ancestor
            for (Integer a = i; a != null; a = index.get(units.get(a).parentId())) {
                subtree[a] |= 1L << i;
            }
        }
        for (int i = 0; i < units.size(); i++) {
            int rolledUp = 0;
            for (int j = 0; j < units.size(); j++) {
                rolledUp += (subtree[i] & (1L << j)) != 0 ? units.get(j).ownRespondents() : 0;
            }
            assertThat(units.get(i).rolledUpRespondents()).isEqualTo(rolledUp);
        }
        List<String> names = new ArrayList<>();
        List<Long> masks = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).resultVisible()) {
                names.add(units.get(i).unitId());
                masks.add(subtree[i]);
            }
        }
        for (CombinedTeams c : plan.combinations()) {
            long mask = 0;
            for (String id : c.unitIds()) {
                assertThat(units.get(index.get(id)).resultVisible()).isFalse();
                mask |= subtree[index.get(id)];
            }
            names.add(c.id());
            masks.add(mask);
        }
        int[] size = new int[masks.size()];
        for (int c = 0; c < masks.size(); c++) {
            for (int i = 0; i < units.size(); i++) {
                if ((masks.get(c) & (1L << i)) != 0) {
                    size[c] += units.get(i).ownRespondents();
                }
            }
            assertThat(size[c]).as("published group %s", names.get(c)).isGreaterThanOrEqualTo(k);
        }
        List<String> found = new ArrayList<>();
        for (int x = 0; x < masks.size(); x++) {
            long outer = masks.get(x);
            List<Integer> inside = new ArrayList<>();
            for (int y = 0; y < masks.size(); y++) {
                long m = masks.get(y);
                if (y != x && (m & outer) == m && m != outer) {
                    inside.add(y);
                }
            }
            subtract(x, inside, 0, 0L, size[x], new ArrayList<>(), names, masks, size, k, found);
        }
        return found;
    }

    private static void subtract(
            int x,
            List<Integer> inside,
            int from,
            long used,
            int difference,
            List<String> subtracted,
            List<String> names,
            List<Long> masks,
            int[] size,
            int k,
            List<String> found) {
        if (difference > 0 && difference < k) {
            found.add(names.get(x) + " minus " + subtracted + " = " + difference);
        }
        for (int i = from; i < inside.size(); i++) {
            int y = inside.get(i);
            if ((masks.get(y) & used) == 0) {
                subtracted.add(names.get(y));
                subtract(
                        x,
                        inside,
                        i + 1,
                        used | masks.get(y),
                        difference - size[y],
                        subtracted,
                        names,
                        masks,
                        size,
                        k,
                        found);
                subtracted.remove(subtracted.size() - 1);
            }
        }
    }
}

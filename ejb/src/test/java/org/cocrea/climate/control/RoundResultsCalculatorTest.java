package org.cocrea.climate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.cocrea.climate.control.RoundFixture.instrument;
import static org.cocrea.climate.control.RoundFixture.round;
import static org.cocrea.climate.control.RoundFixture.sheet;
import static org.cocrea.climate.control.RoundFixture.sheets;
import static org.cocrea.climate.control.RoundFixture.unit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class RoundResultsCalculatorTest {

    private static final Offset<Double> EXACT = within(1e-12);

    private final RoundResultsCalculator k5 = new RoundResultsCalculator();
    private final RoundResultsCalculator k3 = new RoundResultsCalculator(3, 3);

    /** Five respondents of one team; item order trust-1, trust-2 (reverse-keyed), ideas-1..3. */
    private static List<AnswerSheet> fiveSheets(String unitId) {
        return List.of(
                sheet(unitId, 5, 1, 4, 4, 4),
                sheet(unitId, 4, 1, 3, 4, 5),
                sheet(unitId, 4, 2, 2, 2, 2),
                sheet(unitId, 3, 4, 5, 5, 5),
                sheet(unitId, 2, 1, 3, 3, 3));
    }

    @Test
    void factorFiguresOfASmallTeamMatchTheHandCalculation() {
        RoundResults r = k5.calculate(round(instrument(5), List.of(unit("T", null)), fiveSheets("T")));

        GroupResult t = r.unit("T").result();
        assertThat(t.respondents()).isEqualTo(5);
        // trust-2 reversed: raw 1,1,2,4,1 → 5,5,4,2,5; factor scores 5, 4.5, 4, 2.5, 3.5
        FactorResult trust = t.factor("trust");
        assertThat(trust.mean()).isCloseTo(3.9, EXACT);
        assertThat(trust.standardDeviation()).isCloseTo(Math.sqrt(0.925), EXACT); // SS 3.7 / 4
        assertThat(trust.distribution().shares()).containsExactly(0.0, 0.2, 0.1, 0.3, 0.4);
        assertThat(trust.distribution().favourable()).isCloseTo(0.7, EXACT);
        assertThat(trust.distribution().neutral()).isCloseTo(0.1, EXACT);
        assertThat(trust.distribution().unfavourable()).isCloseTo(0.2, EXACT);
        // item variances 1.3 and 1.7, mean 1.5; σ²EU = 2; rwg(j) = 2·0.25 / (2·0.25 + 0.75) = 0.4
        assertThat(trust.rwgJ()).isCloseTo(0.4, EXACT);
        assertThat(trust.lacksAgreement()).isTrue();
        assertThat(trust.change()).isNull();

        // factor scores 4, 4, 2, 5, 3
        FactorResult ideas = t.factor("ideas");
        assertThat(ideas.mean()).isCloseTo(3.6, EXACT);
        assertThat(ideas.standardDeviation()).isCloseTo(Math.sqrt(1.3), EXACT);
        assertThat(ideas.distribution().shares().get(0)).isZero();
        assertThat(ideas.distribution().shares().get(1)).isCloseTo(3 / 15.0, EXACT);
        assertThat(ideas.distribution().shares().get(4)).isCloseTo(4 / 15.0, EXACT);
        assertThat(ideas.distribution().favourable()).isCloseTo(8 / 15.0, EXACT);
        assertThat(ideas.distribution().neutral()).isCloseTo(4 / 15.0, EXACT);
        assertThat(ideas.distribution().unfavourable()).isCloseTo(3 / 15.0, EXACT);
        // item variances 1.3, 1.3, 1.7: mean 4.3/3; ratio 0.71667; rwg(j) = 0.85 / (0.85 + 0.71667)
        assertThat(ideas.rwgJ()).isCloseTo(25.5 / 47, EXACT);
    }

    @Test
    void reverseKeyedItemsAreScoredPointsPlusOneMinusTheAnswer() {
        RoundResults r = k5.calculate(round(instrument(5), List.of(unit("T", null)), fiveSheets("T")));

        ItemResult reversed = r.unit("T").result().item("trust-2");
        assertThat(reversed.reverse()).isTrue();
        assertThat(reversed.factorKey()).isEqualTo("trust");
        assertThat(reversed.respondents()).isEqualTo(5);
        assertThat(reversed.mean()).isCloseTo(4.2, EXACT); // the raw answers average 1.8
        assertThat(reversed.standardDeviation()).isCloseTo(Math.sqrt(1.7), EXACT);
        assertThat(reversed.distribution().shares()).containsExactly(0.0, 0.2, 0.0, 0.2, 0.6);
        assertThat(reversed.distribution().favourable()).isCloseTo(0.8, EXACT);

        ItemResult plain = r.unit("T").result().item("trust-1");
        assertThat(plain.reverse()).isFalse();
        assertThat(plain.mean()).isCloseTo(3.6, EXACT);
        assertThat(plain.standardDeviation()).isCloseTo(Math.sqrt(1.3), EXACT);
    }

    @Test
    void sevenPointScalesUseTheirOwnNullVarianceReversalAndFavourableBands() {
        // trust-2 raw 1, 2, 3 → 7, 6, 5; ideas 7,7,7 / 4,4,4 / 1,2,3
        List<AnswerSheet> sheets =
                List.of(sheet("U", 7, 1, 7, 7, 7), sheet("U", 6, 2, 4, 4, 4), sheet("U", 5, 3, 1, 2, 3));

        GroupResult u = k3.calculate(round(instrument(7), List.of(unit("U", null)), sheets))
                .unit("U")
                .result();

        FactorResult trust = u.factor("trust");
        assertThat(trust.mean()).isCloseTo(6.0, EXACT);
        assertThat(trust.standardDeviation()).isCloseTo(1.0, EXACT);
        // item variances 1 and 1; σ²EU = (49 − 1)/12 = 4: rwg(j) = 2·0.75 / (2·0.75 + 0.25)
        assertThat(trust.rwgJ()).isCloseTo(1.5 / 1.75, EXACT);
        assertThat(trust.lacksAgreement()).isFalse();
        assertThat(trust.distribution().shares()).containsExactly(0.0, 0.0, 0.0, 0.0, 1 / 3.0, 1 / 3.0, 1 / 3.0);
        assertThat(trust.distribution().favourable()).isCloseTo(1.0, EXACT);

        // 9 answers: 1, 2, 3 (bottom three), 4, 4, 4 (middle), 7, 7, 7 (top three)
        FactorResult ideas = u.factor("ideas");
        assertThat(ideas.mean()).isCloseTo(13 / 3.0, EXACT);
        assertThat(ideas.distribution().unfavourable()).isCloseTo(1 / 3.0, EXACT);
        assertThat(ideas.distribution().neutral()).isCloseTo(1 / 3.0, EXACT);
        assertThat(ideas.distribution().favourable()).isCloseTo(1 / 3.0, EXACT);
        // mean item variance (9 + 19/3 + 13/3)/3 = 6.56 > 4: truncated to the null variance, index 0
        assertThat(ideas.rwgJ()).isZero();
        assertThat(ideas.lacksAgreement()).isTrue();
    }

    @Test
    void distributionBandsOfAFiveAndASevenPointScale() {
        Distribution five = Distribution.of(new long[] {1, 2, 3, 4, 5});
        assertThat(five.unfavourable()).isCloseTo(3 / 15.0, EXACT);
        assertThat(five.neutral()).isCloseTo(3 / 15.0, EXACT);
        assertThat(five.favourable()).isCloseTo(9 / 15.0, EXACT);

        Distribution seven = Distribution.of(new long[] {1, 2, 3, 4, 5, 6, 7});
        assertThat(seven.unfavourable()).isCloseTo(6 / 28.0, EXACT);
        assertThat(seven.neutral()).isCloseTo(4 / 28.0, EXACT);
        assertThat(seven.favourable()).isCloseTo(18 / 28.0, EXACT);
        assertThat(seven.shares()).hasSize(7);
    }

    @Test
    void changeComparesWithTheSameGroupOnlyWhenShownInBothRounds() {
        List<RoundUnit> units = List.of(unit("D", null), unit("T", "D"), unit("S", "D"), unit("R", "D"));
        // previous round, k = 3: T 5 (all 3s), S 2 (hidden), R 3, hidden to protect D (10 − 5 − 3 = 2)
        List<AnswerSheet> before = new ArrayList<>(sheets(5, "T", 3, 3, 3, 3, 3));
        before.addAll(sheets(2, "S", 4, 2, 4, 4, 4));
        before.addAll(sheets(3, "R", 4, 2, 4, 4, 4));
        RoundResults previous = k3.calculate(round(instrument(5), units, before));
        assertThat(previous.unit("T").visible()).isTrue();
        assertThat(previous.unit("S").status()).isEqualTo(DisclosureReason.BELOW_THRESHOLD);
        assertThat(previous.unit("R").status()).isEqualTo(DisclosureReason.COMPLEMENTARY);

        List<RoundUnit> nowUnits = new ArrayList<>(units);
        nowUnits.add(unit("N", "D"));
        List<AnswerSheet> now = new ArrayList<>(fiveSheets("T"));
        now.addAll(sheets(3, "S", 4, 2, 4, 4, 4));
        now.addAll(sheets(3, "R", 4, 2, 4, 4, 4));
        now.addAll(sheets(3, "N", 4, 2, 4, 4, 4));
        RoundResults r = k3.calculate(round(instrument(5), nowUnits, now), previous);

        assertThat(r.unit("T").result().factor("trust").change()).isCloseTo(3.9 - 3.0, EXACT);
        assertThat(r.unit("T").result().factor("ideas").change()).isCloseTo(3.6 - 3.0, EXACT);
        assertThat(r.unit("S").result().factor("trust").change()).isNull(); // hidden before
        assertThat(r.unit("R").result().factor("trust").change()).isNull(); // hidden before
        assertThat(r.unit("N").result().factor("trust").change()).isNull(); // new
        double dBefore = previous.unit("D").result().factor("ideas").mean();
        double dNow = r.unit("D").result().factor("ideas").mean();
        assertThat(r.unit("D").result().factor("ideas").change()).isCloseTo(dNow - dBefore, EXACT);
        assertThat(r.organisation().result().factor("ideas").change()).isCloseTo(dNow - dBefore, EXACT);
    }

    @Test
    void aPreviousRoundOnAnotherScaleCannotBeCompared() {
        RoundResults previous =
                k5.calculate(round(instrument(7), List.of(unit("T", null)), sheets(5, "T", 4, 4, 4, 4, 4)));

        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        k5.calculate(round(instrument(5), List.of(unit("T", null)), fiveSheets("T")), previous))
                .withMessageContaining("7 scale points");
    }

    @Test
    void unitResultsRollUpTheirSubUnitsAndTheOrganisationCoversEveryone() {
        List<RoundUnit> units = List.of(unit("D", null), unit("T", "D"), unit("S", "D"));
        List<AnswerSheet> all = new ArrayList<>(fiveSheets("T"));
        all.addAll(sheets(5, "S", 1, 5, 1, 1, 1)); // every score 1
        all.addAll(sheets(3, "D", 5, 1, 5, 5, 5)); // D's own three: every score 5

        RoundResults r = k3.calculate(round(instrument(5), units, all));

        GroupResult d = r.unit("D").result();
        assertThat(d.respondents()).isEqualTo(13);
        assertThat(d.factor("trust").mean()).isCloseTo((3.9 * 5 + 1 * 5 + 5 * 3) / 13, EXACT);
        assertThat(d.item("trust-2").mean()).isCloseTo((4.2 * 5 + 1 * 5 + 5 * 3) / 13, EXACT);
        assertThat(r.organisation().result()).isEqualTo(d);
        assertThat(r.unit("S").result().factor("ideas").standardDeviation()).isZero();
        assertThat(r.unit("S").result().factor("ideas").rwgJ()).isEqualTo(1.0);
    }

    @Test
    void everyShownFigureEqualsAStraightforwardComputationOverItsRespondents() {
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            int points = trial % 2 == 0 ? 5 : 7;
            List<RoundUnit> units = randomTree(random, 2 + random.nextInt(25));
            List<AnswerSheet> sheets = new ArrayList<>();
            for (RoundUnit u : units) {
                int n = random.nextInt(9);
                int bias = random.nextInt(points);
                for (int i = 0; i < n; i++) {
                    int[] a = new int[5];
                    for (int j = 0; j < 5; j++) {
                        a[j] = 1 + Math.min(points - 1, Math.max(0, bias + random.nextInt(3) - 1));
                    }
                    sheets.add(sheet(u.id(), a));
                }
            }
            RoundResultsCalculator calculator = trial % 3 == 0 ? k3 : k5;
            RoundResults r = calculator.calculate(round(instrument(points), units, sheets));
            Naive naive = new Naive(units, sheets, points);

            for (UnitResult u : r.units()) {
                if (u.visible()) {
                    naive.check(u.result(), naive.respondentsBelow(List.of(u.unitId())));
                }
            }
            for (OtherTeamsResult o : r.otherTeams()) {
                naive.check(o.result(), naive.respondentsBelow(o.unitIds()));
            }
            if (r.organisation().visible()) {
                naive.check(r.organisation().result(), sheets);
            }
        }
    }

    @Test
    void otherTeamsAreShownTogetherAndTheirMembersStayHidden() {
        List<RoundUnit> units = List.of(unit("D", null), unit("T1", "D"), unit("T2", "D"), unit("T3", "D"));
        List<AnswerSheet> all = new ArrayList<>(sheets(3, "T1", 2, 4, 2, 2, 2));
        all.addAll(sheets(3, "T2", 4, 2, 4, 4, 4));
        all.addAll(sheets(10, "T3", 5, 1, 5, 5, 5));

        RoundResults r = k5.calculate(round(instrument(5), units, all));

        assertThat(r.otherTeams()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo("D/other-teams");
            assertThat(o.label()).isEqualTo("other teams of Unit D");
            assertThat(o.unitIds()).containsExactlyInAnyOrder("T1", "T2");
            assertThat(o.depth()).isEqualTo(1);
            assertThat(o.result().respondents()).isEqualTo(6);
            assertThat(o.result().factor("ideas").mean()).isCloseTo(3.0, EXACT);
            assertThat(o.result().commentsShown()).isFalse();
        });
        assertThat(r.unit("T1").visible()).isFalse();
        assertThat(r.unit("T1").otherTeamsId()).isEqualTo("D/other-teams");
        assertThat(r.resultOf("D/other-teams")).isPresent();
        assertThat(r.resultOf("T1")).isEmpty();
        assertThat(r.heatmap().rows())
                .extracting(Heatmap.Row::id)
                .containsExactly("D", "T1", "T2", "T3", "D/other-teams");
    }

    @Test
    void heatmapListsUnitsInTreeOrderWithDepthAndNoMeansForHiddenUnits() {
        List<RoundUnit> units = List.of(
                unit("B", null), unit("A", null), unit("A2", "A"), unit("A1", "A"), unit("A1x", "A1"), unit("B1", "B"));
        List<AnswerSheet> all = new ArrayList<>(sheets(5, "A2", 4, 2, 4, 4, 4));
        all.addAll(sheets(6, "A1x", 3, 3, 3, 3, 3));
        all.addAll(sheets(2, "A", 3, 3, 3, 3, 3));
        all.addAll(sheets(8, "B", 5, 1, 5, 5, 5));
        all.addAll(sheets(6, "B1", 2, 4, 2, 2, 2));

        RoundResults r = k5.calculate(round(instrument(5), units, all));

        Heatmap h = r.heatmap();
        assertThat(h.factorKeys()).containsExactly("trust", "ideas");
        assertThat(h.rows()).extracting(Heatmap.Row::id).containsExactly("B", "B1", "A", "A2", "A1", "A1x");
        assertThat(h.rows()).extracting(Heatmap.Row::depth).containsExactly(0, 1, 0, 1, 1, 2);
        assertThat(r.units()).extracting(UnitResult::unitId).containsExactly("B", "B1", "A", "A2", "A1", "A1x");
        assertThat(h.organisation().kind()).isEqualTo(Heatmap.Kind.ORGANISATION);
        assertThat(h.organisation().means().get(0))
                .isCloseTo(r.organisation().result().factor("trust").mean(), EXACT);
        for (Heatmap.Row row : h.rows()) {
            UnitResult u = r.unit(row.id());
            assertThat(row.visible()).isEqualTo(u.visible());
            if (u.visible()) {
                assertThat(row.means())
                        .containsExactly(
                                u.result().factor("trust").mean(),
                                u.result().factor("ideas").mean());
            } else {
                assertThat(row.means()).containsExactly(null, null);
            }
        }
        // A has 2 direct respondents: A − A2 − A1 = 2 would reveal them, so a team is hidden
        assertThat(h.rows()).filteredOn(row -> !row.visible()).isNotEmpty();
        assertThat(h.subtree("A")).extracting(Heatmap.Row::id).containsExactly("A", "A2", "A1", "A1x");
        assertThat(h.subtree("A1x")).extracting(Heatmap.Row::id).containsExactly("A1x");
    }

    @Test
    void aRoundWithFewerThanKRespondentsShowsNothingAtAll() {
        RoundResults r = k5.calculate(round(instrument(5), List.of(unit("T", null)), sheets(4, "T", 3, 3, 3, 3, 3)));

        assertThat(r.organisation().visible()).isFalse();
        assertThat(r.organisation().status()).isEqualTo(DisclosureReason.BELOW_THRESHOLD);
        assertThat(r.organisation().quality()).isEmpty();
        assertThat(r.unit("T").visible()).isFalse();
        assertThat(r.heatmap().organisation().means()).containsOnlyNulls();
        assertThat(numbersIn(r)).doesNotContain(3.0);
    }

    @Test
    void severalTopLevelUnitsDoNotRevealAHiddenOneThroughTheOrganisationTotal() {
        // org = A (20) + B (3): showing the organisation and A would reveal B's three people
        List<AnswerSheet> all = new ArrayList<>(sheets(20, "A", 4, 2, 4, 4, 4));
        all.addAll(sheets(3, "B", 1, 5, 1, 2, 1));

        RoundResults r = k5.calculate(round(instrument(5), List.of(unit("A", null), unit("B", null)), all));

        assertThat(r.unit("B").visible()).isFalse();
        assertThat(r.organisation().visible() && r.unit("A").visible()).isFalse();
        assertThat(leaks(r)).isEmpty();
    }

    // ---------------------------------------------------------------- anonymity

    @Test
    void aHiddenTeamsFiguresAppearNowhereInTheResults() {
        RoundAnswers answers = RoundFixture.subtractionCase();
        RoundResults r = k5.calculate(answers);

        assertThat(r.unit("T1").status()).isEqualTo(DisclosureReason.BELOW_THRESHOLD);
        assertThat(r.unit("T2").status()).isEqualTo(DisclosureReason.COMPLEMENTARY);
        assertThat(r.unit("T1").result()).isNull();
        assertThat(r.unit("T2").result()).isNull();
        assertThat(r.unit("T3").visible()).isTrue();
        assertThat(r.unit("D").visible()).isTrue();

        List<Double> shown = numbersIn(r);
        Naive naive = new Naive(answers.units(), answers.sheets(), 5);
        for (String hidden : List.of("T1", "T2")) {
            for (double secret : naive.figures(naive.respondentsBelow(List.of(hidden)))) {
                assertThat(shown).as("%s's figure %s", hidden, secret).noneMatch(v -> Math.abs(v - secret) < 1e-9);
            }
        }
        assertThat(respondentCountsIn(r)).doesNotContain(3, 6);
    }

    @Test
    void subtractingShownResultsDoesNotRevealTheHiddenTeam() {
        RoundAnswers answers = RoundFixture.subtractionCase();
        RoundResults r = k5.calculate(answers);

        // the attack: D's total minus every shown team inside D
        GroupResult d = r.unit("D").result();
        GroupResult t3 = r.unit("T3").result();
        int derivedN = d.respondents() - t3.respondents();
        double derivedTrust = (d.respondents() * d.factor("trust").mean()
                        - t3.respondents() * t3.factor("trust").mean())
                / derivedN;

        Naive naive = new Naive(answers.units(), answers.sheets(), 5);
        double t1Trust = naive.factorMean(naive.respondentsBelow(List.of("T1")), 0);
        double t2Trust = naive.factorMean(naive.respondentsBelow(List.of("T2")), 0);
        assertThat(derivedN).isEqualTo(9).isGreaterThanOrEqualTo(r.threshold());
        assertThat(derivedTrust).isNotCloseTo(t1Trust, within(1e-6)).isNotCloseTo(t2Trust, within(1e-6));
        // what the attack yields is T1 and T2 together, a group of 9
        assertThat(derivedTrust)
                .isCloseTo(naive.factorMean(naive.respondentsBelow(List.of("T1", "T2")), 0), within(1e-9));
        assertThat(leaks(r)).isEmpty();
    }

    @Test
    void noCombinationOfShownResultsRevealsFewerThanKPeopleOnRandomTrees() {
        Random random = new Random(11);
        for (int trial = 0; trial < 40; trial++) {
            List<RoundUnit> units = randomTree(random, 2 + random.nextInt(12));
            List<AnswerSheet> sheets = new ArrayList<>();
            for (RoundUnit u : units) {
                sheets.addAll(sheets(random.nextInt(9), u.id(), 3, 3, 3, 3, 3));
            }
            RoundResults r = k5.calculate(round(instrument(5), units, sheets));
            assertThat(leaks(r)).as("trial %d", trial).isEmpty();
        }
    }

    // ---------------------------------------------------------------- comments

    @Test
    void commentsAreShownFromTheCommentThresholdSortedAndWithoutBlanks() {
        List<RoundUnit> units = List.of(unit("D", null), unit("T1", "D"), unit("T2", "D"));
        List<AnswerSheet> all = new ArrayList<>(sheets(4, "T1", 3, 3, 3, 3, 3));
        all.add(sheet("T1", "  zebra crossing needed ", 3, 3, 3, 3, 3));
        all.add(sheet("T1", "   ", 3, 3, 3, 3, 3));
        all.addAll(sheets(3, "T2", 3, 3, 3, 3, 3));
        all.add(sheet("T2", "banana", 3, 3, 3, 3, 3));
        all.add(sheet("T2", "Apple", 3, 3, 3, 3, 3));

        RoundResults r = k5.calculate(round(instrument(5), units, all));

        GroupResult d = r.unit("D").result(); // 11 respondents: at least 10
        assertThat(d.commentsShown()).isTrue();
        assertThat(d.comments()).containsExactly("Apple", "banana", "zebra crossing needed");
        GroupResult t1 = r.unit("T1").result(); // 6 respondents: shown, but no comments
        assertThat(t1.commentsShown()).isFalse();
        assertThat(t1.comments()).isEmpty();
        assertThat(r.unit("T2").result().comments()).isEmpty();
    }

    @Test
    void commentsOfAUnitAreWithheldWhenTheParentsCommentsMinusThemWouldExposeASmallTeam() {
        // D = T1 (12) + T2 (6). T1 alone reaches the comment threshold, but D's comments minus T1's
        // would be T2's six people's comments
        List<RoundUnit> units = List.of(unit("D", null), unit("T1", "D"), unit("T2", "D"));
        List<AnswerSheet> all = new ArrayList<>(sheets(11, "T1", 3, 3, 3, 3, 3));
        all.add(sheet("T1", "from a big team", 3, 3, 3, 3, 3));
        all.addAll(sheets(5, "T2", 3, 3, 3, 3, 3));
        all.add(sheet("T2", "from a small team", 3, 3, 3, 3, 3));

        RoundResults r = k5.calculate(round(instrument(5), units, all));

        assertThat(r.unit("T1").visible()).isTrue();
        assertThat(r.unit("T2").visible()).isTrue();
        assertThat(r.unit("D").result().comments()).containsExactly("from a big team", "from a small team");
        assertThat(r.unit("T1").result().commentsShown()).isFalse();
        assertThat(r.unit("T2").result().commentsShown()).isFalse();
    }

    @Test
    void commentThresholdIsConfigurable() {
        List<AnswerSheet> all = new ArrayList<>(sheets(5, "T", 3, 3, 3, 3, 3));
        all.add(sheet("T", "hello", 3, 3, 3, 3, 3));
        RoundAnswers answers = round(instrument(5), List.of(unit("T", null)), all);

        assertThat(k5.calculate(answers).unit("T").result().commentsShown()).isFalse();
        RoundResults six = new RoundResultsCalculator(5, 6).calculate(answers);
        assertThat(six.commentThreshold()).isEqualTo(6);
        assertThat(six.unit("T").result().comments()).containsExactly("hello");
        assertThat(six.organisation().result().comments()).containsExactly("hello");
    }

    @Test
    void thresholdsAreValidatedLikeTheSuppressionRules() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RoundResultsCalculator(2, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new RoundResultsCalculator(5, 4));
        assertThat(new RoundResultsCalculator(3, 3).threshold()).isEqualTo(3);
        assertThat(k5.threshold()).isEqualTo(5);
        assertThat(k5.commentThreshold()).isEqualTo(10);
    }

    // ---------------------------------------------------------------- organisation level

    @Test
    void organisationReliabilityAndIccUseTheScoredItemsAndUnitsOfTwoOrMore() {
        Random random = new Random(3);
        List<RoundUnit> units = new ArrayList<>();
        List<AnswerSheet> all = new ArrayList<>();
        for (int u = 0; u < 6; u++) {
            units.add(unit("U" + u, null));
            for (int i = 0; i < 8; i++) {
                int level = 1 + u % 3 + random.nextInt(3); // 1..5, shifted per unit
                all.add(sheet(
                        "U" + u,
                        level,
                        6 - Math.max(1, Math.min(5, level + random.nextInt(3) - 1)),
                        level,
                        Math.max(1, Math.min(5, level + random.nextInt(3) - 1)),
                        Math.max(1, Math.min(5, level - random.nextInt(2)))));
            }
        }
        units.add(unit("Solo", null));
        all.add(sheet("Solo", 5, 1, 5, 5, 5));

        RoundResults r = k5.calculate(round(instrument(5), units, all));

        double[][] trustItems = new double[all.size()][];
        double[][] ideasItems = new double[all.size()][];
        double[] ideasScores = new double[all.size() - 1];
        List<String> groups = new ArrayList<>();
        for (int s = 0; s < all.size(); s++) {
            int[] a = all.get(s).answers();
            trustItems[s] = new double[] {a[0], 6 - a[1]};
            ideasItems[s] = new double[] {a[2], a[3], a[4]};
            if (!all.get(s).unitId().equals("Solo")) {
                ideasScores[s] = (a[2] + a[3] + a[4]) / 3.0;
                groups.add(all.get(s).unitId());
            }
        }
        FactorQuality trust = r.organisation().quality("trust");
        assertThat(trust.items()).isEqualTo(2);
        assertThat(trust.alpha().value())
                .isCloseTo(ScaleReliability.alpha(trustItems).alpha(), EXACT);
        assertThat(trust.omega().computable()).isFalse();
        assertThat(trust.omega().notComputable()).isEqualTo("needs at least 3 items");

        FactorQuality ideas = r.organisation().quality("ideas");
        assertThat(ideas.alpha().value())
                .isCloseTo(ScaleReliability.alpha(ideasItems).alpha(), EXACT);
        assertThat(ideas.omega().value())
                .isCloseTo(ScaleReliability.omega(ideasItems).omegaTotal(), EXACT);
        IccResult expected = IntraclassCorrelation.icc(ideasScores, groups); // without Solo
        assertThat(ideas.icc1().value()).isCloseTo(expected.icc1(), EXACT);
        assertThat(ideas.icc2().value()).isCloseTo(expected.icc2(), EXACT);
        assertThat(ideas.reading()).isEqualTo(ClimateReading.of(ideas.icc1(), ideas.icc2()));
        assertThat(ideas.reading()).isNotEqualTo(ClimateReading.NOT_COMPUTABLE);
    }

    @Test
    void reliabilityOfASingleItemAndIccOfASingleUnitAreNotComputable() {
        RoundResults r = k5.calculate(round(
                RoundFixture.singleItem(),
                List.of(unit("T", null)),
                List.of(sheet("T", 1), sheet("T", 2), sheet("T", 3), sheet("T", 4), sheet("T", 5))));

        FactorQuality q = r.organisation().quality("overall");
        assertThat(q.alpha().notComputable()).isEqualTo("needs at least 2 items");
        assertThat(q.omega().computable()).isFalse();
        assertThat(q.icc1().notComputable()).contains("at least 2 units");
        assertThat(q.reading()).isEqualTo(ClimateReading.NOT_COMPUTABLE);
        assertThat(r.unit("T").result().factor("overall").mean()).isCloseTo(3.0, EXACT);
        // a single item: rwg(j) is rwg, 1 − 2.5/2 < 0 → 0
        assertThat(r.unit("T").result().factor("overall").rwgJ()).isZero();
    }

    @Test
    void aConstantItemMakesAlphaNotComputableWithTheReason() {
        RoundResults r = k5.calculate(round(instrument(5), List.of(unit("T", null)), sheets(5, "T", 3, 3, 3, 3, 3)));

        assertThat(r.organisation().quality("trust").alpha().notComputable()).contains("constant");
    }

    @Test
    void climateReadingCutOffs() {
        Coefficient none = Coefficient.notComputable("no");
        assertThat(ClimateReading.of(Coefficient.of(0.05), Coefficient.of(0.70)))
                .isEqualTo(ClimateReading.SHARED_CLIMATE);
        assertThat(ClimateReading.of(Coefficient.of(0.12), Coefficient.of(0.69)))
                .isEqualTo(ClimateReading.UNRELIABLE_UNIT_MEANS);
        assertThat(ClimateReading.of(Coefficient.of(0.049), Coefficient.of(0.95)))
                .isEqualTo(ClimateReading.INDIVIDUAL_VIEWS);
        assertThat(ClimateReading.of(none, Coefficient.of(0.9))).isEqualTo(ClimateReading.NOT_COMPUTABLE);
        assertThat(ClimateReading.SHARED_CLIMATE.description()).contains("shared climate");
    }

    // ---------------------------------------------------------------- input checks, serialisation

    @Test
    void rejectsSheetsThatDoNotFitTheRound() {
        List<RoundUnit> units = List.of(unit("T", null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> k5.calculate(round(instrument(5), units, List.of(sheet("X", 3, 3, 3, 3, 3)))))
                .withMessageContaining("unit X, which is not a unit of this round");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> k5.calculate(round(instrument(5), units, List.of(sheet("T", 3, 3, 3, 3)))))
                .withMessageContaining("has 4 answers");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> k5.calculate(round(instrument(5), units, List.of(sheet("T", 3, 3, 6, 3, 3)))))
                .withMessageContaining("item 3 (ideas-1): answer 6 is outside 1..5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> k5.calculate(round(instrument(5), units, List.of(sheet("T", 0, 3, 3, 3, 3)))))
                .withMessageContaining("answer 0");
    }

    @Test
    void rejectsInvalidUnitsAndInstruments() {
        List<AnswerSheet> none = List.of();
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        k5.calculate(round(instrument(5), List.of(unit(RoundResults.ORGANISATION_ID, null)), none)))
                .withMessageContaining("reserved");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> k5.calculate(round(instrument(5), List.of(unit("T", null), unit("T", null)), none)))
                .withMessageContaining("more than once");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> k5.calculate(round(instrument(5), List.of(unit("T", "nowhere")), none)))
                .withMessageContaining("nowhere");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> k5.calculate(round(instrument(5), List.of(unit("A", "B"), unit("B", "A")), none)))
                .withMessageContaining("cycle");
        InstrumentDefinition sixPoints = instrument(5).withKey("six");
        InstrumentDefinition bad = new InstrumentDefinition(
                "six",
                sixPoints.construct(),
                sixPoints.respondent(),
                6,
                sixPoints.name(),
                null,
                null,
                null,
                sixPoints.anchors(),
                sixPoints.factors());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> k5.calculate(round(bad, List.of(unit("T", null)), none)))
                .withMessageContaining("5 or 7");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AnswerSheet("T", null, null))
                .withMessageContaining("answers");
    }

    @Test
    void answerSheetsCopyTheirAnswers() {
        int[] answers = {1, 2, 3};
        AnswerSheet s = new AnswerSheet("T", answers, null);
        answers[0] = 5;
        assertThat(s.answer(0)).isEqualTo(1);
        s.answers()[1] = 5;
        assertThat(s.answer(1)).isEqualTo(2);
        assertThat(s).isEqualTo(new AnswerSheet("T", new int[] {1, 2, 3}, null));
        assertThat(new AnswerSheet("T", answers, "secret").toString()).doesNotContain("secret");
    }

    @Test
    void resultsSurviveSerialisation() throws Exception {
        RoundResults r = k5.calculate(RoundFixture.subtractionCase());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(r);
        }
        Object back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = in.readObject();
        }
        assertThat(back).isEqualTo(r);
    }

    // ---------------------------------------------------------------- helpers

    static List<RoundUnit> randomTree(Random random, int size) {
        List<RoundUnit> units = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String parent = i == 0 || random.nextInt(8) == 0 ? null : "u" + random.nextInt(i);
            units.add(unit("u" + i, parent));
        }
        return units;
    }

    /** Every double anywhere in the results (records, lists, boxed values), found by reflection. */
    static List<Double> numbersIn(Object root) {
        List<Double> out = new ArrayList<>();
        walk(root, out, new ArrayList<>());
        return out;
    }

    /** Every {@code respondents} count in the results. */
    static List<Integer> respondentCountsIn(RoundResults r) {
        List<Integer> out = new ArrayList<>();
        r.units().stream()
                .filter(UnitResult::visible)
                .forEach(u -> out.add(u.result().respondents()));
        r.otherTeams().forEach(o -> out.add(o.result().respondents()));
        if (r.organisation().visible()) {
            out.add(r.organisation().result().respondents());
        }
        return out;
    }

    private static void walk(Object o, List<Double> numbers, List<Integer> ints) {
        if (o == null || o instanceof String || o instanceof Enum<?>) {
            return;
        }
        if (o instanceof Double d) {
            numbers.add(d);
        } else if (o instanceof Iterable<?> it) {
            it.forEach(e -> walk(e, numbers, ints));
        } else if (o instanceof Record rec) {
            for (var c : rec.getClass().getRecordComponents()) {
                try {
                    walk(c.getAccessor().invoke(rec), numbers, ints);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /**
     * Brute force over the results alone: for every shown group and every set of disjoint shown
     * groups inside it, the difference in respondents must be 0 or at least k.
     */
    static List<String> leaks(RoundResults r) {
        List<Cell> cells = new ArrayList<>();
        java.util.Map<String, java.util.Set<String>> below = new java.util.HashMap<>();
        for (UnitResult u : r.units()) {
            java.util.Set<String> set = new java.util.HashSet<>();
            below.put(u.unitId(), set);
        }
        for (UnitResult u : r.units()) {
            String id = u.unitId();
            String p = id;
            while (p != null) {
                below.get(p).add(id);
                p = r.unit(p).parentId();
            }
        }
        java.util.Set<String> all = new java.util.HashSet<>(below.keySet());
        if (r.organisation().visible()) {
            cells.add(new Cell("organisation", all, r.organisation().result().respondents()));
        }
        for (UnitResult u : r.units()) {
            if (u.visible()) {
                cells.add(new Cell(u.unitId(), below.get(u.unitId()), u.result().respondents()));
            }
        }
        for (OtherTeamsResult o : r.otherTeams()) {
            java.util.Set<String> set = new java.util.HashSet<>();
            o.unitIds().forEach(id -> set.addAll(below.get(id)));
            cells.add(new Cell(o.id(), set, o.result().respondents()));
        }
        List<String> out = new ArrayList<>();
        for (Cell outer : cells) {
            List<Cell> inside = cells.stream()
                    .filter(c -> c != outer && outer.units.containsAll(c.units) && !c.units.equals(outer.units))
                    .toList();
            disjointSubsets(inside, 0, new ArrayList<>(), subset -> {
                int n = outer.n - subset.stream().mapToInt(c -> c.n).sum();
                if (!subset.isEmpty() && n > 0 && n < r.threshold()) {
                    out.add(outer.id + " minus "
                            + subset.stream().map(c -> c.id).toList() + " = " + n);
                }
            });
        }
        return out;
    }

    private record Cell(String id, java.util.Set<String> units, int n) {}

    private static void disjointSubsets(
            List<Cell> cells, int from, List<Cell> chosen, java.util.function.Consumer<List<Cell>> action) {
        action.accept(chosen);
        for (int i = from; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (chosen.stream().allMatch(x -> java.util.Collections.disjoint(x.units, c.units))) {
                chosen.add(c);
                disjointSubsets(cells, i + 1, chosen, action);
                chosen.remove(chosen.size() - 1);
            }
        }
    }

    /** The figures computed the plain way, respondent by respondent, for the fixture instrument. */
    static final class Naive {
        final List<RoundUnit> units;
        final List<AnswerSheet> sheets;
        final int points;
        final int[][] factorItems = {{0, 1}, {2, 3, 4}};
        final boolean[] reverse = {false, true, false, false, false};

        Naive(List<RoundUnit> units, List<AnswerSheet> sheets, int points) {
            this.units = units;
            this.sheets = sheets;
            this.points = points;
        }

        List<AnswerSheet> respondentsBelow(List<String> unitIds) {
            java.util.Set<String> ids = new java.util.HashSet<>(unitIds);
            boolean grew = true;
            while (grew) {
                grew = false;
                for (RoundUnit u : units) {
                    if (u.parentId() != null && ids.contains(u.parentId()) && ids.add(u.id())) {
                        grew = true;
                    }
                }
            }
            return sheets.stream().filter(s -> ids.contains(s.unitId())).toList();
        }

        double score(AnswerSheet s, int item) {
            return reverse[item] ? points + 1 - s.answer(item) : s.answer(item);
        }

        double factorScore(AnswerSheet s, int f) {
            double sum = 0;
            for (int i : factorItems[f]) {
                sum += score(s, i);
            }
            return sum / factorItems[f].length;
        }

        double factorMean(List<AnswerSheet> group, int f) {
            return group.stream().mapToDouble(s -> factorScore(s, f)).average().orElseThrow();
        }

        static double sd(double[] v) {
            double mean = java.util.Arrays.stream(v).average().orElseThrow();
            double ss = 0;
            for (double x : v) {
                ss += (x - mean) * (x - mean);
            }
            return Math.sqrt(ss / (v.length - 1));
        }

        /** Means and standard deviations of the factors and items of a group. */
        List<Double> figures(List<AnswerSheet> group) {
            List<Double> out = new ArrayList<>();
            for (int f = 0; f < factorItems.length; f++) {
                final int factor = f;
                double[] scores =
                        group.stream().mapToDouble(s -> factorScore(s, factor)).toArray();
                out.add(factorMean(group, f));
                out.add(sd(scores));
            }
            for (int i = 0; i < 5; i++) {
                final int item = i;
                out.add(group.stream()
                        .mapToDouble(s -> score(s, item))
                        .average()
                        .orElseThrow());
            }
            return out;
        }

        void check(GroupResult result, List<AnswerSheet> group) {
            Offset<Double> tolerance = within(1e-9);
            assertThat(result.respondents()).isEqualTo(group.size());
            WithinGroupAgreement agreement = new WithinGroupAgreement(points);
            for (int f = 0; f < factorItems.length; f++) {
                final int factor = f;
                FactorResult fr = result.factors().get(f);
                double[] scores =
                        group.stream().mapToDouble(s -> factorScore(s, factor)).toArray();
                assertThat(fr.mean()).isCloseTo(factorMean(group, f), tolerance);
                assertThat(fr.standardDeviation()).isCloseTo(sd(scores), tolerance);
                double[][] matrix = new double[group.size()][factorItems[f].length];
                long[] counts = new long[points];
                for (int s = 0; s < group.size(); s++) {
                    for (int j = 0; j < factorItems[f].length; j++) {
                        matrix[s][j] = score(group.get(s), factorItems[f][j]);
                        counts[(int) matrix[s][j] - 1]++;
                    }
                }
                double rwg = agreement
                        .rwgJ(matrix, java.util.Collections.nCopies(group.size(), "g"))
                        .groups()
                        .get(0)
                        .rwg();
                assertThat(fr.rwgJ()).isCloseTo(rwg, tolerance);
                assertThat(fr.distribution()).isEqualTo(Distribution.of(counts));
            }
            for (int i = 0; i < 5; i++) {
                final int item = i;
                double[] scores =
                        group.stream().mapToDouble(s -> score(s, item)).toArray();
                ItemResult ir = result.items().get(i);
                assertThat(ir.mean())
                        .isCloseTo(java.util.Arrays.stream(scores).average().orElseThrow(), tolerance);
                assertThat(ir.standardDeviation()).isCloseTo(sd(scores), tolerance);
            }
        }
    }
}

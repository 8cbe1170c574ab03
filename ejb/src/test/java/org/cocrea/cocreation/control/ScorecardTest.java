package org.cocrea.cocreation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.cocrea.cocreation.control.StageDefinitionTest.fields;
import static org.cocrea.cocreation.control.StageDefinitionTest.messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    static final Criterion VALUE = new Criterion(1, "Customer value", 3);
    static final Criterion FEASIBILITY = new Criterion(2, "Feasibility", 1);
    static final Criterion NOVELTY = new Criterion(3, "Novelty", 2);

    final Scorecard card = new Scorecard(List.of(VALUE, FEASIBILITY));

    @Test
    void scoresMapOntoZeroToHundred() {
        assertThat(Scorecard.points(1)).isEqualTo(0);
        assertThat(Scorecard.points(2)).isEqualTo(25);
        assertThat(Scorecard.points(3)).isEqualTo(50);
        assertThat(Scorecard.points(4)).isEqualTo(75);
        assertThat(Scorecard.points(5)).isEqualTo(100);
        assertThat(Scorecard.points(3.5)).isEqualTo(62.5);
    }

    @Test
    void theTotalIsTheWeightedMeanOfTheCriterionMeans() {
        Map<String, Map<Long, Integer>> sheets = new LinkedHashMap<>();
        sheets.put("ann", Map.of(1L, 5, 2L, 3));
        sheets.put("bob", Map.of(1L, 3, 2L, 1));
        sheets.put("cem", Map.of(1L, 4)); // did not score feasibility

        Scorecard.Evaluation e = card.evaluate(sheets);

        // value: (5 + 3 + 4) / 3 = 4 → 75 points; feasibility: (3 + 1) / 2 = 2 → 25 points
        assertThat(e.criterionMeans()).containsExactly(Map.entry(1L, 4.0), Map.entry(2L, 2.0));
        // (3 × 75 + 1 × 25) / (3 + 1) = 250 / 4 = 62.5
        assertThat(e.total()).isEqualTo(62.5);
        assertThat(e.unscored()).isEmpty();
        assertThat(e.completeSheets()).isEqualTo(2);
        // ann (3 × 100 + 1 × 50) / 4 = 87.5; bob (3 × 50 + 1 × 0) / 4 = 37.5; cem only value: 75
        assertThat(e.evaluatorTotals())
                .containsExactly(Map.entry("ann", 87.5), Map.entry("bob", 37.5), Map.entry("cem", 75.0));
        // mean 200 / 3; deviations 62.5/3, −87.5/3, 25/3; squares sum 12187.5 / 9; / 3 evaluators; √ = 21.246
        assertThat(e.spread()).isCloseTo(Math.sqrt(12187.5 / 27), within(1e-9));
        assertThat(e.spread()).isCloseTo(21.246, within(0.001));
    }

    @Test
    void criteriaNobodyScoredAreLeftOutAndReported() {
        Scorecard three = new Scorecard(List.of(VALUE, FEASIBILITY, NOVELTY));

        Scorecard.Evaluation e = three.evaluate(Map.of("ann", Map.of(1L, 5, 2L, 1)));

        // (3 × 100 + 1 × 0) / (3 + 1) = 75: novelty's weight 2 is not in the denominator
        assertThat(e.total()).isEqualTo(75.0);
        assertThat(e.unscored()).containsExactly(NOVELTY);
        assertThat(e.criterionMeans()).containsOnlyKeys(1L, 2L);
        assertThat(e.completeSheets()).isZero();
        assertThat(e.spread()).isEqualTo(0.0);
    }

    @Test
    void agreeingEvaluatorsHaveNoSpreadAndOpposedOnesAFullOne() {
        Scorecard.Evaluation agree = card.evaluate(Map.of("ann", Map.of(1L, 4, 2L, 2), "bob", Map.of(1L, 4, 2L, 2)));
        assertThat(agree.spread()).isEqualTo(0.0);
        // (3 × 75 + 25) / 4 = 62.5
        assertThat(agree.total()).isEqualTo(62.5);

        Scorecard.Evaluation opposed = card.evaluate(Map.of("ann", Map.of(1L, 5, 2L, 5), "bob", Map.of(1L, 1, 2L, 1)));
        // totals 100 and 0: mean 50, each 50 away
        assertThat(opposed.spread()).isEqualTo(50.0);
        assertThat(opposed.total()).isEqualTo(50.0);
    }

    @Test
    void withoutScoresThereIsNoTotalAndNoSpread() {
        Map<String, Map<Long, Integer>> sheets = new LinkedHashMap<>();
        sheets.put("ann", Map.of());
        sheets.put("bob", null);
        Scorecard.Evaluation e = card.evaluate(sheets);

        assertThat(e.total()).isNull();
        assertThat(e.spread()).isNull();
        assertThat(e.criterionMeans()).isEmpty();
        assertThat(e.evaluatorTotals()).isEmpty();
        assertThat(e.unscored()).containsExactly(VALUE, FEASIBILITY);
        assertThat(e.completeSheets()).isZero();
        assertThat(card.evaluate(Map.of()).total()).isNull();
    }

    @Test
    void scoresOfCriteriaNotOnTheCardAreIgnoredInTheEvaluation() {
        Scorecard.Evaluation e = card.evaluate(Map.of("ann", Map.of(1L, 5, 2L, 5, 99L, 1)));

        assertThat(e.total()).isEqualTo(100.0);
        assertThat(e.completeSheets()).isEqualTo(1);
    }

    @Test
    void aStoredScoreOutsideOneToFiveIsAnError() {
        assertThatThrownBy(() -> card.evaluate(Map.of("ann", Map.of(1L, 6))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> card.evaluate(Map.of("ann", Map.of(1L, 0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCompleteSheetIsReturnedInScorecardOrder() {
        Map<Long, Integer> sheet = new LinkedHashMap<>();
        sheet.put(2L, 1);
        sheet.put(1L, 5);

        assertThat(card.checkSheet(sheet)).containsExactly(Map.entry(1L, 5), Map.entry(2L, 1));
    }

    @Test
    void aSheetMustScoreEveryCriterionFromOneToFiveAndNothingElse() {
        Map<Long, Integer> sheet = new LinkedHashMap<>();
        sheet.put(1L, 6);
        sheet.put(7L, 3);
        BusinessRuleException e = catchThrowableOfType(() -> card.checkSheet(sheet), BusinessRuleException.class);

        assertThat(e.getMessage()).isEqualTo("The score sheet is not complete.");
        assertThat(fields(e)).containsExactly("scores[1]", "scores[2]", "scores[7]");
        assertThat(messages(e))
                .containsEntry("scores[1]", "Scores go from 1 to 5; Customer value was given 6.")
                .containsEntry("scores[2]", "Give Feasibility a score from 1 to 5.")
                .containsEntry(
                        "scores[7]",
                        "Criterion 7 is not on this campaign's scorecard; reload the page and score again.");

        BusinessRuleException zero =
                catchThrowableOfType(() -> card.checkSheet(Map.of(1L, 0, 2L, 3)), BusinessRuleException.class);
        assertThat(fields(zero)).containsExactly("scores[1]");

        BusinessRuleException empty = catchThrowableOfType(() -> card.checkSheet(null), BusinessRuleException.class);
        assertThat(fields(empty)).containsExactly("scores[1]", "scores[2]");
    }

    @Test
    void theDefaultScorecardHasFourWeightedCriteria() {
        List<CriterionDefinition> d = Scorecard.defaultCriteria();

        assertThat(d)
                .extracting(CriterionDefinition::name)
                .containsExactly("Customer value", "Feasibility", "Strategic fit", "Novelty");
        assertThat(d).extracting(CriterionDefinition::weight).containsExactly(35.0, 25.0, 25.0, 15.0);
        assertThat(d).allSatisfy(c -> assertThat(c.description()).isNotBlank());
        assertThatCode(() -> Scorecard.checkCriteria(d)).doesNotThrowAnyException();
    }

    @Test
    void criteriaListsHoldOneToTenCriteria() {
        assertThatCode(() -> Scorecard.checkCriteria(List.of(new CriterionDefinition("Only", null, 100))))
                .doesNotThrowAnyException();

        BusinessRuleException none =
                catchThrowableOfType(() -> Scorecard.checkCriteria(List.of()), BusinessRuleException.class);
        assertThat(fields(none)).containsExactly("criteria");
        assertThat(none.getFieldProblems().get(0).message())
                .isEqualTo("A scorecard has 1 to 10 criteria; this one has 0.");

        List<CriterionDefinition> eleven = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            eleven.add(new CriterionDefinition("C" + i, null, 1));
        }
        assertThatCode(() -> Scorecard.checkCriteria(eleven.subList(0, 10))).doesNotThrowAnyException();
        BusinessRuleException tooMany =
                catchThrowableOfType(() -> Scorecard.checkCriteria(eleven), BusinessRuleException.class);
        assertThat(tooMany.getFieldProblems().get(0).message()).endsWith("this one has 11.");
    }

    @Test
    void namesAreUniqueIgnoringCaseAndWeightsAboveZeroUpToHundred() {
        BusinessRuleException e = catchThrowableOfType(
                () -> Scorecard.checkCriteria(List.of(
                        new CriterionDefinition("Feasibility", null, 0),
                        new CriterionDefinition("  feasibility ", null, 100.5),
                        new CriterionDefinition("", "d".repeat(501), Double.NaN),
                        new CriterionDefinition("n".repeat(121), null, 0.5))),
                BusinessRuleException.class);

        assertThat(e.getMessage()).isEqualTo("The scorecard is not valid.");
        assertThat(fields(e))
                .containsExactly(
                        "criteria[0].weight",
                        "criteria[1].name",
                        "criteria[1].weight",
                        "criteria[2].name",
                        "criteria[2].description",
                        "criteria[2].weight",
                        "criteria[3].name");
        assertThat(messages(e))
                .containsEntry("criteria[0].weight", "The weight must be above 0 and at most 100; it was 0.")
                .containsEntry(
                        "criteria[1].name",
                        "\"feasibility\" is already the name of criterion 1; each criterion needs its own name.")
                .containsEntry("criteria[1].weight", "The weight must be above 0 and at most 100; it was 100.5.")
                .containsEntry("criteria[2].name", "Enter a name for criterion 3.")
                .containsEntry("criteria[2].description", "The description can be at most 500 characters; it has 501.")
                .containsEntry("criteria[3].name", "The name can be at most 120 characters; it has 121.");
    }

    @Test
    void storedCriteriaNeedANameAPositiveWeightAndUniqueIds() {
        assertThatThrownBy(() -> new Criterion(1, " ", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Criterion(1, "A", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Scorecard(List.of(VALUE, new Criterion(1, "Other", 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Scorecard(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}

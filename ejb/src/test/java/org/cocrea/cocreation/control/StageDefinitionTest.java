package org.cocrea.cocreation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.BusinessRuleException.FieldProblem;
import org.junit.jupiter.api.Test;

class StageDefinitionTest {

    static StageDefinition stage(String code, Phase phase) {
        return new StageDefinition(code, "Stage " + code, phase, 30, false);
    }

    @Test
    void theDefaultsAreTheFiveResearchStagesInOrder() {
        List<StageDefinition> d = DefaultStages.list();

        assertThat(d).extracting(StageDefinition::phase).containsExactly(Phase.values());
        assertThat(d)
                .extracting(StageDefinition::code)
                .containsExactly("identification", "interpretation", "development", "validation", "launch");
        assertThat(d)
                .extracting(StageDefinition::name)
                .containsExactly(
                        "Requirement identification",
                        "Interpretation",
                        "Development",
                        "Validation and testing",
                        "Launch");
        assertThat(d).extracting(StageDefinition::maxDays).containsExactly(30, 30, 60, 45, 60);
        assertThat(d).extracting(StageDefinition::participation).containsExactly(false, false, true, true, false);
        assertThatCode(() -> StageDefinition.checkPipeline(d)).doesNotThrowAnyException();
    }

    @Test
    void codeAndNameAreTrimmed() {
        StageDefinition s = new StageDefinition("  co-design ", "  Co-design  ", Phase.DEVELOPMENT, null, true);

        assertThat(s.code()).isEqualTo("co-design");
        assertThat(s.name()).isEqualTo("Co-design");
        assertThatCode(s::check).doesNotThrowAnyException();
    }

    @Test
    void aValidStageAtTheLimitsPasses() {
        assertThatCode(() -> new StageDefinition("ab", "N", Phase.LAUNCH, 1, false).check())
                .doesNotThrowAnyException();
        assertThatCode(() -> new StageDefinition("a".repeat(40), "n".repeat(120), Phase.LAUNCH, 3650, false).check())
                .doesNotThrowAnyException();
        assertThatCode(() -> new StageDefinition("stage-2b", "No limit", Phase.LAUNCH, null, false).check())
                .doesNotThrowAnyException();
    }

    @Test
    void aBadStageListsEveryFieldAtFault() {
        BusinessRuleException e = catchThrowableOfType(
                () -> new StageDefinition("Co Design", "", null, 0, false).check(), BusinessRuleException.class);

        assertThat(e.getMessage()).isEqualTo("The stage is not valid.");
        assertThat(fields(e)).containsExactly("code", "name", "phase", "maxDays");
        assertThat(messages(e).get("code"))
                .contains("\"Co Design\"")
                .contains("lower-case letters, digits and hyphens");
        assertThat(messages(e).get("name")).isEqualTo("Enter a name for the stage.");
        assertThat(messages(e).get("phase")).isEqualTo("Choose the phase the stage belongs to.");
        assertThat(messages(e).get("maxDays"))
                .isEqualTo("The time limit must be 1 to 3650 days, or left empty for no limit; it was 0.");
    }

    @Test
    void codesTooShortTooLongOrWithOtherCharactersAreRefused() {
        for (String bad : new String[] {"a", "a".repeat(41), "idea_review", "Review", "étude", "a b"}) {
            BusinessRuleException e = catchThrowableOfType(
                    () -> new StageDefinition(bad, "Name", Phase.LAUNCH, null, false).check(),
                    BusinessRuleException.class);
            assertThat(fields(e)).as(bad).containsExactly("code");
        }
        BusinessRuleException missing = catchThrowableOfType(
                () -> new StageDefinition("  ", "Name", Phase.LAUNCH, null, false).check(),
                BusinessRuleException.class);
        assertThat(missing.getFieldProblems().get(0).message())
                .isEqualTo("Enter a code for the stage, e.g. co-design.");
    }

    @Test
    void nameAndTimeLimitBoundsAreEnforced() {
        BusinessRuleException e = catchThrowableOfType(
                () -> new StageDefinition("x1", "n".repeat(121), Phase.LAUNCH, 3651, false).check(),
                BusinessRuleException.class);

        assertThat(messages(e).get("name")).isEqualTo("The name can be at most 120 characters; it has 121.");
        assertThat(messages(e).get("maxDays")).endsWith("it was 3651.");
    }

    @Test
    void aPipelineNeedsTwoToTwelveStages() {
        BusinessRuleException one = catchThrowableOfType(
                () -> StageDefinition.checkPipeline(List.of(stage("only", Phase.IDENTIFICATION))),
                BusinessRuleException.class);
        assertThat(one.getField()).isEqualTo("stages");
        assertThat(one.getMessage()).isEqualTo("The pipeline is not valid.");
        assertThat(one.getFieldProblems().get(0).message()).isEqualTo("A pipeline has 2 to 12 stages; this one has 1.");

        List<StageDefinition> twelve = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            twelve.add(stage("s" + i, Phase.IDENTIFICATION));
        }
        assertThatCode(() -> StageDefinition.checkPipeline(twelve)).doesNotThrowAnyException();

        twelve.add(stage("s12", Phase.LAUNCH));
        BusinessRuleException thirteen =
                catchThrowableOfType(() -> StageDefinition.checkPipeline(twelve), BusinessRuleException.class);
        assertThat(thirteen.getFieldProblems().get(0).message()).endsWith("this one has 13.");

        BusinessRuleException none =
                catchThrowableOfType(() -> StageDefinition.checkPipeline(null), BusinessRuleException.class);
        assertThat(none.getFieldProblems().get(0).message()).endsWith("this one has 0.");
    }

    @Test
    void codesMustBeUniqueAndTheProblemNamesTheRepeatedStage() {
        BusinessRuleException e = catchThrowableOfType(
                () -> StageDefinition.checkPipeline(List.of(
                        stage("review", Phase.IDENTIFICATION),
                        stage("build", Phase.DEVELOPMENT),
                        stage("review", Phase.VALIDATION))),
                BusinessRuleException.class);

        assertThat(fields(e)).containsExactly("stages[2].code");
        assertThat(e.getFieldProblems().get(0).message())
                .isEqualTo("Stage 3 uses the code \"review\" of stage 1; each stage needs its own code.");
    }

    @Test
    void theFirstStageMustBeIdentification() {
        BusinessRuleException e = catchThrowableOfType(
                () -> StageDefinition.checkPipeline(
                        List.of(stage("a1", Phase.INTERPRETATION), stage("a2", Phase.LAUNCH))),
                BusinessRuleException.class);

        assertThat(fields(e)).containsExactly("stages[0].phase");
        assertThat(e.getFieldProblems().get(0).message())
                .isEqualTo("The first stage must be in the phase Requirement identification: every idea starts there.");
    }

    @Test
    void phasesMayRepeatButNeverGoBack() {
        assertThatCode(() -> StageDefinition.checkPipeline(List.of(
                        stage("a1", Phase.IDENTIFICATION),
                        stage("a2", Phase.IDENTIFICATION),
                        stage("b1", Phase.DEVELOPMENT),
                        stage("b2", Phase.DEVELOPMENT),
                        stage("c1", Phase.LAUNCH))))
                .doesNotThrowAnyException();

        BusinessRuleException e = catchThrowableOfType(
                () -> StageDefinition.checkPipeline(List.of(
                        stage("a1", Phase.IDENTIFICATION),
                        stage("b1", Phase.VALIDATION),
                        stage("b2", Phase.DEVELOPMENT),
                        // still behind validation, the latest phase so far
                        stage("b3", Phase.INTERPRETATION),
                        stage("c1", Phase.LAUNCH))),
                BusinessRuleException.class);

        assertThat(fields(e)).containsExactly("stages[2].phase", "stages[3].phase");
        assertThat(e.getFieldProblems().get(0).message())
                .startsWith("Stage 3 (Development) cannot come after a stage in Validation and testing");
        assertThat(e.getFieldProblems().get(1).message())
                .startsWith("Stage 4 (Interpretation) cannot come after a stage in Validation and testing");
    }

    @Test
    void everyProblemOfEveryStageIsListedWithItsPosition() {
        BusinessRuleException e = catchThrowableOfType(
                () -> StageDefinition.checkPipeline(Arrays.asList(
                        stage("ok", Phase.IDENTIFICATION),
                        null,
                        new StageDefinition("BAD", " ", Phase.LAUNCH, 9999, true))),
                BusinessRuleException.class);

        assertThat(fields(e)).containsExactly("stages[1]", "stages[2].code", "stages[2].name", "stages[2].maxDays");
        assertThat(e.getFieldProblems().get(0).message()).isEqualTo("Stage 2 is empty.");
    }

    static List<String> fields(BusinessRuleException e) {
        return e.getFieldProblems().stream().map(FieldProblem::field).toList();
    }

    static Map<String, String> messages(BusinessRuleException e) {
        return e.getFieldProblems().stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::message));
    }
}

package org.cocrea.cocreation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.cocrea.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

class PipelineTest {

    static final String WHY = "Customers asked for it twice.";

    // identification(0) → interpretation(1) → development(2) → validation(3) → launch(4)
    final Pipeline pipeline = new Pipeline(DefaultStages.list());

    @Test
    void goMovesToTheNextStageActive() {
        Pipeline.Outcome o = pipeline.decide(1, IdeaStatus.IN_REVIEW, GateDecision.GO, WHY);

        assertThat(o.fromPosition()).isEqualTo(1);
        assertThat(o.position()).isEqualTo(2);
        assertThat(o.fromStatus()).isEqualTo(IdeaStatus.IN_REVIEW);
        assertThat(o.status()).isEqualTo(IdeaStatus.ACTIVE);
        assertThat(o.decision()).isEqualTo(GateDecision.GO);
        assertThat(o.restartsStage()).isTrue();
        assertThat(pipeline.stage(o.position()).code()).isEqualTo("development");
    }

    @Test
    void goAtTheLastStageLaunchesInPlace() {
        Pipeline.Outcome o = pipeline.decide(4, IdeaStatus.IN_REVIEW, GateDecision.GO, WHY);

        assertThat(o.position()).isEqualTo(4);
        assertThat(o.status()).isEqualTo(IdeaStatus.LAUNCHED);
        assertThat(o.restartsStage()).isFalse();
        assertThat(pipeline.isLast(4)).isTrue();
        assertThat(pipeline.isLast(3)).isFalse();
    }

    @Test
    void killAndHoldStayInPlace() {
        Pipeline.Outcome kill = pipeline.decide(2, IdeaStatus.ACTIVE, GateDecision.KILL, WHY);
        assertThat(kill.position()).isEqualTo(2);
        assertThat(kill.status()).isEqualTo(IdeaStatus.KILLED);
        assertThat(kill.restartsStage()).isFalse();

        Pipeline.Outcome hold = pipeline.decide(3, IdeaStatus.IN_REVIEW, GateDecision.HOLD, WHY);
        assertThat(hold.position()).isEqualTo(3);
        assertThat(hold.status()).isEqualTo(IdeaStatus.ON_HOLD);
        assertThat(hold.restartsStage()).isFalse();
    }

    @Test
    void recycleGoesBackOneStageAndTheFirstStaysFirst() {
        Pipeline.Outcome back = pipeline.decide(3, IdeaStatus.IN_REVIEW, GateDecision.RECYCLE, WHY);
        assertThat(back.position()).isEqualTo(2);
        assertThat(back.status()).isEqualTo(IdeaStatus.ACTIVE);
        assertThat(back.restartsStage()).isTrue();

        Pipeline.Outcome first = pipeline.decide(0, IdeaStatus.IN_REVIEW, GateDecision.RECYCLE, WHY);
        assertThat(first.position()).isZero();
        assertThat(first.status()).isEqualTo(IdeaStatus.ACTIVE);
        assertThat(first.restartsStage()).isTrue();
    }

    @Test
    void anIdeaOnHoldCanBeResumedByGoKillOrRecycleButNotHeldAgain() {
        assertThat(pipeline.decide(1, IdeaStatus.ON_HOLD, GateDecision.GO, WHY).position())
                .isEqualTo(2);
        assertThat(pipeline.decide(1, IdeaStatus.ON_HOLD, GateDecision.KILL, WHY)
                        .status())
                .isEqualTo(IdeaStatus.KILLED);
        assertThat(pipeline.decide(1, IdeaStatus.ON_HOLD, GateDecision.RECYCLE, WHY)
                        .position())
                .isZero();

        BusinessRuleException e = catchThrowableOfType(
                () -> pipeline.decide(1, IdeaStatus.ON_HOLD, GateDecision.HOLD, WHY), BusinessRuleException.class);
        assertThat(e.getKind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
        assertThat(e.getField()).isEqualTo("status");
        assertThat(e.getMessage()).isEqualTo("This idea is already on hold.");
    }

    @Test
    void closedIdeasTakeNoDecision() {
        for (IdeaStatus closed : List.of(IdeaStatus.KILLED, IdeaStatus.LAUNCHED, IdeaStatus.MERGED)) {
            for (GateDecision d : GateDecision.values()) {
                BusinessRuleException e =
                        catchThrowableOfType(() -> pipeline.decide(2, closed, d, WHY), BusinessRuleException.class);
                assertThat(e.getKind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
                assertThat(e.getField()).isEqualTo("status");
            }
        }
        assertThatThrownBy(() -> pipeline.decide(2, IdeaStatus.KILLED, GateDecision.GO, WHY))
                .hasMessage("This idea is killed: no further gate decision can be taken on it.");
        assertThatThrownBy(() -> pipeline.decide(4, IdeaStatus.LAUNCHED, GateDecision.GO, WHY))
                .hasMessage("This idea is launched: no further gate decision can be taken on it.");
        assertThatThrownBy(() -> pipeline.decide(0, IdeaStatus.MERGED, GateDecision.KILL, WHY))
                .hasMessage("This idea is merged: no further gate decision can be taken on it.");
    }

    @Test
    void theRationaleIsTrimmedAndMustBeTenToFourThousandCharacters() {
        assertThat(pipeline.decide(0, IdeaStatus.ACTIVE, GateDecision.GO, "   " + WHY + "\n")
                        .rationale())
                .isEqualTo(WHY);
        // exactly 10 after trimming passes; 9 does not
        assertThat(pipeline.decide(0, IdeaStatus.ACTIVE, GateDecision.GO, "  0123456789  ")
                        .rationale())
                .isEqualTo("0123456789");
        assertThat(rationaleProblem("  012345678  "))
                .isEqualTo("The rationale must be at least 10 characters; it has 9.");
        assertThat(rationaleProblem(null))
                .isEqualTo("Give a rationale for the decision: the submitter and the history will show it.");
        assertThat(rationaleProblem(" \t\n "))
                .isEqualTo("Give a rationale for the decision: the submitter and the history will show it.");

        String max = "x".repeat(4000);
        assertThat(pipeline.decide(0, IdeaStatus.ACTIVE, GateDecision.KILL, max).rationale())
                .hasSize(4000);
        assertThat(rationaleProblem(max + "y")).isEqualTo("The rationale can be at most 4000 characters; it has 4001.");
    }

    @Test
    void theRationaleIsCheckedForEveryDecision() {
        for (GateDecision d : GateDecision.values()) {
            BusinessRuleException e = catchThrowableOfType(
                    () -> pipeline.decide(1, IdeaStatus.IN_REVIEW, d, "too short"), BusinessRuleException.class);
            assertThat(e.getField()).as(d.name()).isEqualTo("rationale");
            assertThat(e.getKind()).isEqualTo(BusinessRuleException.Kind.INVALID);
        }
    }

    @Test
    void dragToTheNextStageOpensTheGoDialog() {
        assertThat(pipeline.checkMove(0, 1)).isEqualTo(GateDecision.GO);
        assertThat(pipeline.checkMove(3, 4)).isEqualTo(GateDecision.GO);
    }

    @Test
    void dragBackwardsSkippingOrInPlaceIsRefusedSayingWhatIsAllowed() {
        assertThat(moveProblem(2, 1))
                .isEqualTo("An idea cannot be dragged back to an earlier stage; to send it back for rework, decide"
                        + " Recycle at its gate. It can only move on to the next stage, \"Validation and testing\".");
        assertThat(moveProblem(0, 2))
                .isEqualTo("An idea cannot skip stages: it passes every gate in turn. It can only move on to the next"
                        + " stage, \"Interpretation\".");
        assertThat(moveProblem(1, 1))
                .isEqualTo(
                        "The idea is already in this stage. It can only move on to the next stage, \"Development\".");
        assertThat(moveProblem(4, 5))
                .isEqualTo("There is no such stage. It is in the last stage: open the idea and decide Go at its gate to"
                        + " launch it.");
        assertThat(moveProblem(4, 0))
                .startsWith("An idea cannot be dragged back")
                .endsWith("to launch it.");
    }

    @Test
    void positionsOutsideThePipelineAreProgrammingErrors() {
        assertThatThrownBy(() -> pipeline.decide(5, IdeaStatus.ACTIVE, GateDecision.GO, WHY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pipeline.checkMove(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pipeline.stage(5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pipeline(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(pipeline.size()).isEqualTo(5);
    }

    @Test
    void aTwoStagePipelineLaunchesAtItsSecondGate() {
        Pipeline two = new Pipeline(List.of(
                new StageDefinition("ideas", "Ideas", Phase.IDENTIFICATION, null, false),
                new StageDefinition("pilot", "Pilot", Phase.VALIDATION, 90, true)));

        Pipeline.Outcome first = two.decide(0, IdeaStatus.IN_REVIEW, GateDecision.GO, WHY);
        Pipeline.Outcome second = two.decide(first.position(), first.status(), GateDecision.GO, WHY);

        assertThat(first.position()).isEqualTo(1);
        assertThat(second.position()).isEqualTo(1);
        assertThat(second.status()).isEqualTo(IdeaStatus.LAUNCHED);
    }

    private String rationaleProblem(String rationale) {
        BusinessRuleException e = catchThrowableOfType(
                () -> pipeline.decide(0, IdeaStatus.ACTIVE, GateDecision.GO, rationale), BusinessRuleException.class);
        assertThat(e.getField()).isEqualTo("rationale");
        return e.getMessage();
    }

    private String moveProblem(int from, int to) {
        BusinessRuleException e = catchThrowableOfType(() -> pipeline.checkMove(from, to), BusinessRuleException.class);
        assertThat(e.getField()).isEqualTo("stage");
        return e.getMessage();
    }
}

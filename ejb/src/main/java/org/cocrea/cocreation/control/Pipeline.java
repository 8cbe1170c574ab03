package org.cocrea.cocreation.control;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cocrea.platform.BusinessRuleException;

/**
 * The stage-gate rules of a campaign's pipeline: what a gate decision does to an idea, and which
 * moves on the kanban board open a gate.
 *
 * <p>Positions are indexes in the ordered stage list, from 0. A decision takes effect as follows:
 *
 * <ul>
 *   <li>{@link GateDecision#GO}: on to the next stage, {@link IdeaStatus#ACTIVE}; at the last stage
 *       the idea stays there and becomes {@link IdeaStatus#LAUNCHED};
 *   <li>{@link GateDecision#KILL}: {@link IdeaStatus#KILLED} in its stage;
 *   <li>{@link GateDecision#HOLD}: {@link IdeaStatus#ON_HOLD} in its stage (refused if already on
 *       hold);
 *   <li>{@link GateDecision#RECYCLE}: back to the previous stage for rework, {@link
 *       IdeaStatus#ACTIVE}; an idea in the first stage stays there, active again.
 * </ul>
 *
 * Closed ideas (killed, launched, merged) take no decision. Every decision needs a rationale of
 * {@value #MIN_RATIONALE} to {@value #MAX_RATIONALE} characters, kept in the pipeline history.
 */
public final class Pipeline {

    /** The shortest rationale, trimmed. */
    public static final int MIN_RATIONALE = 10;

    /** The longest rationale (the history column's size). */
    public static final int MAX_RATIONALE = 4000;

    private final List<StageDefinition> stages;

    /**
     * @param stages the campaign's stages in order, at least one (checked in full by {@link
     *     StageDefinition#checkPipeline(List)} when the campaign is saved)
     */
    public Pipeline(List<StageDefinition> stages) {
        if (stages == null || stages.isEmpty()) {
            throw new IllegalArgumentException("a pipeline needs at least one stage");
        }
        this.stages = List.copyOf(stages);
    }

    /**
     * What a gate decision does.
     *
     * @param fromPosition the stage the idea was in
     * @param position the stage it is in afterwards
     * @param fromStatus its status before
     * @param status its status afterwards
     * @param decision the decision
     * @param rationale the rationale, trimmed
     */
    public record Outcome(
            int fromPosition,
            int position,
            IdeaStatus fromStatus,
            IdeaStatus status,
            GateDecision decision,
            String rationale) {

        /**
         * Whether the idea starts its stage afresh (moved on, or sent back for rework): the time in
         * stage starts again and the time-limit alert may be sent again.
         */
        public boolean restartsStage() {
            return (decision == GateDecision.GO && status == IdeaStatus.ACTIVE) || decision == GateDecision.RECYCLE;
        }
    }

    /** The number of stages. */
    public int size() {
        return stages.size();
    }

    /** The stage at a position (from 0). */
    public StageDefinition stage(int position) {
        checkPosition(position);
        return stages.get(position);
    }

    /** Whether a position is the last stage, whose GO launches the idea. */
    public boolean isLast(int position) {
        checkPosition(position);
        return position == stages.size() - 1;
    }

    /**
     * The outcome of a gate decision on an idea.
     *
     * @param position the idea's current stage (from 0)
     * @param status the idea's current status
     * @param decision the decision
     * @param rationale why; required
     * @throws BusinessRuleException a conflict on field {@code status} if the idea is closed (or
     *     already on hold, for HOLD); invalid on field {@code rationale} if the rationale is missing,
     *     too short or too long
     */
    public Outcome decide(int position, IdeaStatus status, GateDecision decision, String rationale) {
        checkPosition(position);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decision, "decision");
        if (!status.open()) {
            throw BusinessRuleException.conflict(
                    "status",
                    "This idea is " + status.label().toLowerCase(Locale.ROOT)
                            + ": no further gate decision can be taken on it.");
        }
        if (decision == GateDecision.HOLD && status == IdeaStatus.ON_HOLD) {
            throw BusinessRuleException.conflict("status", "This idea is already on hold.");
        }
        String why = checkRationale(rationale);
        int last = stages.size() - 1;
        return switch (decision) {
            case GO ->
                position == last
                        ? new Outcome(position, position, status, IdeaStatus.LAUNCHED, decision, why)
                        : new Outcome(position, position + 1, status, IdeaStatus.ACTIVE, decision, why);
            case KILL -> new Outcome(position, position, status, IdeaStatus.KILLED, decision, why);
            case HOLD -> new Outcome(position, position, status, IdeaStatus.ON_HOLD, decision, why);
            case RECYCLE -> new Outcome(position, Math.max(0, position - 1), status, IdeaStatus.ACTIVE, decision, why);
        };
    }

    /**
     * Checks a rationale and returns it trimmed.
     *
     * @throws BusinessRuleException on field {@code rationale}
     */
    public static String checkRationale(String rationale) {
        String why = rationale == null ? "" : rationale.strip();
        if (why.isEmpty()) {
            throw BusinessRuleException.invalid(
                    "rationale", "Give a rationale for the decision: the submitter and the history will show it.");
        }
        if (why.length() < MIN_RATIONALE) {
            throw BusinessRuleException.invalid(
                    "rationale",
                    "The rationale must be at least " + MIN_RATIONALE + " characters; it has " + why.length() + ".");
        }
        if (why.length() > MAX_RATIONALE) {
            throw BusinessRuleException.invalid(
                    "rationale",
                    "The rationale can be at most " + MAX_RATIONALE + " characters; it has " + why.length() + ".");
        }
        return why;
    }

    /**
     * Checks a drag on the kanban board from one stage column to another. Only a move to the next
     * stage is allowed: it opens the gate dialog for a {@link GateDecision#GO}. Moving back, staying
     * or skipping stages is refused (a recycle is decided in the gate dialog, not by dragging).
     *
     * @return {@link GateDecision#GO}
     * @throws BusinessRuleException on field {@code stage}, saying which move is allowed
     */
    public GateDecision checkMove(int fromPosition, int toPosition) {
        checkPosition(fromPosition);
        if (toPosition == fromPosition + 1 && toPosition < stages.size()) {
            return GateDecision.GO;
        }
        String allowed = fromPosition == stages.size() - 1
                ? "It is in the last stage: open the idea and decide Go at its gate to launch it."
                : "It can only move on to the next stage, \""
                        + stages.get(fromPosition + 1).name() + "\".";
        String refused;
        if (toPosition == fromPosition) {
            refused = "The idea is already in this stage.";
        } else if (toPosition < 0 || toPosition >= stages.size()) {
            refused = "There is no such stage.";
        } else if (toPosition < fromPosition) {
            refused = "An idea cannot be dragged back to an earlier stage; to send it back for rework, decide"
                    + " Recycle at its gate.";
        } else {
            refused = "An idea cannot skip stages: it passes every gate in turn.";
        }
        throw BusinessRuleException.invalid("stage", refused + " " + allowed);
    }

    private void checkPosition(int position) {
        if (position < 0 || position >= stages.size()) {
            throw new IllegalArgumentException("stage position " + position + " outside 0.." + (stages.size() - 1));
        }
    }
}

package org.cocrea.climate.control;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * One completed questionnaire of a round, without any reference to the person who filled it in.
 *
 * <p>The answers are kept in a primitive array: a round can hold hundreds of thousands of sheets.
 * The array is copied on the way in and on the way out ({@link #answers()}); {@link #answer(int)}
 * reads one answer without copying. Equality compares the array's contents.
 *
 * @param unitId the unit the respondent belongs to (exactly that unit, not a parent of it)
 * @param answers the raw answers in the instrument's item order (factor by factor, item by item, as
 *     {@link InstrumentDefinition#factors()} lists them), each 1..scalePoints, every item answered;
 *     reverse-keyed items as answered, not yet reversed
 * @param comment the free-text comment, or null when the respondent wrote none
 */
public record AnswerSheet(String unitId, int[] answers, String comment) implements Serializable {

    /** @throws IllegalArgumentException if the unit id or the answers are null */
    public AnswerSheet {
        if (unitId == null) {
            throw new IllegalArgumentException("unitId must not be null");
        }
        if (answers == null) {
            throw new IllegalArgumentException("answers must not be null");
        }
        answers = answers.clone();
    }

    /** A copy of the answers. */
    @Override
    public int[] answers() {
        return answers.clone();
    }

    /** The answer to the item at {@code index} (0-based, instrument order). */
    public int answer(int index) {
        return answers[index];
    }

    /** How many answers the sheet holds. */
    public int answerCount() {
        return answers.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnswerSheet other
                && unitId.equals(other.unitId)
                && Arrays.equals(answers, other.answers)
                && Objects.equals(comment, other.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, Arrays.hashCode(answers), comment);
    }

    @Override
    public String toString() {
        return "AnswerSheet[unitId=" + unitId + ", answers=" + Arrays.toString(answers) + ", comment="
                + (comment == null ? "none" : "present") + "]";
    }
}

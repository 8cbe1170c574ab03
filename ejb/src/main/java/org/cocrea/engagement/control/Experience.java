package org.cocrea.engagement.control;

/**
 * A customer's experience of taking part, on 0..100 per factor; NaN where too few items were
 * answered.
 *
 * @param functional functional experience
 * @param emotional emotional experience
 * @param social social experience
 * @param overall the mean of the factors that have a score; NaN when none has
 */
public record Experience(double functional, double emotional, double social, double overall) {

    /** The score of one factor. */
    public double of(ExperienceFactor factor) {
        return switch (factor) {
            case FUNCTIONAL -> functional;
            case EMOTIONAL -> emotional;
            case SOCIAL -> social;
        };
    }
}

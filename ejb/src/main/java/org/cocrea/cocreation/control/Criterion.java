package org.cocrea.cocreation.control;

/**
 * A criterion of a campaign's scorecard as stored, with its id: evaluators score it from 1 to 5.
 *
 * @param id the stored id, which score sheets refer to
 * @param name the name shown to evaluators
 * @param weight its relative weight, above 0
 */
public record Criterion(long id, String name, double weight) {

    public Criterion {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a criterion needs a name");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("the weight of " + name + " must be above 0, was " + weight);
        }
    }
}

package org.cocrea.analytics.control;

import java.util.List;
import java.util.Objects;

/**
 * One step of a hierarchical regression: the terms it adds to the model. A term is a column name,
 * or a product of column names joined by {@code *} (e.g. {@code "X*W"}), formed after any
 * mean-centring the analysis asks for.
 *
 * @param label the step's name in the results (e.g. "controls", "predictor", "interaction")
 * @param terms the terms added at this step
 */
public record RegressionBlock(String label, List<String> terms) {

    public RegressionBlock {
        Objects.requireNonNull(label, "label");
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("block " + label + " adds no terms");
        }
    }

    public static RegressionBlock of(String label, String... terms) {
        return new RegressionBlock(label, List.of(terms));
    }
}

package org.cocrea.analytics.control;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A hierarchical regression: the steps in order, all fitted on the same complete cases.
 *
 * @param dependent the outcome's name
 * @param n complete cases used by every step
 * @param excludedCases cases dropped because a used variable was missing
 * @param centred variables mean-centred before products were formed (and in their main effects)
 * @param steps the steps in the order given
 */
public record HierarchicalResult(
        String dependent, int n, int excludedCases, Set<String> centred, List<HierarchicalStep> steps)
        implements Serializable {

    public HierarchicalResult {
        centred = Set.copyOf(centred);
        steps = List.copyOf(steps);
    }

    /** The last, full model. */
    public HierarchicalStep finalStep() {
        return steps.get(steps.size() - 1);
    }
}

package org.cocrea.analytics.control;

import java.io.Serializable;
import java.util.List;

/**
 * One step of a hierarchical regression.
 *
 * @param label the block's label
 * @param addedTerms the terms this step added
 * @param model the full model at this step (all terms so far), with its coefficient table
 * @param rSquared R² of this step's model
 * @param deltaRSquared R² change against the previous step (against 0 for the first step)
 * @param fChange F for the R² change: (ΔR²/df1) / ((1 − R²)/df2)
 * @param df1 number of terms added
 * @param df2 residual degrees of freedom of this step's model
 * @param pChange upper-tail p of the F change
 */
public record HierarchicalStep(
        String label,
        List<String> addedTerms,
        OlsResult model,
        double rSquared,
        double deltaRSquared,
        double fChange,
        int df1,
        int df2,
        double pChange)
        implements Serializable {

    public HierarchicalStep {
        addedTerms = List.copyOf(addedTerms);
    }
}

package org.cocrea.analytics.evidence;

import java.io.Serializable;
import java.util.List;

/**
 * Data of a simple-slopes plot of PROCESS model 7's first stage: the predicted mediator M over X at
 * low, middle and high values of the moderator W (the 16th, 50th and 84th percentiles, or W's two
 * values when it is dichotomous), covariates held at their means. X and W are in their original
 * metric, also when the analysis centred them.
 *
 * @param x name of X
 * @param w name of W
 * @param m name of M (the plotted outcome)
 * @param xValues values of X where M is predicted: its 16th, 50th and 84th percentiles
 * @param lines one line per probed value of W
 */
public record SimpleSlopes(String x, String w, String m, double[] xValues, List<Line> lines) implements Serializable {

    private static final long serialVersionUID = 1L;

    public SimpleSlopes {
        xValues = xValues.clone();
        lines = List.copyOf(lines);
    }

    @Override
    public double[] xValues() {
        return xValues.clone();
    }

    /**
     * The predicted M at one value of W.
     *
     * @param label e.g. "16th percentile" or "low"
     * @param w the value of W (original metric)
     * @param predicted predicted M at each of {@code xValues}
     * @param slope the simple slope of X on M at this W
     */
    public record Line(String label, double w, double[] predicted, double slope) implements Serializable {

        private static final long serialVersionUID = 1L;

        public Line {
            predicted = predicted.clone();
        }

        @Override
        public double[] predicted() {
            return predicted.clone();
        }
    }
}

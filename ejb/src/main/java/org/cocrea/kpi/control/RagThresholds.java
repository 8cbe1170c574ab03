package org.cocrea.kpi.control;

import java.io.Serializable;

/**
 * When a value is green, amber or red against its target, respecting the KPI's direction.
 *
 * <p>The <b>shortfall</b> is how much worse than target the value is, relative to the target's
 * size: (target − value) / |target| when higher is better, (value − target) / |target| when lower is
 * better; it is negative when the value beats the target. Then:
 *
 * <ul>
 *   <li>green when shortfall ≤ {@code greenTolerance} (default 0: on or better than target);
 *   <li>amber when shortfall ≤ {@code amberTolerance} (default 0.10: within 10 % of target —
 *       at least 90 % of it when higher is better, at most 110 % when lower is better);
 *   <li>red otherwise.
 * </ul>
 *
 * A target of 0 (e.g. no incidents) has no size: a value equal to it or better is green, any worse
 * value is red.
 *
 * @param greenTolerance shortfall still counted green, 0 or more
 * @param amberTolerance shortfall still counted amber, at least {@code greenTolerance}
 */
public record RagThresholds(double greenTolerance, double amberTolerance) implements Serializable {

    /** Green on or better than target, amber within 10 %, red beyond. */
    public static final RagThresholds DEFAULT = new RagThresholds(0, 0.10);

    public RagThresholds {
        if (!(greenTolerance >= 0) || greenTolerance > 10) {
            throw new InvalidFieldException(
                    "greenTolerance", "Give the green tolerance as a share of the target from 0 to 10, e.g. 0.");
        }
        if (!(amberTolerance >= greenTolerance) || amberTolerance > 10) {
            throw new InvalidFieldException(
                    "amberTolerance",
                    "Give the amber tolerance as a share of the target, at least the green tolerance ("
                            + Numbers.format(greenTolerance) + ") and at most 10, e.g. 0.1 for 10 %.");
        }
    }

    /** How much worse than target the value is, relative to the target (see the class comment). */
    public static double shortfall(double value, double target, Direction direction) {
        double worse = direction.sign() * (target - value);
        if (target == 0) {
            return worse == 0 ? 0 : worse > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        return worse / Math.abs(target);
    }

    /** The status of a value against a target; {@link Rag#NONE} when either is NaN. */
    public Rag status(double value, double target, Direction direction) {
        if (Double.isNaN(value) || Double.isNaN(target)) {
            return Rag.NONE;
        }
        double s = shortfall(value, target, direction);
        if (s <= greenTolerance) {
            return Rag.GREEN;
        }
        return s <= amberTolerance ? Rag.AMBER : Rag.RED;
    }
}

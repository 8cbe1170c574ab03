package org.cocrea.engagement.control;

import java.util.Collection;
import java.util.Map;

/**
 * Scores of the customer-experience instrument: functional, emotional and social experience.
 *
 * <p>Per factor, score = 100 × (m − 1) / (k − 1), where m is the mean of the factor's answered
 * items and k the number of scale points (7 for the built-in instrument): 1 → 0, the midpoint 4 →
 * 50, 7 → 100. A factor gets a score only when at least half of its items were answered (2 of 3
 * in the built-in instrument); otherwise it is NaN. Overall = the mean of the factor scores that
 * exist. The instrument has no reverse-keyed items, so none are reversed here.
 */
public final class ExperienceScores {

    private final int scalePoints;
    private final int itemsPerFactor;

    /** The built-in instrument: 7-point scale, 3 items per factor. */
    public ExperienceScores() {
        this(7, 3);
    }

    /**
     * @param scalePoints the answer options, at least 2
     * @param itemsPerFactor the items each factor has, at least 1
     */
    public ExperienceScores(int scalePoints, int itemsPerFactor) {
        if (scalePoints < 2) {
            throw new IllegalArgumentException("scalePoints must be at least 2, was " + scalePoints);
        }
        if (itemsPerFactor < 1) {
            throw new IllegalArgumentException("itemsPerFactor must be at least 1, was " + itemsPerFactor);
        }
        this.scalePoints = scalePoints;
        this.itemsPerFactor = itemsPerFactor;
    }

    /** A Likert mean on 1..k rescaled to 0..100. */
    public static double rescale(double mean, int scalePoints) {
        return new ScaleScore(mean, scalePoints).to100();
    }

    /**
     * Scores from the answers of one respondent, by item key ({@code functional-1} …
     * {@code social-3}); items left out are unanswered.
     *
     * @throws IllegalArgumentException for an item key of no factor, or an answer outside 1..k
     */
    public Experience score(Map<String, ? extends Number> answersByItem) {
        double[] sum = new double[3];
        int[] answered = new int[3];
        answersByItem.forEach((key, value) -> {
            ExperienceFactor f = ExperienceFactor.ofItem(key)
                    .orElseThrow(() -> new IllegalArgumentException("The item " + key
                            + " belongs to no experience factor; item keys start with functional-, emotional- or"
                            + " social-."));
            if (value == null || Double.isNaN(value.doubleValue())) {
                return;
            }
            double v = value.doubleValue();
            check(v, key);
            sum[f.ordinal()] += v;
            answered[f.ordinal()]++;
        });
        double[] scores = new double[3];
        for (ExperienceFactor f : ExperienceFactor.values()) {
            int n = answered[f.ordinal()];
            if (n > itemsPerFactor) {
                throw new IllegalArgumentException(
                        f.key() + " has " + n + " answers but the instrument has " + itemsPerFactor + " items");
            }
            scores[f.ordinal()] = enough(n) ? rescale(sum[f.ordinal()] / n, scalePoints) : Double.NaN;
        }
        return experience(scores[0], scores[1], scores[2]);
    }

    /**
     * Scores from the answers per factor in item order; NaN marks an unanswered item.
     *
     * @throws IllegalArgumentException when an array's length is not the items per factor, or an
     *     answer lies outside 1..k
     */
    public Experience score(double[] functional, double[] emotional, double[] social) {
        return experience(
                factor(functional, ExperienceFactor.FUNCTIONAL),
                factor(emotional, ExperienceFactor.EMOTIONAL),
                factor(social, ExperienceFactor.SOCIAL));
    }

    private double factor(double[] answers, ExperienceFactor f) {
        if (answers.length != itemsPerFactor) {
            throw new IllegalArgumentException(
                    f.key() + " needs " + itemsPerFactor + " answers (NaN for none), got " + answers.length);
        }
        double sum = 0;
        int n = 0;
        for (int i = 0; i < answers.length; i++) {
            if (!Double.isNaN(answers[i])) {
                check(answers[i], f.key() + "-" + (i + 1));
                sum += answers[i];
                n++;
            }
        }
        return enough(n) ? rescale(sum / n, scalePoints) : Double.NaN;
    }

    private boolean enough(int answered) {
        return answered > 0 && 2 * answered >= itemsPerFactor;
    }

    private void check(double v, String item) {
        if (!(v >= 1 && v <= scalePoints)) {
            throw new IllegalArgumentException(
                    "The answer to " + item + " must be 1.." + scalePoints + ", was " + Codes.format(v));
        }
    }

    private static Experience experience(double functional, double emotional, double social) {
        double sum = 0;
        int n = 0;
        for (double v : new double[] {functional, emotional, social}) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return new Experience(functional, emotional, social, n == 0 ? Double.NaN : sum / n);
    }

    /**
     * The mean experience of a group (e.g. a campaign's participants): each factor averaged over the
     * respondents with a score on it.
     */
    public static Experience mean(Collection<Experience> experiences) {
        double[] sum = new double[3];
        int[] n = new int[3];
        for (Experience e : experiences) {
            for (ExperienceFactor f : ExperienceFactor.values()) {
                double v = e.of(f);
                if (!Double.isNaN(v)) {
                    sum[f.ordinal()] += v;
                    n[f.ordinal()]++;
                }
            }
        }
        double[] m = new double[3];
        for (int i = 0; i < 3; i++) {
            m[i] = n[i] == 0 ? Double.NaN : sum[i] / n[i];
        }
        return experience(m[0], m[1], m[2]);
    }
}

package org.cocrea.cocreation.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.BusinessRuleException.FieldProblem;

/**
 * A campaign's weighted scorecard and the evaluation of one idea at a gate.
 *
 * <p>Each evaluator fills in a score sheet: a score from 1 to 5 for every criterion. A score
 * {@code s} counts as {@code (s − 1) / 4 × 100} points, so 1 is 0, 3 is 50 and 5 is 100. The idea's
 * total is the weighted mean of the criterion means: {@code Σ w·points(mean) / Σ w}, over the
 * criteria someone scored (criteria nobody scored are left out and listed). The spread is the
 * population standard deviation of the evaluators' own weighted totals: a large spread tells the
 * manager the evaluators disagree.
 */
public final class Scorecard {

    /** The lowest score. */
    public static final int MIN_SCORE = 1;

    /** The highest score. */
    public static final int MAX_SCORE = 5;

    /** The fewest criteria a campaign may have. */
    public static final int MIN_CRITERIA = 1;

    /** The most criteria a campaign may have. */
    public static final int MAX_CRITERIA = 10;

    /** The highest weight of one criterion. */
    public static final double MAX_WEIGHT = 100;

    private static final int MAX_NAME = 120;
    private static final int MAX_DESCRIPTION = 500;

    private static final List<CriterionDefinition> DEFAULTS = List.of(
            new CriterionDefinition(
                    "Customer value", "How much the idea would help customers or users with a real need.", 35),
            new CriterionDefinition(
                    "Feasibility", "Whether the firm can build and deliver it with reasonable effort and risk.", 25),
            new CriterionDefinition(
                    "Strategic fit", "How well it fits the firm's strategy, brand and the campaign's goal.", 25),
            new CriterionDefinition("Novelty", "How new it is compared with what the firm and others offer.", 15));

    private final List<Criterion> criteria;
    private final Map<Long, Criterion> byId = new LinkedHashMap<>();

    /** @param criteria the campaign's criteria in order, at least one, ids unique */
    public Scorecard(List<Criterion> criteria) {
        if (criteria == null || criteria.isEmpty()) {
            throw new IllegalArgumentException("a scorecard needs at least one criterion");
        }
        this.criteria = List.copyOf(criteria);
        for (Criterion c : this.criteria) {
            if (byId.put(c.id(), c) != null) {
                throw new IllegalArgumentException("criterion id " + c.id() + " appears twice");
            }
        }
    }

    /**
     * The evaluation of one idea.
     *
     * @param criterionMeans the mean score (1..5) of each criterion someone scored, in scorecard
     *     order
     * @param total the weighted total on 0..100, or null when nobody scored anything
     * @param unscored the criteria nobody scored, left out of the total
     * @param evaluatorTotals each evaluator's own weighted total on 0..100 (over the criteria they
     *     scored), for evaluators who scored at least one criterion
     * @param completeSheets the number of sheets that score every criterion
     * @param spread the population standard deviation of the evaluator totals, in points; 0 with
     *     one evaluator, null with none
     */
    public record Evaluation(
            Map<Long, Double> criterionMeans,
            Double total,
            List<Criterion> unscored,
            Map<String, Double> evaluatorTotals,
            int completeSheets,
            Double spread) {

        public Evaluation {
            criterionMeans = Collections.unmodifiableMap(new LinkedHashMap<>(criterionMeans));
            unscored = List.copyOf(unscored);
            evaluatorTotals = Collections.unmodifiableMap(new LinkedHashMap<>(evaluatorTotals));
        }
    }

    /** The criteria, in order. */
    public List<Criterion> criteria() {
        return criteria;
    }

    /** The points of a score: 1 → 0, 2 → 25, 3 → 50, 4 → 75, 5 → 100; also for a mean score. */
    public static double points(double score) {
        return (score - MIN_SCORE) / (MAX_SCORE - MIN_SCORE) * 100;
    }

    /**
     * Evaluates the score sheets of one idea at one gate.
     *
     * @param sheets evaluator → criterion id → score 1..5; scores of criteria not on the card are
     *     ignored, an evaluator with no score is left out
     * @throws IllegalArgumentException for a score outside 1..5 (sheets are checked when submitted)
     */
    public Evaluation evaluate(Map<String, Map<Long, Integer>> sheets) {
        Map<Long, double[]> sums = new LinkedHashMap<>(); // id → {sum, count}
        Map<String, Double> evaluatorTotals = new LinkedHashMap<>();
        int complete = 0;
        for (Map.Entry<String, Map<Long, Integer>> sheet : sheets.entrySet()) {
            Map<Long, Integer> scores = sheet.getValue() == null ? Map.of() : sheet.getValue();
            double weighted = 0;
            double weights = 0;
            int scored = 0;
            for (Criterion c : criteria) {
                Integer s = scores.get(c.id());
                if (s == null) {
                    continue;
                }
                if (s < MIN_SCORE || s > MAX_SCORE) {
                    throw new IllegalArgumentException(
                            "score " + s + " of " + sheet.getKey() + " for " + c.name() + " outside 1..5");
                }
                double[] acc = sums.computeIfAbsent(c.id(), k -> new double[2]);
                acc[0] += s;
                acc[1]++;
                weighted += c.weight() * points(s);
                weights += c.weight();
                scored++;
            }
            if (scored > 0) {
                evaluatorTotals.put(sheet.getKey(), weighted / weights);
            }
            if (scored == criteria.size()) {
                complete++;
            }
        }
        Map<Long, Double> means = new LinkedHashMap<>();
        List<Criterion> unscored = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        for (Criterion c : criteria) {
            double[] acc = sums.get(c.id());
            if (acc == null) {
                unscored.add(c);
                continue;
            }
            double mean = acc[0] / acc[1];
            means.put(c.id(), mean);
            weighted += c.weight() * points(mean);
            weights += c.weight();
        }
        Double total = weights > 0 ? weighted / weights : null;
        return new Evaluation(means, total, unscored, evaluatorTotals, complete, spread(evaluatorTotals));
    }

    private static Double spread(Map<String, Double> totals) {
        if (totals.isEmpty()) {
            return null;
        }
        double mean = totals.values().stream().mapToDouble(Double::doubleValue).sum() / totals.size();
        double ss = 0;
        for (double t : totals.values()) {
            ss += (t - mean) * (t - mean);
        }
        return Math.sqrt(ss / totals.size());
    }

    /**
     * Checks one evaluator's sheet before it is stored: every criterion scored, from 1 to 5, and no
     * criterion that is not on the card. Fields are named {@code scores[<criterion id>]}.
     *
     * @return the scores in scorecard order
     * @throws BusinessRuleException listing every problem
     */
    public Map<Long, Integer> checkSheet(Map<Long, Integer> scores) {
        Map<Long, Integer> given = scores == null ? Map.of() : scores;
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, Integer> out = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            Integer s = given.get(c.id());
            String field = "scores[" + c.id() + "]";
            if (s == null) {
                problems.add(new FieldProblem(field, "Give " + c.name() + " a score from 1 to 5."));
            } else if (s < MIN_SCORE || s > MAX_SCORE) {
                problems.add(new FieldProblem(field, "Scores go from 1 to 5; " + c.name() + " was given " + s + "."));
            } else {
                out.put(c.id(), s);
            }
        }
        for (Long id : given.keySet()) {
            if (!byId.containsKey(id)) {
                problems.add(new FieldProblem(
                        "scores[" + id + "]",
                        "Criterion " + id + " is not on this campaign's scorecard; reload the page and score again."));
            }
        }
        if (!problems.isEmpty()) {
            throw BusinessRuleException.invalid("The score sheet is not complete.", problems);
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Checks a campaign's criteria: {@value #MIN_CRITERIA} to {@value #MAX_CRITERIA} criteria, each
     * with a name of 1 to 120 characters (unique, ignoring case), a description of at most 500
     * characters and a weight above 0 and at most 100. Fields are named like {@code
     * criteria[1].weight} (positions from 0).
     *
     * @throws BusinessRuleException listing every problem
     */
    public static void checkCriteria(List<CriterionDefinition> criteria) {
        List<FieldProblem> problems = new ArrayList<>();
        int n = criteria == null ? 0 : criteria.size();
        if (n < MIN_CRITERIA || n > MAX_CRITERIA) {
            problems.add(new FieldProblem(
                    "criteria",
                    "A scorecard has " + MIN_CRITERIA + " to " + MAX_CRITERIA + " criteria; this one has " + n + "."));
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < n; i++) {
            CriterionDefinition c = criteria.get(i);
            String prefix = "criteria[" + i + "].";
            if (c == null) {
                problems.add(new FieldProblem("criteria[" + i + "]", "Criterion " + (i + 1) + " is empty."));
                continue;
            }
            if (c.name() == null || c.name().isEmpty()) {
                problems.add(new FieldProblem(prefix + "name", "Enter a name for criterion " + (i + 1) + "."));
            } else if (c.name().length() > MAX_NAME) {
                problems.add(new FieldProblem(
                        prefix + "name",
                        "The name can be at most " + MAX_NAME + " characters; it has "
                                + c.name().length() + "."));
            } else {
                Integer first = names.putIfAbsent(c.name().toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    problems.add(new FieldProblem(
                            prefix + "name",
                            "\"" + c.name() + "\" is already the name of criterion " + (first + 1)
                                    + "; each criterion needs its own name."));
                }
            }
            if (c.description() != null && c.description().length() > MAX_DESCRIPTION) {
                problems.add(new FieldProblem(
                        prefix + "description",
                        "The description can be at most " + MAX_DESCRIPTION + " characters; it has "
                                + c.description().length() + "."));
            }
            if (!(c.weight() > 0 && c.weight() <= MAX_WEIGHT)) {
                problems.add(new FieldProblem(
                        prefix + "weight",
                        "The weight must be above 0 and at most 100; it was " + format(c.weight()) + "."));
            }
        }
        if (!problems.isEmpty()) {
            throw BusinessRuleException.invalid("The scorecard is not valid.", problems);
        }
    }

    /**
     * The scorecard a new campaign starts with: customer value 35, feasibility 25, strategic fit 25,
     * novelty 15.
     */
    public static List<CriterionDefinition> defaultCriteria() {
        return DEFAULTS;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}

package org.cocrea.engagement.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The engagement index: how much a stakeholder invests in the relationship with the firm beyond
 * buying, on 0..100, from behaviour in a window of days and optionally from the customer-engagement
 * survey. It is the product's measure of <em>willingness</em>.
 *
 * <p>With {@code asOf} the date, {@code W} the window ({@code windowDays} days ending on {@code
 * asOf}), and only the activity types switched on in {@link EngagementWeights} counting:
 *
 * <ul>
 *   <li><b>recency</b> R = 2<sup>−d/h</sup>, d = days from the last activity (at any time up to
 *       {@code asOf}) to {@code asOf}, h = {@code halfLifeDays}; 1 when active on {@code asOf},
 *       0.5 after one half-life, 0 when never active;
 *   <li><b>frequency</b> F = min(1, ln(1 + n) / ln(1 + cap)), n = activities in W, cap = {@code
 *       frequencyCap}: the first activities count most, and beyond the cap more activity adds
 *       nothing;
 *   <li><b>breadth</b> B = (distinct types in W) / (types switched on);
 *   <li><b>depth</b> D = min(1, ln(1 + w) / ln(1 + cap)), w = Σ over types of type weight × sum of
 *       the activities' multipliers in W, cap = {@code depthCap};
 *   <li><b>survey</b> S = (mean − 1) / (k − 1), the Likert mean of the customer-engagement scale
 *       rescaled to 0..1 (k = scale points), only when the stakeholder has a score.
 * </ul>
 *
 * <p>index = 100 × Σ<sub>c</sub> w<sub>c</sub> · x<sub>c</sub> / Σ<sub>c</sub> w<sub>c</sub>,
 * summed over the components in use (the survey only with a score). Each part's points are listed
 * in {@link EngagementScore#parts()}.
 *
 * <p>The index is computed from {@link EngagementInputs} (a dozen numbers), never from the raw log,
 * so a population is scored in one linear pass ({@link #value} gives the number without building
 * the breakdown: about 0.7 s for a million stakeholders on the 2-core build machine); {@link
 * RollingEngagement} keeps the inputs up to date day by day. The index is absolute, not relative to the population: it can be compared over
 * time and between segments.
 */
public final class EngagementIndex {

    /** The segment name used for stakeholders without a segment. */
    public static final String NO_SEGMENT = "(no segment)";

    private final EngagementWeights weights;
    // the settings unpacked once, so that scoring a population does no map look-ups
    private final double[] typeWeight = new double[ActivityType.COUNT];
    private final int typesOn;
    private final double[] shareWithSurvey = new double[EngagementComponent.values().length];
    private final double[] shareWithoutSurvey = new double[EngagementComponent.values().length];

    public EngagementIndex(EngagementWeights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
        for (ActivityType t : ActivityType.values()) {
            typeWeight[t.ordinal()] = weights.typeWeight(t);
        }
        this.typesOn = weights.typesOn();
        for (EngagementComponent c : EngagementComponent.values()) {
            shareWithSurvey[c.ordinal()] = weights.share(c, true);
            shareWithoutSurvey[c.ordinal()] = weights.share(c, false);
        }
    }

    /** An index with {@link EngagementWeights#defaults()}. */
    public EngagementIndex() {
        this(EngagementWeights.defaults());
    }

    public EngagementWeights weights() {
        return weights;
    }

    /** The index without a survey score. */
    public EngagementScore score(EngagementInputs in) {
        return score(in, null);
    }

    /**
     * The index of one stakeholder with its breakdown.
     *
     * @param survey the stakeholder's customer-engagement survey score, or null when there is none
     */
    public EngagementScore score(EngagementInputs in, ScaleScore survey) {
        boolean withSurvey = survey != null && weights.survey() > 0;
        double[] c = components(in);
        double days = c[DAYS];
        String recencyText = Double.isNaN(days)
                ? "no activity yet"
                : days == 0 ? "active on the day" : "last activity " + Codes.format(days) + " days ago";
        List<EngagementScore.Part> parts = new ArrayList<>(5);
        add(parts, EngagementComponent.RECENCY, days, c[RECENCY], withSurvey, recencyText);
        add(
                parts,
                EngagementComponent.FREQUENCY,
                c[COUNT],
                c[FREQUENCY],
                withSurvey,
                Codes.format(c[COUNT]) + " activities in " + in.windowDays() + " days");
        add(
                parts,
                EngagementComponent.BREADTH,
                c[DISTINCT],
                c[BREADTH],
                withSurvey,
                Codes.format(c[DISTINCT]) + " of " + typesOn + " activity types");
        add(
                parts,
                EngagementComponent.DEPTH,
                c[WEIGHTED],
                c[DEPTH],
                withSurvey,
                "weighted contributions " + Math.round(c[WEIGHTED] * 100) / 100.0);
        if (withSurvey) {
            add(
                    parts,
                    EngagementComponent.SURVEY,
                    survey.mean(),
                    survey.toUnit(),
                    true,
                    "survey mean " + Math.round(survey.mean() * 100) / 100.0 + " of " + survey.scalePoints());
        }
        return new EngagementScore(in.stakeholderId(), in.asOf(), value(c, survey), parts);
    }

    /**
     * The index alone, without the breakdown: the same number as {@link #score(EngagementInputs,
     * ScaleScore)}, for scoring a whole population quickly.
     *
     * @param survey the survey score, or null
     */
    public double value(EngagementInputs in, ScaleScore survey) {
        return value(components(in), survey);
    }

    private double value(double[] c, ScaleScore survey) {
        boolean withSurvey = survey != null && weights.survey() > 0;
        double[] share = withSurvey ? shareWithSurvey : shareWithoutSurvey;
        double index = 100 * share[EngagementComponent.RECENCY.ordinal()] * c[RECENCY]
                + 100 * share[EngagementComponent.FREQUENCY.ordinal()] * c[FREQUENCY]
                + 100 * share[EngagementComponent.BREADTH.ordinal()] * c[BREADTH]
                + 100 * share[EngagementComponent.DEPTH.ordinal()] * c[DEPTH];
        if (withSurvey) {
            index += 100 * share[EngagementComponent.SURVEY.ordinal()] * survey.toUnit();
        }
        return Math.min(100, Math.max(0, index));
    }

    private static final int DAYS = 0;
    private static final int RECENCY = 1;
    private static final int COUNT = 2;
    private static final int FREQUENCY = 3;
    private static final int DISTINCT = 4;
    private static final int BREADTH = 5;
    private static final int WEIGHTED = 6;
    private static final int DEPTH = 7;

    /** The raw values and 0..1 scores of the behavioural components. */
    private double[] components(EngagementInputs in) {
        ActivityCounts window = in.window();
        int last = in.lastActivity().latestEpochDay(typeWeight);
        double days =
                last == LastActivity.NEVER ? Double.NaN : Math.max(0, in.asOf().toEpochDay() - last);
        int n = 0;
        int distinct = 0;
        double weighted = 0;
        for (int t = 0; t < typeWeight.length; t++) {
            if (typeWeight[t] <= 0) {
                continue;
            }
            int count = window.count(t);
            n += count;
            if (count > 0) {
                distinct++;
            }
            weighted += typeWeight[t] * window.weightMillis(t) / 1000.0;
        }
        return new double[] {
            days,
            Double.isNaN(days) ? 0 : Math.pow(2, -days / weights.halfLifeDays()),
            n,
            logCapped(n, weights.frequencyCap()),
            distinct,
            (double) distinct / typesOn,
            weighted,
            logCapped(weighted, weights.depthCap())
        };
    }

    private void add(
            List<EngagementScore.Part> parts,
            EngagementComponent c,
            double raw,
            double score,
            boolean withSurvey,
            String detail) {
        double share = (withSurvey ? shareWithSurvey : shareWithoutSurvey)[c.ordinal()];
        parts.add(new EngagementScore.Part(c, raw, score, share, 100 * share * score, detail));
    }

    /** min(1, ln(1 + x) / ln(1 + cap)); 0 for x ≤ 0. */
    static double logCapped(double x, double cap) {
        if (x <= 0) {
            return 0;
        }
        return Math.min(1, Math.log1p(x) / Math.log1p(cap));
    }

    /**
     * The index of one stakeholder at several dates, from the daily history (a full computation per
     * date; for a whole population day after day use {@link RollingEngagement}).
     *
     * @param survey the survey score to combine at every date, or null
     */
    public List<EngagementScore> series(
            String stakeholderId, ActivityHistory history, List<LocalDate> dates, ScaleScore survey) {
        List<EngagementScore> out = new ArrayList<>(dates.size());
        for (LocalDate d : dates) {
            out.add(score(EngagementInputs.from(stakeholderId, history, d, weights.windowDays()), survey));
        }
        return out;
    }

    /**
     * Engagement per segment: count, mean, median and share of engaged stakeholders (index ≥ the
     * engaged threshold), sorted by segment name.
     *
     * @param segmentOf the segment of a stakeholder id; null or blank puts it under {@link
     *     #NO_SEGMENT}
     */
    public List<SegmentEngagement> bySegment(Collection<EngagementScore> scores, Function<String, String> segmentOf) {
        Map<String, List<Double>> groups = new TreeMap<>();
        for (EngagementScore s : scores) {
            String seg = segmentOf.apply(s.stakeholderId());
            if (seg == null || seg.isBlank()) {
                seg = NO_SEGMENT;
            }
            groups.computeIfAbsent(seg, k -> new ArrayList<>()).add(s.index());
        }
        List<SegmentEngagement> out = new ArrayList<>(groups.size());
        groups.forEach((seg, values) -> out.add(summary(seg, values)));
        return out;
    }

    /** The summary of a whole population under one name. */
    public SegmentEngagement summary(String name, Collection<EngagementScore> scores) {
        return summary(name, scores.stream().map(EngagementScore::index).toList());
    }

    private SegmentEngagement summary(String name, List<Double> values) {
        int n = values.size();
        if (n == 0) {
            return new SegmentEngagement(name, 0, Double.NaN, Double.NaN, 0, Double.NaN);
        }
        double[] v = new double[n];
        double sum = 0;
        int engaged = 0;
        for (int i = 0; i < n; i++) {
            v[i] = values.get(i);
            sum += v[i];
            if (v[i] >= weights.engagedThreshold()) {
                engaged++;
            }
        }
        Arrays.sort(v);
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return new SegmentEngagement(name, n, sum / n, median, engaged, (double) engaged / n);
    }
}

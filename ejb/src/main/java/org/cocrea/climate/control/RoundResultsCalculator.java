package org.cocrea.climate.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the results of a survey round ({@link RoundResults}) from its answer sheets ({@link
 * RoundAnswers}), applying the anonymity rules of {@link UnitResultSuppression} on the way.
 *
 * <h2>Scores</h2>
 *
 * Reverse-keyed items are scored points + 1 − answer; every figure is on this scored scale, so
 * higher is more favourable. A respondent's factor score is the mean of their item scores on the
 * factor. A group's factor result gives the mean and standard deviation (n − 1) of its members'
 * factor scores, the distribution of all their item scores on the factor (with favourable,
 * neutral and unfavourable shares, see {@link Distribution}), and r<sub>wg(j)</sub> with the
 * uniform null distribution of the scale, flagged when below {@value #AGREEMENT_CUT_OFF} (James,
 * Demaree &amp; Wolf 1984; LeBreton &amp; Senter 2008 use .70 as the usual cut-off for "enough
 * agreement to aggregate"). Item results give n, mean, standard deviation and distribution per
 * item.
 *
 * <h2>Groups and anonymity</h2>
 *
 * A unit's result covers its own respondents and those of all its sub-units (rolled up). The
 * organisation is treated as one more unit above all top-level units, so that it obeys the same
 * rules. {@link UnitResultSuppression#decide} decides, from the rolled-up counts, which units are
 * shown and which sub-threshold siblings are shown together as "other teams of X"; a hidden unit
 * keeps only its place in the tree and the reason ({@link UnitResult}). Comments of a unit (its own
 * and all its sub-units' respondents') are shown when its result is shown and, in a second run of
 * the same rules with the comment threshold as k, its comments are shown too: that keeps any set
 * difference of shown comment lists at 0 or at least the comment threshold of people, the
 * guarantee the numbers have for k. "Other teams" groups never show comments. Comments are
 * stripped, blank ones dropped, and sorted alphabetically (ignoring case) so that their order
 * reveals neither the sub-unit nor the time of writing.
 *
 * <h2>Organisation level</h2>
 *
 * Besides its group result, the organisation gets per factor Cronbach's alpha and McDonald's omega
 * of the factor's scored items ({@link ScaleReliability}) and ICC(1)/ICC(2) of the factor scores
 * with the respondents' own units as groups, counting only units with 2 or more respondents
 * ({@link IntraclassCorrelation}), read with {@link ClimateReading}. ICC values are a function of
 * all respondents, hidden units included; only the coefficients are published (no group counts, F
 * or mean squares), which leaves too little to solve for any one unit in practice.
 *
 * <h2>Change</h2>
 *
 * Given the previous round's results, a factor result's change is its mean minus the previous mean
 * of the same group and factor key: the same unit id, the organisation, or the same "other teams"
 * id combining exactly the same units. It is only given when the group is shown in both rounds
 * (the previous results hold no figures for hidden groups). Both rounds must use the same number of
 * scale points.
 *
 * <h2>Speed</h2>
 *
 * One pass over the sheets fills integer counts per unit (answers per item and scale point, factor
 * sums and sums of squares), which are then summed up the tree; every unit figure comes from these
 * exact counts. Reliability and ICC run once per factor on the organisation's data.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RoundResultsCalculator {

    /** r<sub>wg(j)</sub> below this counts as lacking agreement. */
    public static final double AGREEMENT_CUT_OFF = 0.70;

    private static final String ORGANISATION_NAME = "the organisation";
    private static final String ORGANISATION_LABEL = "Organisation";
    private static final Comparator<String> COMMENT_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private final UnitResultSuppression suppression;
    private final UnitResultSuppression commentSuppression;

    /** k = 5, comments from 10 respondents. */
    public RoundResultsCalculator() {
        this(UnitResultSuppression.DEFAULT_THRESHOLD, UnitResultSuppression.DEFAULT_COMMENT_THRESHOLD);
    }

    /**
     * @param threshold k, at least {@value UnitResultSuppression#MINIMUM_THRESHOLD}
     * @param commentThreshold the minimum group size for comments, at least k
     * @throws IllegalArgumentException as {@link UnitResultSuppression#UnitResultSuppression(int,
     *     int)}
     */
    public RoundResultsCalculator(int threshold, int commentThreshold) {
        this.suppression = new UnitResultSuppression(threshold, commentThreshold);
        this.commentSuppression = new UnitResultSuppression(commentThreshold, commentThreshold);
    }

    public int threshold() {
        return suppression.threshold();
    }

    public int commentThreshold() {
        return suppression.commentThreshold();
    }

    /** The results of a round without a previous round to compare with. */
    public RoundResults calculate(RoundAnswers answers) {
        return calculate(answers, null);
    }

    /**
     * The results of a round.
     *
     * @param answers the round's answers
     * @param previous the previous round's results for the change figures, or null
     * @throws IllegalArgumentException if the instrument does not have 5 or 7 points or has a factor
     *     without items or a repeated factor key; a unit is invalid (as {@link
     *     UnitResultSuppression#decide}) or uses {@link RoundResults#ORGANISATION_ID}; a sheet names
     *     an unknown unit, has the wrong number of answers or an answer outside the scale; or the
     *     previous round has another number of scale points
     */
    public RoundResults calculate(RoundAnswers answers, RoundResults previous) {
        Inputs.notNull(answers, "answers");
        return new Run(answers, previous).results();
    }

    /** The state of one calculation. */
    private final class Run {
        final RoundAnswers answers;
        final InstrumentDefinition instrument;
        final Previous previous;
        final int points;
        final int items;
        final int factors;
        final int[] factorStart;
        final int[] factorSize;
        final int[] itemFactor;
        final boolean[] reverse;
        final String[] itemKeys;
        final String[] factorKeys;
        final WithinGroupAgreement agreement;

        final List<RoundUnit> units;
        final int org; // the organisation's node: index units.size()
        final Map<String, Integer> index;
        final int[] parent;
        final int[] unitOf;
        final int[] rolledUp;
        final int[][] histogram; // per node: [item * points + (score - 1)]
        final long[][] factorSum; // per node and factor: Σ of the respondents' factor item sums
        final long[][] factorSquares; // Σ of their squares
        final List<List<String>> comments;

        DisclosurePlan plan;
        DisclosurePlan commentPlan;
        int[] preOrder;
        int[] depth;
        List<List<Integer>> children;

        Run(RoundAnswers answers, RoundResults previousResults) {
            this.answers = answers;
            this.instrument = answers.instrument();
            this.points = instrument.scalePoints();
            checkInstrument();
            this.previous = new Previous(previousResults, points);
            List<InstrumentDefinition.FactorDef> defs = instrument.factors();
            this.factors = defs.size();
            this.items = instrument.itemCount();
            this.factorStart = new int[factors];
            this.factorSize = new int[factors];
            this.factorKeys = new String[factors];
            this.itemFactor = new int[items];
            this.reverse = new boolean[items];
            this.itemKeys = new String[items];
            for (int f = 0, i = 0; f < factors; f++) {
                InstrumentDefinition.FactorDef factor = defs.get(f);
                factorKeys[f] = factor.key();
                factorStart[f] = i;
                factorSize[f] = factor.items().size();
                for (InstrumentDefinition.ItemDef item : factor.items()) {
                    itemFactor[i] = f;
                    reverse[i] = item.reverse();
                    itemKeys[i] = item.key();
                    i++;
                }
            }
            this.agreement = new WithinGroupAgreement(points);

            this.units = answers.units();
            this.org = units.size();
            this.index = indexUnits();
            this.parent = new int[org + 1];
            this.unitOf = new int[answers.sheets().size()];
            this.rolledUp = new int[org + 1];
            this.histogram = new int[org + 1][items * points];
            this.factorSum = new long[org + 1][factors];
            this.factorSquares = new long[org + 1][factors];
            this.comments = new ArrayList<>(org + 1);
            for (int u = 0; u <= org; u++) {
                comments.add(null);
            }
        }

        private void checkInstrument() {
            if (points != 5 && points != 7) {
                throw new IllegalArgumentException(
                        "instrument " + instrument.key() + " has " + points + " scale points; results need 5 or 7");
            }
            if (instrument.factors() == null || instrument.factors().isEmpty()) {
                throw new IllegalArgumentException("instrument " + instrument.key() + " has no factors");
            }
            Set<String> keys = new HashSet<>();
            for (InstrumentDefinition.FactorDef f : instrument.factors()) {
                if (f == null || f.key() == null) {
                    throw new IllegalArgumentException("instrument " + instrument.key() + " has a factor without key");
                }
                if (!keys.add(f.key())) {
                    throw new IllegalArgumentException(
                            "instrument " + instrument.key() + " uses factor key " + f.key() + " twice");
                }
                if (f.items() == null || f.items().isEmpty()) {
                    throw new IllegalArgumentException(
                            "factor " + f.key() + " of instrument " + instrument.key() + " has no items");
                }
            }
        }

        private Map<String, Integer> indexUnits() {
            Map<String, Integer> map = new HashMap<>(units.size() * 2);
            for (int u = 0; u < units.size(); u++) {
                String id = units.get(u).id();
                if (id == null || id.isBlank()) {
                    throw new IllegalArgumentException("unit " + (u + 1) + " of the list has no id");
                }
                if (RoundResults.ORGANISATION_ID.equals(id)) {
                    throw new IllegalArgumentException(
                            "unit id " + id + " is reserved for the organisation as a whole");
                }
                if (map.put(id, u) != null) {
                    throw new IllegalArgumentException("unit id " + id + " occurs more than once");
                }
            }
            return map;
        }

        RoundResults results() {
            List<AnswerSheet> sheets = answers.sheets();
            for (int r = 0; r < sheets.size(); r++) {
                AnswerSheet sheet = sheets.get(r);
                Integer u = index.get(sheet.unitId());
                if (u == null) {
                    throw new IllegalArgumentException("answer sheet " + (r + 1) + " belongs to unit " + sheet.unitId()
                            + ", which is not a unit of this round");
                }
                if (sheet.answerCount() != items) {
                    throw new IllegalArgumentException("answer sheet " + (r + 1) + " has " + sheet.answerCount()
                            + " answers; instrument " + instrument.key() + " has " + items + " items");
                }
                unitOf[r] = u;
                rolledUp[u]++;
            }
            decide();
            buildTree();
            Reliability reliability =
                    plan.unit(RoundResults.ORGANISATION_ID).resultVisible() ? new Reliability() : null;
            count(sheets, reliability);
            if (reliability != null) {
                reliability.takeIccSums(); // from the own-unit sums, before they are rolled up
            }
            rollUp();
            return assemble(reliability);
        }

        /** Both plans, from the own respondent counts (rolledUp holds them until rollUp()). */
        private void decide() {
            List<SurveyUnit> surveyUnits = new ArrayList<>(org + 1);
            for (int u = 0; u < org; u++) {
                RoundUnit unit = units.get(u);
                String parentId = unit.parentId() == null ? RoundResults.ORGANISATION_ID : unit.parentId();
                surveyUnits.add(new SurveyUnit(unit.id(), parentId, unit.name(), rolledUp[u]));
            }
            surveyUnits.add(new SurveyUnit(RoundResults.ORGANISATION_ID, null, ORGANISATION_NAME, 0));
            plan = suppression.decide(surveyUnits);
            commentPlan = commentSuppression.decide(surveyUnits);
        }

        /** Parents, children in input order, depth-first order and depths; the plan has checked the tree. */
        private void buildTree() {
            children = new ArrayList<>(org + 1);
            for (int u = 0; u <= org; u++) {
                children.add(new ArrayList<>(0));
            }
            parent[org] = -1;
            for (int u = 0; u < org; u++) {
                String parentId = units.get(u).parentId();
                parent[u] = parentId == null ? org : index.get(parentId);
                children.get(parent[u]).add(u);
            }
            preOrder = new int[org + 1];
            depth = new int[org + 1];
            depth[org] = -1;
            int[] stack = new int[org + 1];
            int top = 0;
            int next = 0;
            stack[top++] = org;
            while (top > 0) {
                int u = stack[--top];
                preOrder[next++] = u;
                List<Integer> kids = children.get(u);
                for (int c = kids.size() - 1; c >= 0; c--) {
                    int child = kids.get(c);
                    depth[child] = depth[u] + 1;
                    stack[top++] = child;
                }
            }
        }

        /** The single pass over the sheets: counts per own unit, and the organisation's raw data. */
        private void count(List<AnswerSheet> sheets, Reliability reliability) {
            int[] itemSums = new int[factors];
            int[] scores = new int[items];
            for (int r = 0; r < sheets.size(); r++) {
                AnswerSheet sheet = sheets.get(r);
                int u = unitOf[r];
                int[] hist = histogram[u];
                Arrays.fill(itemSums, 0);
                for (int i = 0; i < items; i++) {
                    int a = sheet.answer(i);
                    if (a < 1 || a > points) {
                        throw new IllegalArgumentException("answer sheet " + (r + 1) + ", item " + (i + 1) + " ("
                                + itemKeys[i] + "): answer " + a + " is outside 1.." + points);
                    }
                    int score = reverse[i] ? points + 1 - a : a;
                    hist[i * points + score - 1]++;
                    itemSums[itemFactor[i]] += score;
                    scores[i] = score;
                }
                if (reliability != null) {
                    reliability.add(scores);
                }
                long[] sum = factorSum[u];
                long[] squares = factorSquares[u];
                for (int f = 0; f < factors; f++) {
                    long s = itemSums[f];
                    sum[f] += s;
                    squares[f] += s * s;
                }
                String comment = sheet.comment();
                if (comment != null && !comment.isBlank()) {
                    List<String> list = comments.get(u);
                    if (list == null) {
                        list = new ArrayList<>();
                        comments.set(u, list);
                    }
                    list.add(comment.strip());
                }
            }
        }

        /** Adds every unit's counts into its parent's, children first. */
        private void rollUp() {
            for (int p = preOrder.length - 1; p > 0; p--) {
                int u = preOrder[p];
                int to = parent[u];
                rolledUp[to] += rolledUp[u];
                add(histogram[to], histogram[u]);
                add(factorSum[to], factorSum[u]);
                add(factorSquares[to], factorSquares[u]);
            }
        }

        private RoundResults assemble(Reliability reliability) {
            Map<String, UnitDisclosure> decisions = plan.byUnitId();
            Map<String, UnitDisclosure> commentDecisions = commentPlan.byUnitId();
            Map<String, CombinedTeams> combinationByParent = new HashMap<>();
            for (CombinedTeams c : plan.combinations()) {
                combinationByParent.put(c.parentId(), c);
            }
            List<UnitResult> unitResults = new ArrayList<>(org);
            List<OtherTeamsResult> otherTeams = new ArrayList<>();
            List<Heatmap.Row> rows = new ArrayList<>(org + plan.combinations().size());

            // depth first with exit markers (~u), so that "other teams" rows follow the sub-units
            int[] stack = new int[2 * (org + 1)];
            int top = 0;
            stack[top++] = ~org;
            for (int c = children.get(org).size() - 1; c >= 0; c--) {
                stack[top++] = children.get(org).get(c);
            }
            while (top > 0) {
                int entry = stack[--top];
                if (entry < 0) {
                    int u = ~entry;
                    CombinedTeams combination = combinationByParent.get(nodeId(u));
                    if (combination != null) {
                        OtherTeamsResult other = otherTeams(combination, depth[u] + 1);
                        otherTeams.add(other);
                        rows.add(row(
                                other.id(), other.label(), other.depth(), Heatmap.Kind.OTHER_TEAMS, other.result()));
                    }
                    continue;
                }
                int u = entry;
                RoundUnit unit = units.get(u);
                UnitDisclosure decision = decisions.get(unit.id());
                GroupResult result = null;
                if (decision.resultVisible()) {
                    boolean commentsShown = commentDecisions.get(unit.id()).resultVisible();
                    result = group(u, commentsShown, previous.unit(unit.id()));
                }
                unitResults.add(new UnitResult(
                        unit.id(),
                        unit.parentId(),
                        unit.name(),
                        depth[u],
                        decision.reason(),
                        decision.combinationId(),
                        result));
                rows.add(row(unit.id(), unit.name(), depth[u], Heatmap.Kind.UNIT, result));
                stack[top++] = ~u;
                List<Integer> kids = children.get(u);
                for (int c = kids.size() - 1; c >= 0; c--) {
                    stack[top++] = kids.get(c);
                }
            }

            UnitDisclosure orgDecision = decisions.get(RoundResults.ORGANISATION_ID);
            OrganisationResult organisation;
            if (orgDecision.resultVisible()) {
                boolean commentsShown =
                        commentDecisions.get(RoundResults.ORGANISATION_ID).resultVisible();
                GroupResult result = group(org, commentsShown, previous.organisation());
                organisation = new OrganisationResult(DisclosureReason.SHOWN, result, reliability.quality());
            } else {
                organisation = new OrganisationResult(orgDecision.reason(), null, List.of());
            }
            Heatmap.Row orgRow = row(
                    RoundResults.ORGANISATION_ID,
                    ORGANISATION_LABEL,
                    -1,
                    Heatmap.Kind.ORGANISATION,
                    organisation.result());
            Heatmap heatmap = new Heatmap(List.of(factorKeys), orgRow, rows);
            return new RoundResults(
                    answers.roundName(),
                    answers.date(),
                    instrument,
                    suppression.threshold(),
                    suppression.commentThreshold(),
                    organisation,
                    unitResults,
                    otherTeams,
                    heatmap);
        }

        private String nodeId(int u) {
            return u == org ? RoundResults.ORGANISATION_ID : units.get(u).id();
        }

        private Heatmap.Row row(String id, String label, int rowDepth, Heatmap.Kind kind, GroupResult result) {
            List<Double> means = new ArrayList<>(factors);
            for (int f = 0; f < factors; f++) {
                means.add(result == null ? null : result.factors().get(f).mean());
            }
            return new Heatmap.Row(id, label, rowDepth, kind, result != null, means);
        }

        private OtherTeamsResult otherTeams(CombinedTeams combination, int combinationDepth) {
            int[] hist = new int[items * points];
            long[] sum = new long[factors];
            long[] squares = new long[factors];
            int n = 0;
            for (String id : combination.unitIds()) {
                int u = index.get(id);
                n += rolledUp[u];
                add(hist, histogram[u]);
                add(sum, factorSum[u]);
                add(squares, factorSquares[u]);
            }
            GroupResult prev = previous.otherTeams(combination);
            GroupResult result = group(n, hist, sum, squares, false, List.of(), prev);
            return new OtherTeamsResult(
                    combination.id(),
                    combination.parentId(),
                    combination.label(),
                    combination.unitIds(),
                    combinationDepth,
                    result);
        }

        private GroupResult group(int u, boolean commentsShown, GroupResult prev) {
            List<String> shown = commentsShown ? subtreeComments(u) : List.of();
            return group(rolledUp[u], histogram[u], factorSum[u], factorSquares[u], commentsShown, shown, prev);
        }

        private List<String> subtreeComments(int u) {
            List<String> out = new ArrayList<>();
            int[] stack = new int[org + 1];
            int top = 0;
            stack[top++] = u;
            while (top > 0) {
                int v = stack[--top];
                List<String> own = comments.get(v);
                if (own != null) {
                    out.addAll(own);
                }
                for (int child : children.get(v)) {
                    stack[top++] = child;
                }
            }
            out.sort(COMMENT_ORDER);
            return out;
        }

        /** A group's figures from its counts; n ≥ k ≥ 3, so every variance is defined. */
        private GroupResult group(
                int n,
                int[] hist,
                long[] sum,
                long[] squares,
                boolean commentsShown,
                List<String> shownComments,
                GroupResult prev) {
            double pairs = (double) n * (n - 1);
            double[] itemVariance = new double[items];
            List<ItemResult> itemResults = new ArrayList<>(items);
            long[] counts = new long[points];
            for (int i = 0; i < items; i++) {
                long s = 0;
                long q = 0;
                for (int p = 0; p < points; p++) {
                    long c = hist[i * points + p];
                    counts[p] = c;
                    s += c * (p + 1);
                    q += c * (p + 1) * (p + 1);
                }
                itemVariance[i] = Math.max(0, n * q - s * s) / pairs;
                itemResults.add(new ItemResult(
                        itemKeys[i],
                        factorKeys[itemFactor[i]],
                        reverse[i],
                        n,
                        (double) s / n,
                        Math.sqrt(itemVariance[i]),
                        Distribution.of(counts)));
            }
            List<FactorResult> factorResults = new ArrayList<>(factors);
            for (int f = 0; f < factors; f++) {
                int k = factorSize[f];
                Arrays.fill(counts, 0);
                double meanVariance = 0;
                for (int i = factorStart[f]; i < factorStart[f] + k; i++) {
                    for (int p = 0; p < points; p++) {
                        counts[p] += hist[i * points + p];
                    }
                    meanVariance += itemVariance[i];
                }
                meanVariance /= k;
                double mean = (double) sum[f] / ((long) n * k);
                double sumVariance = Math.max(0, n * squares[f] - sum[f] * sum[f]) / pairs;
                double rwg = agreement.index(meanVariance, k);
                Double change = change(prev, factorKeys[f], mean);
                factorResults.add(new FactorResult(
                        factorKeys[f],
                        mean,
                        Math.sqrt(sumVariance) / k,
                        Distribution.of(counts),
                        rwg,
                        rwg < AGREEMENT_CUT_OFF,
                        change));
            }
            return new GroupResult(n, factorResults, itemResults, commentsShown, shownComments);
        }

        private static Double change(GroupResult prev, String factorKey, double mean) {
            if (prev == null) {
                return null;
            }
            for (FactorResult f : prev.factors()) {
                if (f.factorKey().equals(factorKey)) {
                    return mean - f.mean();
                }
            }
            return null;
        }

        /**
         * The organisation's sums for reliability and ICC: item cross-products per factor, summed
         * exactly during the pass, and the ANOVA sums of squares of the own units.
         */
        private final class Reliability {
            final long[][] crossProducts; // per factor: Σ s_i·s_j over respondents, i ≤ j, row by row
            final double[] ssBetween = new double[factors];
            final double[] ssWithin = new double[factors];
            int iccRespondents;
            int iccGroups;

            Reliability() {
                crossProducts = new long[factors][];
                for (int f = 0; f < factors; f++) {
                    crossProducts[f] = new long[factorSize[f] * (factorSize[f] + 1) / 2];
                }
            }

            void add(int[] scores) {
                for (int f = 0; f < factors; f++) {
                    long[] cross = crossProducts[f];
                    int start = factorStart[f];
                    int end = start + factorSize[f];
                    int p = 0;
                    for (int i = start; i < end; i++) {
                        int si = scores[i];
                        for (int j = i; j < end; j++) {
                            cross[p++] += si * scores[j];
                        }
                    }
                }
            }

            /**
             * One-way ANOVA of the factor scores on the own units with 2 or more respondents; must
             * run while {@code rolledUp}, {@code factorSum} and {@code factorSquares} still hold
             * each unit's own respondents.
             */
            void takeIccSums() {
                long[] total = new long[factors];
                for (int u = 0; u < org; u++) {
                    if (rolledUp[u] >= 2) {
                        iccRespondents += rolledUp[u];
                        iccGroups++;
                        for (int f = 0; f < factors; f++) {
                            total[f] += factorSum[u][f];
                        }
                    }
                }
                for (int u = 0; u < org; u++) {
                    int n = rolledUp[u];
                    if (n >= 2) {
                        for (int f = 0; f < factors; f++) {
                            // on item sums; divided by k² below to give factor-score units
                            long s = factorSum[u][f];
                            ssWithin[f] += (double) (n * factorSquares[u][f] - s * s) / n;
                            double d = (double) s / n - (double) total[f] / iccRespondents;
                            ssBetween[f] += n * d * d;
                        }
                    }
                }
                for (int f = 0; f < factors; f++) {
                    double kk = (double) factorSize[f] * factorSize[f];
                    ssWithin[f] /= kk;
                    ssBetween[f] /= kk;
                }
            }

            List<FactorQuality> quality() {
                List<FactorQuality> out = new ArrayList<>(factors);
                for (int f = 0; f < factors; f++) {
                    Coefficient icc1;
                    Coefficient icc2;
                    if (iccGroups < 2) {
                        icc1 = Coefficient.notComputable("needs at least 2 units with 2 or more respondents");
                        icc2 = icc1;
                    } else {
                        try {
                            IccResult icc = IntraclassCorrelation.fromSumsOfSquares(
                                    iccRespondents, iccGroups, 0, ssBetween[f], ssWithin[f]);
                            icc1 = Coefficient.of(icc.icc1());
                            icc2 = Coefficient.of(icc.icc2());
                        } catch (IllegalArgumentException e) {
                            icc1 = Coefficient.notComputable(e.getMessage());
                            icc2 = icc1;
                        }
                    }
                    out.add(new FactorQuality(
                            factorKeys[f],
                            factorSize[f],
                            alpha(f),
                            omega(f),
                            icc1,
                            icc2,
                            ClimateReading.of(icc1, icc2)));
                }
                return out;
            }

            /** Item means and covariance matrix (n − 1) of a factor, from the organisation's counts. */
            private double[][] moments(int f, double[] means) {
                int n = rolledUp[org];
                int k = factorSize[f];
                int start = factorStart[f];
                long[] sums = new long[k];
                int[] hist = histogram[org];
                for (int j = 0; j < k; j++) {
                    for (int p = 0; p < points; p++) {
                        sums[j] += (long) hist[(start + j) * points + p] * (p + 1);
                    }
                    means[j] = (double) sums[j] / n;
                }
                double pairs = (double) n * (n - 1);
                double[][] covariance = new double[k][k];
                long[] cross = crossProducts[f];
                for (int i = 0, p = 0; i < k; i++) {
                    for (int j = i; j < k; j++, p++) {
                        covariance[i][j] = (n * cross[p] - sums[i] * sums[j]) / pairs;
                        covariance[j][i] = covariance[i][j];
                    }
                }
                return covariance;
            }

            private Coefficient alpha(int f) {
                if (factorSize[f] < 2) {
                    return Coefficient.notComputable("needs at least 2 items");
                }
                try {
                    double[] means = new double[factorSize[f]];
                    double[][] covariance = moments(f, means);
                    return Coefficient.of(ScaleReliability.alpha(rolledUp[org], means, covariance)
                            .alpha());
                } catch (IllegalArgumentException e) {
                    return Coefficient.notComputable(e.getMessage());
                }
            }

            private Coefficient omega(int f) {
                if (factorSize[f] < 3) {
                    return Coefficient.notComputable("needs at least 3 items");
                }
                try {
                    double[] means = new double[factorSize[f]];
                    double[][] covariance = moments(f, means);
                    OmegaResult omega = ScaleReliability.omega(rolledUp[org], means, covariance);
                    if (omega.heywoodCase()) {
                        return Coefficient.notComputable("the one-factor solution is improper (Heywood case)");
                    }
                    return Coefficient.of(omega.omegaTotal());
                } catch (IllegalArgumentException e) {
                    return Coefficient.notComputable(e.getMessage());
                }
            }
        }
    }

    /** The shown results of the previous round, for the change figures. */
    private static final class Previous {
        final Map<String, GroupResult> units = new HashMap<>();
        final Map<String, OtherTeamsResult> otherTeams = new HashMap<>();
        final GroupResult organisation;

        Previous(RoundResults results, int points) {
            if (results == null) {
                organisation = null;
                return;
            }
            if (results.scalePoints() != points) {
                throw new IllegalArgumentException("the previous round used " + results.scalePoints()
                        + " scale points and this one " + points + "; their means cannot be compared");
            }
            organisation = results.organisation().result();
            for (UnitResult u : results.units()) {
                if (u.visible()) {
                    units.put(u.unitId(), u.result());
                }
            }
            for (OtherTeamsResult o : results.otherTeams()) {
                otherTeams.put(o.id(), o);
            }
        }

        GroupResult unit(String id) {
            return units.get(id);
        }

        GroupResult organisation() {
            return organisation;
        }

        GroupResult otherTeams(CombinedTeams now) {
            OtherTeamsResult before = otherTeams.get(now.id());
            if (before == null || !new HashSet<>(before.unitIds()).equals(new HashSet<>(now.unitIds()))) {
                return null;
            }
            return before.result();
        }
    }

    private static void add(int[] to, int[] from) {
        for (int i = 0; i < to.length; i++) {
            to[i] += from[i];
        }
    }

    private static void add(long[] to, long[] from) {
        for (int i = 0; i < to.length; i++) {
            to[i] += from[i];
        }
    }
}

package org.cocrea.engagement.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Capability profiles: five abilities, each identified along two paths and normalised against the
 * population.
 *
 * <p><b>Raw path scores</b> ({@link #raw(CapabilityInputs)}); a path without evidence is NaN, not 0:
 *
 * <table>
 *   <caption>Raw scores per ability and path</caption>
 *   <tr><th>ability</th><th>result-oriented</th><th>process-oriented</th><th>evidence when</th></tr>
 *   <tr><td>innovation</td><td>accepted + 2 × implemented ideas</td><td>votes received on ideas</td>
 *       <td>an idea was submitted</td></tr>
 *   <tr><td>communication</td><td>accepted answers</td><td>helpful votes + replies received</td>
 *       <td>result: an answer given; process: a comment or answer written</td></tr>
 *   <tr><td>recommendation</td><td>converted referrals</td><td>helpful votes on reviews</td>
 *       <td>result: a referral made; process: a review written</td></tr>
 *   <tr><td>learning</td><td>slope of the accepted share per period</td>
 *       <td>slope of helpful votes per contribution per period</td>
 *       <td>at least two periods with contributions</td></tr>
 *   <tr><td>knowledge level</td><td>accepted test findings</td>
 *       <td>answers × 24 / (24 + median answer hours)</td>
 *       <td>result: a finding reported; process: an answer given</td></tr>
 * </table>
 *
 * <p>The slopes are least-squares slopes of the period values against the period's position (0, 1,
 * 2, … in the list, so gaps keep their spacing), over the periods with at least one contribution.
 * The answer-speed term counts an immediate answer fully and one that takes a day half.
 *
 * <p><b>Normalisation</b>: each path's raw score becomes its percentile rank among the
 * stakeholders with evidence on that path ({@link PercentileRanks}, ties averaged, 0..100).
 * Because ranks only depend on order, counts and slopes on different scales become comparable and
 * no scale constants are needed.
 *
 * <p><b>Ability</b> = (s · P<sub>result</sub> + (1 − s) · P<sub>process</sub>), with s the
 * result share (0.5 by default, set per ability), taken over the paths with evidence only (a single
 * path counts alone); 0 when neither path has evidence. Read a score of 80 as "on the paths we
 * can see, ahead of about 80 % of the stakeholders who took part in that way".
 *
 * <p>For large populations use the three steps separately: {@link #raw} per stakeholder (when its
 * counters change), {@link CapabilityNorms#of} once per run, then {@link #profile} per stakeholder.
 */
public final class CapabilityCalculator {

    /** The default threshold of a strong member in {@link #collective}. */
    public static final double STRONG_ABOVE = 75;

    private final Map<Ability, Double> resultShare;

    /** Result and process paths weigh equally for every ability. */
    public CapabilityCalculator() {
        this(Map.of());
    }

    /**
     * @param resultShare per ability, the weight of the result-oriented path, 0..1 (the process path
     *     gets the rest); abilities not given keep 0.5
     */
    public CapabilityCalculator(Map<Ability, Double> resultShare) {
        EnumMap<Ability, Double> m = new EnumMap<>(Ability.class);
        for (Ability a : Ability.values()) {
            m.put(a, 0.5);
        }
        resultShare.forEach((a, s) -> {
            if (s == null || !(s >= 0 && s <= 1)) {
                throw new IllegalArgumentException(
                        "The result share of " + a.label() + " must be 0..1 (0.5 weighs both paths equally), was " + s);
            }
            m.put(a, s);
        });
        this.resultShare = Collections.unmodifiableMap(m);
    }

    public Map<Ability, Double> resultShare() {
        return resultShare;
    }

    /** The raw path scores of one stakeholder (see the class description). */
    public static RawCapability raw(CapabilityInputs in) {
        int n = Ability.values().length;
        double[] r = new double[n];
        double[] p = new double[n];
        boolean ideas = in.ideasSubmitted() > 0;
        set(r, Ability.INNOVATION, ideas, in.ideasAccepted() + 2.0 * in.ideasImplemented());
        set(p, Ability.INNOVATION, ideas, in.ideaVotesReceived());
        set(r, Ability.COMMUNICATION, in.answersGiven() > 0, in.answersAccepted());
        set(
                p,
                Ability.COMMUNICATION,
                in.commentsWritten() + in.answersGiven() > 0,
                in.helpfulVotesReceived() + in.repliesReceived());
        set(r, Ability.RECOMMENDATION, in.referralsMade() > 0, in.referralsConverted());
        set(p, Ability.RECOMMENDATION, in.reviewsGiven() > 0, in.reviewHelpfulVotes());
        r[Ability.LEARNING.ordinal()] = slope(in.periods(), false);
        p[Ability.LEARNING.ordinal()] = slope(in.periods(), true);
        set(r, Ability.KNOWLEDGE, in.testFindingsReported() > 0, in.testFindingsAccepted());
        set(
                p,
                Ability.KNOWLEDGE,
                in.answersGiven() > 0 && !Double.isNaN(in.medianAnswerHours()),
                in.answersGiven() * 24 / (24 + in.medianAnswerHours()));
        return new RawCapability(in.stakeholderId(), r, p);
    }

    private static void set(double[] target, Ability a, boolean evidence, double value) {
        target[a.ordinal()] = evidence ? value : Double.NaN;
    }

    /**
     * The least-squares slope of a per-period value against the period's position, over periods with
     * contributions: accepted / contributions, or helpful votes / contributions. NaN with fewer than
     * two such periods.
     */
    static double slope(List<PeriodOutcome> periods, boolean helpfulness) {
        int m = 0;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < periods.size(); i++) {
            PeriodOutcome o = periods.get(i);
            if (o.contributions() > 0) {
                m++;
                sx += i;
                sy += value(o, helpfulness);
            }
        }
        if (m < 2) {
            return Double.NaN;
        }
        double mx = sx / m;
        double my = sy / m;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < periods.size(); i++) {
            PeriodOutcome o = periods.get(i);
            if (o.contributions() > 0) {
                sxy += (i - mx) * (value(o, helpfulness) - my);
                sxx += (i - mx) * (i - mx);
            }
        }
        double b = sxy / sxx;
        return b == 0 ? 0 : b; // no negative zero
    }

    private static double value(PeriodOutcome o, boolean helpfulness) {
        return (helpfulness ? o.helpfulVotes() : o.accepted()) / (double) o.contributions();
    }

    /** The profile of one stakeholder against the norms of its population. */
    public CapabilityProfile profile(RawCapability raw, CapabilityNorms norms, LocalDate asOf) {
        EnumMap<Ability, AbilityScore> scores = new EnumMap<>(Ability.class);
        for (Ability a : Ability.values()) {
            double rr = raw.raw(a, CapabilityPath.RESULT);
            double pr = raw.raw(a, CapabilityPath.PROCESS);
            double rp = norms.percentile(a, CapabilityPath.RESULT, rr);
            double pp = norms.percentile(a, CapabilityPath.PROCESS, pr);
            double s = resultShare.get(a);
            double weight = 0;
            double sum = 0;
            if (!Double.isNaN(rp)) {
                weight += s;
                sum += s * rp;
            }
            if (!Double.isNaN(pp)) {
                weight += 1 - s;
                sum += (1 - s) * pp;
            }
            double score = weight > 0 ? sum / weight : 0;
            scores.put(a, new AbilityScore(a, score, rr, rp, pr, pp));
        }
        return new CapabilityProfile(raw.stakeholderId(), asOf, scores);
    }

    /** The profiles of a whole population, each ranked against all of them. */
    public List<CapabilityProfile> profiles(Collection<CapabilityInputs> population, LocalDate asOf) {
        List<RawCapability> raws = new ArrayList<>(population.size());
        for (CapabilityInputs in : population) {
            raws.add(raw(in));
        }
        CapabilityNorms norms = CapabilityNorms.of(raws);
        List<CapabilityProfile> out = new ArrayList<>(raws.size());
        for (RawCapability r : raws) {
            out.add(profile(r, norms, asOf));
        }
        return out;
    }

    /** The collective capability of a group, strong meaning a score above {@value #STRONG_ABOVE}. */
    public static CollectiveCapability collective(String group, Collection<CapabilityProfile> members) {
        return collective(group, members, STRONG_ABOVE);
    }

    /**
     * The collective capability of a group: per ability the members' mean score (members without
     * evidence count with their score 0) and the share of members scoring above {@code strongAbove}.
     */
    public static CollectiveCapability collective(
            String group, Collection<CapabilityProfile> members, double strongAbove) {
        EnumMap<Ability, Double> mean = new EnumMap<>(Ability.class);
        EnumMap<Ability, Double> strong = new EnumMap<>(Ability.class);
        int n = members.size();
        for (Ability a : Ability.values()) {
            double sum = 0;
            int above = 0;
            for (CapabilityProfile p : members) {
                double s = p.score(a);
                sum += s;
                if (s > strongAbove) {
                    above++;
                }
            }
            mean.put(a, n == 0 ? Double.NaN : sum / n);
            strong.put(a, n == 0 ? Double.NaN : (double) above / n);
        }
        return new CollectiveCapability(group, n, mean, strong, strongAbove);
    }
}

package org.cocrea.engagement.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Identification of the stakeholders to involve in co-creation: only a few with both strong
 * ability and strong willingness should be picked for deep co-creation.
 *
 * <ul>
 *   <li><b>Ability</b> = Σ w<sub>a</sub> · score<sub>a</sub> / Σ w<sub>a</sub> over the abilities
 *       chosen in the criteria (scores from the {@link CapabilityProfile}).
 *   <li><b>Willingness</b> = the engagement index ({@link EngagementIndex}).
 *   <li><b>Combined</b> = ability<sup>α</sup> × willingness<sup>1−α</sup> (α = 0.5: the geometric
 *       mean). A weighted geometric mean rewards balance: 80 and 20 give 40, whereas 50 and 50 give
 *       50; either at 0 gives 0.
 *   <li><b>Quadrant</b>: able when ability ≥ the ability cut-off, willing when willingness ≥ the
 *       willingness cut-off (50 and 50 by default): co-creators, willing but developing, able but
 *       reluctant, observers.
 *   <li><b>Filters</b>, applied in {@link Exclusion} order: kind, segment, region, consent to be
 *       contacted, risk at most the limit, minimum ability, minimum willingness.
 * </ul>
 *
 * <p>The ranking orders by the chosen key (combined by default), breaking ties by combined score,
 * ability, willingness and finally stakeholder id, so it is fully deterministic. A shortlist of
 * the top n keeps a bounded heap of n entries while it scans the candidates: O(m log n) for m
 * candidates, and it equals the first n of a full sort.
 */
public final class Identification {

    private final IdentificationCriteria criteria;
    private final Comparator<RankedCandidate> order;

    public Identification(IdentificationCriteria criteria) {
        this.criteria = Objects.requireNonNull(criteria, "criteria");
        Comparator<RankedCandidate> byKey =
                Comparator.comparingDouble(RankedCandidate::score).reversed();
        this.order = byKey.thenComparing(
                        Comparator.comparingDouble(RankedCandidate::combined).reversed())
                .thenComparing(
                        Comparator.comparingDouble(RankedCandidate::ability).reversed())
                .thenComparing(
                        Comparator.comparingDouble(RankedCandidate::willingness).reversed())
                .thenComparing(RankedCandidate::stakeholderId);
    }

    public IdentificationCriteria criteria() {
        return criteria;
    }

    /** The first filter a candidate fails, or empty when it matches. */
    public Optional<Exclusion> exclusion(Candidate c) {
        if (!criteria.kinds().isEmpty() && !criteria.kinds().contains(c.kind())) {
            return Optional.of(Exclusion.KIND);
        }
        if (!criteria.segments().isEmpty() && !criteria.segments().contains(c.segment())) {
            return Optional.of(Exclusion.SEGMENT);
        }
        if (!criteria.regions().isEmpty() && !criteria.regions().contains(c.region())) {
            return Optional.of(Exclusion.REGION);
        }
        if (criteria.requireConsent() && !c.consentToContact()) {
            return Optional.of(Exclusion.NO_CONSENT);
        }
        if (c.risk() > criteria.maxRisk()) {
            return Optional.of(Exclusion.RISK);
        }
        if (ability(c) < criteria.minAbility()) {
            return Optional.of(Exclusion.ABILITY);
        }
        if (c.willingness() < criteria.minWillingness()) {
            return Optional.of(Exclusion.WILLINGNESS);
        }
        return Optional.empty();
    }

    /** The weighted ability of a candidate over the chosen abilities. */
    public double ability(Candidate c) {
        double sum = 0;
        double weights = 0;
        for (Map.Entry<Ability, Double> e : criteria.abilityWeights().entrySet()) {
            sum += e.getValue() * c.abilities().get(e.getKey());
            weights += e.getValue();
        }
        return sum / weights;
    }

    /** ability<sup>α</sup> × willingness<sup>1−α</sup>. */
    public double combined(double ability, double willingness) {
        double alpha = criteria.abilityExponent();
        if ((ability == 0 && alpha > 0) || (willingness == 0 && alpha < 1)) {
            return 0;
        }
        return Math.pow(ability, alpha) * Math.pow(willingness, 1 - alpha);
    }

    /** The quadrant of a candidate. */
    public Quadrant quadrant(Candidate c) {
        return Quadrant.of(ability(c), c.willingness(), criteria.abilityCutoff(), criteria.willingnessCutoff());
    }

    /** The score breakdown of one candidate outside any ranking (rank 0). */
    public RankedCandidate breakdown(Candidate c) {
        RankedCandidate r = score(c);
        return withRank(r, 0, 0);
    }

    /** Every matching candidate, fully sorted, ranked from 1. */
    public List<RankedCandidate> rankAll(Collection<Candidate> candidates) {
        List<RankedCandidate> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            if (exclusion(c).isEmpty()) {
                scored.add(score(c));
            }
        }
        scored.sort(order);
        List<RankedCandidate> out = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            out.add(withRank(scored.get(i), i + 1, scored.size()));
        }
        return out;
    }

    /**
     * Ranks candidates already known to be the best of a larger matching set (a database query
     * filtered and ordered them): they are scored, sorted by this ranking's order and ranked from 1,
     * and each explanation counts {@code matching} stakeholders.
     */
    public List<RankedCandidate> rankTop(Collection<Candidate> best, int matching) {
        List<RankedCandidate> scored = new ArrayList<>();
        for (Candidate c : best) {
            if (exclusion(c).isEmpty()) {
                scored.add(score(c));
            }
        }
        scored.sort(order);
        List<RankedCandidate> out = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            out.add(withRank(scored.get(i), i + 1, Math.max(matching, scored.size())));
        }
        return out;
    }

    /**
     * The best {@code n} matching candidates, best first, with counts of the excluded ones and of
     * the quadrants of the matching ones. Uses a bounded heap, not a full sort.
     */
    public Shortlist shortlist(Collection<Candidate> candidates, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Ask for at least one candidate, was " + n);
        }
        PriorityQueue<RankedCandidate> worstFirst = new PriorityQueue<>(Math.min(n, 1024) + 1, order.reversed());
        EnumMap<Exclusion, Integer> excluded = new EnumMap<>(Exclusion.class);
        EnumMap<Quadrant, Integer> quadrants = new EnumMap<>(Quadrant.class);
        for (Exclusion e : Exclusion.values()) {
            excluded.put(e, 0);
        }
        for (Quadrant q : Quadrant.values()) {
            quadrants.put(q, 0);
        }
        int matching = 0;
        for (Candidate c : candidates) {
            Optional<Exclusion> why = exclusion(c);
            if (why.isPresent()) {
                excluded.merge(why.get(), 1, Integer::sum);
                continue;
            }
            matching++;
            RankedCandidate r = score(c);
            quadrants.merge(r.quadrant(), 1, Integer::sum);
            if (worstFirst.size() < n) {
                worstFirst.add(r);
            } else if (order.compare(r, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(r);
            }
        }
        List<RankedCandidate> top = new ArrayList<>(worstFirst);
        top.sort(order);
        List<RankedCandidate> ranked = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            ranked.add(withRank(top.get(i), i + 1, matching));
        }
        return new Shortlist(ranked, candidates.size(), matching, excluded, quadrants);
    }

    /** How many matching candidates fall in each quadrant. */
    public Map<Quadrant, Integer> quadrants(Collection<Candidate> candidates) {
        EnumMap<Quadrant, Integer> counts = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            counts.put(q, 0);
        }
        for (Candidate c : candidates) {
            if (exclusion(c).isEmpty()) {
                counts.merge(quadrant(c), 1, Integer::sum);
            }
        }
        return counts;
    }

    private RankedCandidate score(Candidate c) {
        double weights = 0;
        for (double w : criteria.abilityWeights().values()) {
            weights += w;
        }
        List<RankedCandidate.AbilityPart> parts = new ArrayList<>();
        for (Map.Entry<Ability, Double> e : criteria.abilityWeights().entrySet()) {
            parts.add(
                    new RankedCandidate.AbilityPart(e.getKey(), c.abilities().get(e.getKey()), e.getValue() / weights));
        }
        double ability = ability(c);
        double willingness = c.willingness();
        double combined = combined(ability, willingness);
        double key = switch (criteria.rankBy()) {
            case COMBINED -> combined;
            case ABILITY -> ability;
            case WILLINGNESS -> willingness;
        };
        Quadrant q = Quadrant.of(ability, willingness, criteria.abilityCutoff(), criteria.willingnessCutoff());
        return new RankedCandidate(0, c.stakeholderId(), key, combined, ability, willingness, q, parts, c.risk(), null);
    }

    private RankedCandidate withRank(RankedCandidate r, int rank, int of) {
        return new RankedCandidate(
                rank,
                r.stakeholderId(),
                r.score(),
                r.combined(),
                r.ability(),
                r.willingness(),
                r.quadrant(),
                r.abilityParts(),
                r.risk(),
                explain(r, rank, of));
    }

    private String explain(RankedCandidate r, int rank, int of) {
        StringBuilder s = new StringBuilder();
        if (rank > 0) {
            s.append("Rank ").append(rank).append(" of ").append(of).append(" matching stakeholders, ");
        } else {
            s.append("Not ranked; ");
        }
        double alpha = criteria.abilityExponent();
        String combinedText = String.format(
                Locale.ROOT,
                "combined %.1f = ability %.1f^%s × willingness %.1f^%s",
                r.combined(),
                r.ability(),
                trim(alpha),
                r.willingness(),
                trim(1 - alpha));
        switch (criteria.rankBy()) {
            case COMBINED -> s.append("ranked by ").append(combinedText).append('.');
            case ABILITY ->
                s.append(String.format(
                        Locale.ROOT, "ranked by ability %.1f (ties broken by %s).", r.ability(), combinedText));
            case WILLINGNESS ->
                s.append(String.format(
                        Locale.ROOT, "ranked by willingness %.1f (ties broken by %s).", r.willingness(), combinedText));
        }
        s.append(String.format(Locale.ROOT, " Ability %.1f = ", r.ability()));
        for (int i = 0; i < r.abilityParts().size(); i++) {
            RankedCandidate.AbilityPart p = r.abilityParts().get(i);
            s.append(i == 0 ? "" : " + ")
                    .append(String.format(
                            Locale.ROOT, "%s %.1f × %.0f%%", p.ability().label(), p.score(), 100 * p.share()));
        }
        s.append(String.format(Locale.ROOT, ". Willingness %.1f is the engagement index. ", r.willingness()));
        s.append(capitalise(r.quadrant().label()))
                .append(String.format(
                        Locale.ROOT,
                        " (ability %s %s, willingness %s %s): %s.",
                        r.ability() >= criteria.abilityCutoff() ? "≥" : "<",
                        Codes.format(criteria.abilityCutoff()),
                        r.willingness() >= criteria.willingnessCutoff() ? "≥" : "<",
                        Codes.format(criteria.willingnessCutoff()),
                        r.quadrant().advice()));
        if (r.risk() > 0) {
            s.append(String.format(Locale.ROOT, " Co-destruction risk %.1f.", r.risk()));
        }
        return s.toString();
    }

    private static String trim(double v) {
        String t = String.format(Locale.ROOT, "%.2f", v);
        t = t.replaceAll("0+$", "");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

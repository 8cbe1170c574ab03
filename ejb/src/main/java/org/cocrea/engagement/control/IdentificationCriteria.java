package org.cocrea.engagement.control;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the innovation office is looking for when it picks stakeholders; build with {@link
 * #builder()}.
 *
 * @param abilityWeights the abilities that matter and their relative weights (> 0); by default all
 *     five with weight 1
 * @param rankBy what the ranking orders by
 * @param abilityExponent α in the combined score ability<sup>α</sup> × willingness<sup>1−α</sup>,
 *     0..1, default 0.5 (the geometric mean)
 * @param abilityCutoff the ability from which a stakeholder counts as able (default 50)
 * @param willingnessCutoff the willingness from which a stakeholder counts as willing (default 50)
 * @param segments the segments to keep; empty = any
 * @param regions the regions to keep; empty = any
 * @param kinds the kinds to keep; empty = any
 * @param minAbility the lowest ability kept (default 0)
 * @param minWillingness the lowest willingness kept (default 0)
 * @param requireConsent keep only stakeholders who agreed to be contacted (default true)
 * @param maxRisk the highest co-destruction risk kept (default 100, no limit)
 */
public record IdentificationCriteria(
        Map<Ability, Double> abilityWeights,
        RankBy rankBy,
        double abilityExponent,
        double abilityCutoff,
        double willingnessCutoff,
        Set<String> segments,
        Set<String> regions,
        Set<StakeholderKind> kinds,
        double minAbility,
        double minWillingness,
        boolean requireConsent,
        double maxRisk) {

    /** What the ranking orders by. Ties are broken by the combined score, ability, willingness, id. */
    public enum RankBy {
        /** ability<sup>α</sup> × willingness<sup>1−α</sup>: both are needed for a high rank. */
        COMBINED,
        /** The weighted ability alone. */
        ABILITY,
        /** The engagement index alone. */
        WILLINGNESS
    }

    public IdentificationCriteria {
        if (abilityWeights == null || abilityWeights.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one ability.");
        }
        EnumMap<Ability, Double> w = new EnumMap<>(abilityWeights);
        w.forEach((a, v) -> {
            if (v == null || !(v > 0 && v <= 1000)) {
                throw new IllegalArgumentException("The weight of " + a.label() + " must be above 0, was " + v);
            }
        });
        abilityWeights = Collections.unmodifiableMap(w);
        if (rankBy == null) {
            throw new IllegalArgumentException("rankBy must be given");
        }
        if (!(abilityExponent >= 0 && abilityExponent <= 1)) {
            throw new IllegalArgumentException("abilityExponent must be 0..1, was " + abilityExponent);
        }
        score("abilityCutoff", abilityCutoff);
        score("willingnessCutoff", willingnessCutoff);
        score("minAbility", minAbility);
        score("minWillingness", minWillingness);
        score("maxRisk", maxRisk);
        segments = segments == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(segments));
        regions = regions == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(regions));
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    private static void score(String name, double v) {
        if (!(v >= 0 && v <= 100)) {
            throw new IllegalArgumentException(name + " must be 0..100, was " + v);
        }
    }

    /** All abilities weigh 1, combined ranking, cut-offs 50/50, consent required, no other filter. */
    public static IdentificationCriteria defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds criteria; every setting starts at its default. */
    public static final class Builder {
        private final EnumMap<Ability, Double> abilityWeights = new EnumMap<>(Ability.class);
        private RankBy rankBy = RankBy.COMBINED;
        private double abilityExponent = 0.5;
        private double abilityCutoff = 50;
        private double willingnessCutoff = 50;
        private final Set<String> segments = new LinkedHashSet<>();
        private final Set<String> regions = new LinkedHashSet<>();
        private final Set<StakeholderKind> kinds = EnumSet.noneOf(StakeholderKind.class);
        private double minAbility;
        private double minWillingness;
        private boolean requireConsent = true;
        private double maxRisk = 100;

        private Builder() {}

        /** Chooses an ability with a weight; once any is chosen, only the chosen ones count. */
        public Builder ability(Ability ability, double weight) {
            abilityWeights.put(ability, weight);
            return this;
        }

        public Builder rankBy(RankBy rankBy) {
            this.rankBy = rankBy;
            return this;
        }

        public Builder abilityExponent(double alpha) {
            this.abilityExponent = alpha;
            return this;
        }

        public Builder cutoffs(double ability, double willingness) {
            this.abilityCutoff = ability;
            this.willingnessCutoff = willingness;
            return this;
        }

        public Builder segments(Collection<String> segments) {
            this.segments.addAll(segments);
            return this;
        }

        public Builder regions(Collection<String> regions) {
            this.regions.addAll(regions);
            return this;
        }

        public Builder kinds(Collection<StakeholderKind> kinds) {
            this.kinds.addAll(kinds);
            return this;
        }

        public Builder minScores(double ability, double willingness) {
            this.minAbility = ability;
            this.minWillingness = willingness;
            return this;
        }

        public Builder requireConsent(boolean requireConsent) {
            this.requireConsent = requireConsent;
            return this;
        }

        public Builder maxRisk(double maxRisk) {
            this.maxRisk = maxRisk;
            return this;
        }

        public IdentificationCriteria build() {
            Map<Ability, Double> w = abilityWeights;
            if (w.isEmpty()) {
                w = new EnumMap<>(Ability.class);
                for (Ability a : Ability.values()) {
                    w.put(a, 1.0);
                }
            }
            return new IdentificationCriteria(
                    w,
                    rankBy,
                    abilityExponent,
                    abilityCutoff,
                    willingnessCutoff,
                    segments,
                    regions,
                    kinds,
                    minAbility,
                    minWillingness,
                    requireConsent,
                    maxRisk);
        }
    }
}

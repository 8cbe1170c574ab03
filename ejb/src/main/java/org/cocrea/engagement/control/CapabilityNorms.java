package org.cocrea.engagement.control;

import java.util.Collection;

/**
 * The population every path score is ranked against: one {@link PercentileRanks} per ability and
 * path, built from the raw scores of the stakeholders with evidence on that path. Building sorts ten
 * arrays once; afterwards each look-up is O(log n).
 */
public final class CapabilityNorms {

    private final PercentileRanks[][] ranks;

    private CapabilityNorms(PercentileRanks[][] ranks) {
        this.ranks = ranks;
    }

    /** Norms from a population's raw scores. */
    public static CapabilityNorms of(Collection<RawCapability> population) {
        Ability[] abilities = Ability.values();
        CapabilityPath[] paths = CapabilityPath.values();
        PercentileRanks[][] ranks = new PercentileRanks[abilities.length][paths.length];
        double[] values = new double[population.size()];
        for (Ability a : abilities) {
            for (CapabilityPath p : paths) {
                int i = 0;
                for (RawCapability r : population) {
                    values[i++] = r.raw(a, p);
                }
                ranks[a.ordinal()][p.ordinal()] = PercentileRanks.of(values);
            }
        }
        return new CapabilityNorms(ranks);
    }

    /** The percentile rank of a raw path score, 0..100; NaN for NaN (no evidence). */
    public double percentile(Ability ability, CapabilityPath path, double raw) {
        return ranks[ability.ordinal()][path.ordinal()].percentile(raw);
    }

    /** How many stakeholders have evidence on a path. */
    public int withEvidence(Ability ability, CapabilityPath path) {
        return ranks[ability.ordinal()][path.ordinal()].size();
    }
}

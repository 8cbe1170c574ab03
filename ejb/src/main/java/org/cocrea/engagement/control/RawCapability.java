package org.cocrea.engagement.control;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * One stakeholder's raw path scores before normalisation: for each ability a result-oriented and a
 * process-oriented number, NaN where there is no evidence (the stakeholder never did the kind of
 * activity the path looks at). Computed by {@link CapabilityCalculator#raw(CapabilityInputs)}; small
 * enough to keep per stakeholder and update when the stakeholder's counters change.
 */
public final class RawCapability {

    private final String stakeholderId;
    private final double[] result;
    private final double[] process;

    RawCapability(String stakeholderId, double[] result, double[] process) {
        this.stakeholderId = Objects.requireNonNull(stakeholderId, "stakeholderId");
        this.result = result;
        this.process = process;
    }

    /** Raw scores given directly (NaN = no evidence), e.g. when read back from storage. */
    /**
     * From stored path scores, indexed by {@link Ability#ordinal()} (NaN = no evidence); the arrays
     * are copied.
     */
    public static RawCapability ofArrays(String stakeholderId, double[] result, double[] process) {
        if (result.length != Ability.values().length || process.length != Ability.values().length) {
            throw new IllegalArgumentException("one raw score per ability is needed on each path");
        }
        return new RawCapability(stakeholderId, result.clone(), process.clone());
    }

    public static RawCapability of(String stakeholderId, Map<Ability, Double> result, Map<Ability, Double> process) {
        double[] r = new double[Ability.values().length];
        double[] p = new double[Ability.values().length];
        for (Ability a : Ability.values()) {
            r[a.ordinal()] = result.getOrDefault(a, Double.NaN);
            p[a.ordinal()] = process.getOrDefault(a, Double.NaN);
        }
        return new RawCapability(stakeholderId, r, p);
    }

    public String stakeholderId() {
        return stakeholderId;
    }

    /** The raw score of one path of one ability; NaN when there is no evidence. */
    public double raw(Ability ability, CapabilityPath path) {
        return path == CapabilityPath.RESULT ? result[ability.ordinal()] : process[ability.ordinal()];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawCapability other
                && stakeholderId.equals(other.stakeholderId)
                && Arrays.equals(result, other.result)
                && Arrays.equals(process, other.process);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stakeholderId, Arrays.hashCode(result), Arrays.hashCode(process));
    }

    @Override
    public String toString() {
        return "RawCapability{" + stakeholderId + ", result=" + Arrays.toString(result) + ", process="
                + Arrays.toString(process) + "}";
    }
}

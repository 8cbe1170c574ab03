package org.cocrea.engagement.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The last day a stakeholder did an activity of each type (on or before the as-of date, at any
 * time, not only inside the window). Kept per type so that switching a type off in {@link
 * EngagementWeights} (weight 0) also removes it from recency.
 */
public final class LastActivity {

    static final int NEVER = Integer.MIN_VALUE;

    private final int[] epochDays;

    LastActivity() {
        epochDays = new int[ActivityType.COUNT];
        Arrays.fill(epochDays, NEVER);
    }

    private LastActivity(int[] epochDays) {
        this.epochDays = epochDays;
    }

    /** Never any activity. */
    public static LastActivity never() {
        return new LastActivity();
    }

    /** The last day of a type, if any. */
    public Optional<LocalDate> of(ActivityType type) {
        int d = epochDays[type.ordinal()];
        return d == NEVER ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(d));
    }

    /** The last day of any of the types accepted by the filter, if any. */
    public Optional<LocalDate> latest(Predicate<ActivityType> types) {
        int d = latestEpochDay(types);
        return d == NEVER ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(d));
    }

    int latestEpochDay(Predicate<ActivityType> types) {
        int best = NEVER;
        for (ActivityType t : ActivityType.values()) {
            if (types.test(t)) {
                best = Math.max(best, epochDays[t.ordinal()]);
            }
        }
        return best;
    }

    /** The last day of the types with a weight above 0 (weights indexed by type ordinal). */
    int latestEpochDay(double[] typeWeights) {
        int best = NEVER;
        for (int t = 0; t < epochDays.length; t++) {
            if (typeWeights[t] > 0 && epochDays[t] > best) {
                best = epochDays[t];
            }
        }
        return best;
    }

    void seen(ActivityType type, int epochDay) {
        int i = type.ordinal();
        if (epochDay > epochDays[i]) {
            epochDays[i] = epochDay;
        }
    }

    /** An independent copy. */
    public LastActivity copy() {
        return new LastActivity(epochDays.clone());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LastActivity other && Arrays.equals(epochDays, other.epochDays);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(epochDays);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("LastActivity{");
        boolean first = true;
        for (ActivityType t : ActivityType.values()) {
            if (epochDays[t.ordinal()] != NEVER) {
                s.append(first ? "" : ", ")
                        .append(t.code())
                        .append('=')
                        .append(LocalDate.ofEpochDay(epochDays[t.ordinal()]));
                first = false;
            }
        }
        return s.append('}').toString();
    }
}

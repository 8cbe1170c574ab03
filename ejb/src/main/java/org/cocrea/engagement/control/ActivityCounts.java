package org.cocrea.engagement.control;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * How many activities of each type a stakeholder did over some days, and the sum of their weights
 * (multipliers) in thousandths. Twelve counts and twelve sums, so a window of any length costs the
 * same to keep; integer sums, so adding a day and later taking it away again leaves exactly what
 * was there.
 *
 * <p>Immutable from outside this package; {@link RollingEngagement} and {@link ActivityHistory}
 * update their own instances in place.
 */
public final class ActivityCounts {

    private final int[] counts;
    private final long[] weightMillis;

    ActivityCounts() {
        this(new int[ActivityType.COUNT], new long[ActivityType.COUNT]);
    }

    private ActivityCounts(int[] counts, long[] weightMillis) {
        this.counts = counts;
        this.weightMillis = weightMillis;
    }

    /** No activity. */
    public static ActivityCounts none() {
        return new ActivityCounts();
    }

    /** Counts where every activity has weight 1, from type → count. */
    public static ActivityCounts of(Map<ActivityType, Integer> counts) {
        ActivityCounts c = new ActivityCounts();
        counts.forEach((t, n) -> c.add(t, n, 1000L * n));
        return c;
    }

    /** Number of activities of a type. */
    public int count(ActivityType type) {
        return counts[type.ordinal()];
    }

    /** Sum of the multipliers of the activities of a type, in thousandths (1000 per plain activity). */
    public long weightMillis(ActivityType type) {
        return weightMillis[type.ordinal()];
    }

    int count(int typeOrdinal) {
        return counts[typeOrdinal];
    }

    long weightMillis(int typeOrdinal) {
        return weightMillis[typeOrdinal];
    }

    /** Number of activities of all types. */
    public int total() {
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        return n;
    }

    /** Whether there is no activity at all. */
    public boolean isEmpty() {
        return total() == 0;
    }

    void add(ActivityType type, int count, long millis) {
        counts[type.ordinal()] += count;
        weightMillis[type.ordinal()] += millis;
    }

    void add(ActivityCounts other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
            weightMillis[i] += other.weightMillis[i];
        }
    }

    void subtract(ActivityCounts other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] -= other.counts[i];
            weightMillis[i] -= other.weightMillis[i];
        }
    }

    /** An independent copy. */
    public ActivityCounts copy() {
        return new ActivityCounts(counts.clone(), weightMillis.clone());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActivityCounts other
                && Arrays.equals(counts, other.counts)
                && Arrays.equals(weightMillis, other.weightMillis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(counts), Arrays.hashCode(weightMillis));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ActivityCounts{");
        boolean first = true;
        for (ActivityType t : ActivityType.values()) {
            if (counts[t.ordinal()] != 0 || weightMillis[t.ordinal()] != 0) {
                s.append(first ? "" : ", ")
                        .append(t.code())
                        .append('=')
                        .append(counts[t.ordinal()])
                        .append('/')
                        .append(weightMillis[t.ordinal()]);
                first = false;
            }
        }
        return s.append('}').toString();
    }
}

package org.cocrea.engagement.control;

import java.time.LocalDate;

/**
 * The stored window totals of one stakeholder (one row per activity type: count, multipliers in
 * thousandths, last day of the type) turned back into {@link EngagementInputs}. The scoring run reads
 * the rows ordered by stakeholder, adds them here and asks for the inputs; {@link #clear()} starts
 * the next stakeholder without new allocations.
 */
public final class WindowTotals {

    private ActivityCounts counts = ActivityCounts.none();
    private LastActivity last = LastActivity.never();
    private boolean empty = true;

    /**
     * Adds one stored row.
     *
     * @param count activities of the type inside the window (0 when only the last day is known)
     * @param weightMillis their multipliers in thousandths
     * @param lastDay the last day of the type at any time, or null
     */
    public void add(ActivityType type, int count, long weightMillis, LocalDate lastDay) {
        if (count < 0 || weightMillis < 0) {
            throw new IllegalArgumentException(
                    "window totals cannot be negative: " + type.code() + " " + count + "/" + weightMillis);
        }
        counts.add(type, count, weightMillis);
        if (lastDay != null) {
            last.seen(type, Math.toIntExact(lastDay.toEpochDay()));
        }
        empty = false;
    }

    /** Whether no row was added since the last {@link #clear()}. */
    public boolean isEmpty() {
        return empty;
    }

    /** The inputs of the rows added so far. */
    public EngagementInputs inputs(String stakeholderId, LocalDate asOf, int windowDays) {
        return new EngagementInputs(stakeholderId, asOf, windowDays, counts, last);
    }

    /** Forgets the rows added, for the next stakeholder. */
    public void clear() {
        counts = ActivityCounts.none();
        last = LastActivity.never();
        empty = true;
    }
}

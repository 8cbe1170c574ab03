package org.cocrea.engagement.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;

/**
 * What the engagement index of one stakeholder at one date is computed from: the activity totals
 * inside the window (the {@code windowDays} days ending on {@code asOf}, both ends included) and
 * the last day of each activity type at any time up to {@code asOf}.
 *
 * <p>Built either in full from an {@link ActivityHistory} ({@link #from}) or kept up to date day by
 * day by {@link RollingEngagement}; both give equal inputs.
 *
 * @param stakeholderId whose inputs these are
 * @param asOf the date the index is computed for (the last day of the window)
 * @param windowDays the window's length in days
 * @param window the activity totals of the window's days
 * @param lastActivity the last day of each type on or before {@code asOf}
 */
public record EngagementInputs(
        String stakeholderId, LocalDate asOf, int windowDays, ActivityCounts window, LastActivity lastActivity) {

    public EngagementInputs {
        Objects.requireNonNull(stakeholderId, "stakeholderId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lastActivity, "lastActivity");
        if (windowDays < 1) {
            throw new IllegalArgumentException("windowDays must be at least 1, was " + windowDays);
        }
        window = window.copy();
        lastActivity = lastActivity.copy();
    }

    /** The first day of the window: {@code asOf − (windowDays − 1)}. */
    public LocalDate windowStart() {
        return asOf.minusDays(windowDays - 1L);
    }

    /** The full computation from a stakeholder's daily history. */
    public static EngagementInputs from(String stakeholderId, ActivityHistory history, LocalDate asOf, int windowDays) {
        LocalDate start = asOf.minusDays(windowDays - 1L);
        return new EngagementInputs(
                stakeholderId, asOf, windowDays, history.between(start, asOf), history.lastActivity(asOf));
    }

    /**
     * The full computation from raw activities of one stakeholder (activities of other stakeholders
     * or after {@code asOf} are ignored).
     */
    public static EngagementInputs from(
            String stakeholderId, Collection<Activity> activities, LocalDate asOf, int windowDays, ZoneId zone) {
        ActivityHistory h = new ActivityHistory();
        for (Activity a : activities) {
            if (a.stakeholderId().equals(stakeholderId) && !a.day(zone).isAfter(asOf)) {
                h.add(a, zone);
            }
        }
        return from(stakeholderId, h, asOf, windowDays);
    }
}

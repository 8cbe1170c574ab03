package org.cocrea.engagement.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The engagement inputs of a whole population, kept current one day at a time instead of being
 * recomputed from the full history.
 *
 * <p>Per stakeholder it holds the daily history ({@link ActivityHistory}), the totals of the window
 * and the last day of each type. Recording an activity adds it to its stakeholder's history and,
 * when its day is inside the window, to the window totals. Advancing the as-of date takes away the
 * days that leave the window; an index of day → stakeholders with activity on that day means only
 * those stakeholders are touched. A daily run therefore costs in proportion to the day's new
 * activities plus the activity leaving the window, not to the whole history; scoring the population
 * afterwards is one pass of constant work per stakeholder ({@link EngagementIndex#score}).
 *
 * <p>For every stakeholder, {@link #inputs(String)} equals {@link EngagementInputs#from(String,
 * ActivityHistory, LocalDate, int)} computed in full (the sums are integers, so there is no
 * rounding drift). Late activities (for a day before the as-of date) are accepted; activities after
 * the as-of date are refused: advance first.
 *
 * <p>Not thread-safe: one daily job owns an instance.
 */
public final class RollingEngagement {

    private static final class State {
        final ActivityHistory history = new ActivityHistory();
        final ActivityCounts window = new ActivityCounts();
        final LastActivity last = new LastActivity();
    }

    /** A growable list of stakeholder slots. */
    private static final class Slots {
        int[] values = new int[8];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }

    private final int windowDays;
    private final ZoneId zone;
    private int asOf;
    private final Map<String, Integer> slotById = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<State> states = new ArrayList<>();
    private final Map<Integer, Slots> activeByDay = new HashMap<>();

    /**
     * @param windowDays the window's length ({@link EngagementWeights#windowDays()})
     * @param asOf the first as-of date
     * @param zone the organisation's time zone, which decides the day an activity counts for
     */
    public RollingEngagement(int windowDays, LocalDate asOf, ZoneId zone) {
        if (windowDays < 1) {
            throw new IllegalArgumentException("windowDays must be at least 1, was " + windowDays);
        }
        this.windowDays = windowDays;
        this.asOf = Math.toIntExact(asOf.toEpochDay());
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public LocalDate asOf() {
        return LocalDate.ofEpochDay(asOf);
    }

    /** The first day of the current window. */
    public LocalDate windowStart() {
        return LocalDate.ofEpochDay(windowStart(asOf));
    }

    public int windowDays() {
        return windowDays;
    }

    private int windowStart(int day) {
        return day - windowDays + 1;
    }

    /** Adds a stakeholder without activity, so that it is part of the population. */
    public void register(String stakeholderId) {
        slot(stakeholderId);
    }

    /**
     * Records one activity.
     *
     * @throws IllegalArgumentException when its day (in the zone) is after the as-of date
     */
    public void record(Activity activity) {
        record(activity.stakeholderId(), activity.day(zone), activity.type(), 1, activity.weightMillis());
    }

    /**
     * Records daily totals of one type, as stored per stakeholder, day and type (the way the
     * population is loaded from the database).
     *
     * @throws IllegalArgumentException when the day is after the as-of date
     */
    public void record(String stakeholderId, LocalDate day, ActivityType type, int count, long weightMillis) {
        int d = Math.toIntExact(day.toEpochDay());
        if (d > asOf) {
            throw new IllegalArgumentException("An activity of " + day + " cannot be recorded at the as-of date "
                    + asOf() + "; advance to its day first.");
        }
        int slot = slot(stakeholderId);
        State s = states.get(slot);
        boolean newDay = s.history.add(day, type, count, weightMillis);
        s.last.seen(type, d);
        if (d >= windowStart(asOf)) {
            s.window.add(type, count, weightMillis);
            if (newDay) {
                activeByDay.computeIfAbsent(d, k -> new Slots()).add(slot);
            }
        }
    }

    /** Records many activities. */
    public void recordAll(Collection<Activity> activities) {
        for (Activity a : activities) {
            record(a);
        }
    }

    /**
     * Moves the as-of date forward: the days that leave the window are taken out of the totals of
     * the stakeholders who had activity on them, and nobody else is touched.
     *
     * @throws IllegalArgumentException when the new date is before the current one
     */
    public void advanceTo(LocalDate newAsOf) {
        int target = Math.toIntExact(newAsOf.toEpochDay());
        if (target < asOf) {
            throw new IllegalArgumentException("The as-of date can only move forward (from " + asOf() + " to " + newAsOf
                    + " was asked); rebuild from the history to go back.");
        }
        int oldStart = windowStart(asOf);
        int lastLeaving = Math.min(windowStart(target) - 1, asOf);
        for (int d = oldStart; d <= lastLeaving; d++) {
            Slots leaving = activeByDay.remove(d);
            if (leaving == null) {
                continue;
            }
            for (int i = 0; i < leaving.size; i++) {
                State s = states.get(leaving.values[i]);
                s.history.subtractDay(s.window, d);
            }
        }
        asOf = target;
    }

    /**
     * The daily step: advance to {@code day} (if it is later than the as-of date) and record the
     * day's activities, which may include late ones for earlier days.
     */
    public void applyDay(LocalDate day, Collection<Activity> activities) {
        if (day.isAfter(asOf())) {
            advanceTo(day);
        }
        recordAll(activities);
    }

    /** The inputs of one stakeholder at the as-of date (empty ones for an unknown stakeholder). */
    public EngagementInputs inputs(String stakeholderId) {
        Integer slot = slotById.get(stakeholderId);
        if (slot == null) {
            return new EngagementInputs(stakeholderId, asOf(), windowDays, ActivityCounts.none(), LastActivity.never());
        }
        State s = states.get(slot);
        return new EngagementInputs(stakeholderId, asOf(), windowDays, s.window, s.last);
    }

    /** Hands the inputs of every stakeholder, in the order they were first seen, to the consumer. */
    public void forEach(Consumer<EngagementInputs> consumer) {
        for (int i = 0; i < ids.size(); i++) {
            State s = states.get(i);
            consumer.accept(new EngagementInputs(ids.get(i), asOf(), windowDays, s.window, s.last));
        }
    }

    /** The stakeholders known, registered or with activity. */
    public Set<String> stakeholders() {
        return Collections.unmodifiableSet(slotById.keySet());
    }

    private int slot(String id) {
        Objects.requireNonNull(id, "stakeholderId");
        Integer slot = slotById.get(id);
        if (slot == null) {
            slot = ids.size();
            slotById.put(id, slot);
            ids.add(id);
            states.add(new State());
        }
        return slot;
    }
}

package org.cocrea.engagement.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An activity as a client sends it (REST, JSON), before checking: every field is text except the
 * optional weight. {@link #check(Instant)} and {@link #checkBatch(List, Instant)} turn inputs into
 * {@link Activity} values or into problems that name the field and, for a batch, the position.
 *
 * <p>Rules: the stakeholder id is required (up to 80 characters); the type must be one of the
 * twelve {@link ActivityType} codes (unknown types are refused, not ignored); the timestamp is
 * ISO-8601 with a time zone and not after {@code now}; the channel is one of the {@link Channel}
 * codes; the weight is optional (1) and 0 &lt; weight ≤ 10. A batch holds at most {@value
 * #MAX_BATCH} activities and is all-or-nothing: callers store the activities only when there is no
 * problem.
 *
 * @param stakeholderId the stakeholder's external id
 * @param type the activity type code, e.g. {@code idea_submitted}
 * @param timestamp when, e.g. {@code 2024-05-01T10:15:30Z}
 * @param channel the channel code, e.g. {@code community}
 * @param weight the multiplier, or null for 1
 */
public record ActivityInput(String stakeholderId, String type, String timestamp, String channel, Double weight) {

    /** The most activities one batch may carry. */
    public static final int MAX_BATCH = 10_000;

    /**
     * A problem with one input: its position in the batch (0 for a single input), the field (the
     * record component's name) and what to do.
     */
    public record Problem(int index, String field, String message) {}

    /** The outcome of a check: the activities when there are no problems, else the problems. */
    public record Checked(List<Activity> activities, List<Problem> problems) {
        public Checked {
            activities = List.copyOf(activities);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Checks this one input. */
    public Checked check(Instant now) {
        List<Problem> problems = new ArrayList<>();
        Activity a = toActivity(0, now, problems);
        return a == null ? new Checked(List.of(), problems) : new Checked(List.of(a), List.of());
    }

    /**
     * Checks a batch. With any problem no activity is returned; every problem is listed with the
     * position (from 0) of its input.
     */
    public static Checked checkBatch(List<ActivityInput> batch, Instant now) {
        Objects.requireNonNull(now, "now");
        if (batch == null || batch.isEmpty()) {
            return new Checked(List.of(), List.of(new Problem(0, "activities", "Send at least one activity.")));
        }
        if (batch.size() > MAX_BATCH) {
            return new Checked(
                    List.of(),
                    List.of(new Problem(
                            0,
                            "activities",
                            "A batch may hold at most " + MAX_BATCH + " activities; this one has " + batch.size()
                                    + ". Split it.")));
        }
        List<Problem> problems = new ArrayList<>();
        List<Activity> activities = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            ActivityInput in = batch.get(i);
            if (in == null) {
                problems.add(new Problem(i, "activity", "The activity is empty."));
                continue;
            }
            Activity a = in.toActivity(i, now, problems);
            if (a != null) {
                activities.add(a);
            }
        }
        return problems.isEmpty() ? new Checked(activities, List.of()) : new Checked(List.of(), problems);
    }

    private Activity toActivity(int index, Instant now, List<Problem> problems) {
        int before = problems.size();
        var id = ActivityFields.stakeholder(stakeholderId);
        var t = ActivityFields.type(type);
        var at = ActivityFields.timestamp(timestamp, now);
        var ch = ActivityFields.channel(channel);
        var w = ActivityFields.weight(weight);
        add(problems, index, "stakeholderId", id);
        add(problems, index, "type", t);
        add(problems, index, "timestamp", at);
        add(problems, index, "channel", ch);
        add(problems, index, "weight", w);
        if (problems.size() > before) {
            return null;
        }
        return new Activity(id.value(), t.value(), at.value(), ch.value(), w.value());
    }

    private static void add(List<Problem> problems, int index, String field, ActivityFields.Parsed<?> p) {
        if (!p.ok()) {
            problems.add(new Problem(index, field, p.problem()));
        }
    }
}

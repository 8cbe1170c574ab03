package org.cocrea.cocreation.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The automatic moves of the pipeline, as pure functions of the idea's times and {@code now}.
 *
 * <p><b>Support threshold.</b> An idea {@link IdeaStatus#ACTIVE} in the first stage goes to review
 * ({@link IdeaStatus#IN_REVIEW}) once it has at least {@link SupportRule#threshold()} votes cast
 * within {@link SupportRule#days()} of its submission: from the submission up to and including
 * submission + days × 24 hours. Votes after the window do not count, however many.
 *
 * <p><b>Stage time limit.</b> An open idea that is {@link IdeaStatus#ACTIVE} or {@link
 * IdeaStatus#IN_REVIEW} (not on hold) is overdue once it has been in its stage longer than the
 * stage's {@code maxDays} × 24 hours. Its owner is alerted once per entry into the stage: when it is
 * overdue and no alert was sent since it entered (an alert time before the entry time belongs to an
 * earlier stay).
 */
public final class TransitionRules {

    private static final Duration DAY = Duration.ofDays(1);

    private TransitionRules() {}

    /** The last instant at which a vote counts toward the threshold. */
    public static Instant supportWindowEnd(Instant submittedAt, SupportRule rule) {
        return submittedAt.plus(Duration.ofDays(rule.days()));
    }

    /**
     * Whether votes can still count at {@code now}; once the window is over, an idea that has not
     * reached the threshold never will by itself.
     */
    public static boolean supportWindowOpen(Instant submittedAt, SupportRule rule, Instant now) {
        return !now.isAfter(supportWindowEnd(submittedAt, rule));
    }

    /** How many of the vote times fall within the window (later ones do not count). */
    public static int votesInWindow(Instant submittedAt, SupportRule rule, Collection<Instant> voteTimes) {
        Instant end = supportWindowEnd(submittedAt, rule);
        int n = 0;
        for (Instant t : voteTimes) {
            if (!t.isAfter(end)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether an idea goes to review by its support: it is active in the first stage (position 0)
     * and has at least the threshold of votes within the window.
     *
     * @param votesInWindow the votes cast within the window, e.g. from {@link #votesInWindow} or a
     *     count in the database
     */
    public static boolean opensGate(int position, IdeaStatus status, int votesInWindow, SupportRule rule) {
        return position == 0 && status == IdeaStatus.ACTIVE && votesInWindow >= rule.threshold();
    }

    /** As {@link #opensGate(int, IdeaStatus, int, SupportRule)}, counting the vote times given. */
    public static boolean opensGate(
            int position, IdeaStatus status, Instant submittedAt, Collection<Instant> voteTimes, SupportRule rule) {
        return opensGate(position, status, votesInWindow(submittedAt, rule, voteTimes), rule);
    }

    /** When the time in stage runs out, or empty for a stage without a limit. */
    public static Optional<Instant> deadline(Integer maxDays, Instant stageEnteredAt) {
        Objects.requireNonNull(stageEnteredAt, "stageEnteredAt");
        return maxDays == null ? Optional.empty() : Optional.of(stageEnteredAt.plus(Duration.ofDays(maxDays)));
    }

    /** Whole days spent in the stage so far (0 during the first 24 hours). */
    public static long daysInStage(Instant stageEnteredAt, Instant now) {
        return Math.max(0, Duration.between(stageEnteredAt, now).toDays());
    }

    /**
     * How many days an idea is overdue: 0 when it is not (no limit, not active or in review, or
     * within the limit); otherwise the whole days past the deadline, and at least 1 (a few hours
     * past count as 1 day).
     */
    public static long daysOverdue(IdeaStatus status, Integer maxDays, Instant stageEnteredAt, Instant now) {
        Objects.requireNonNull(now, "now");
        if (status != IdeaStatus.ACTIVE && status != IdeaStatus.IN_REVIEW) {
            return 0;
        }
        Optional<Instant> deadline = deadline(maxDays, stageEnteredAt);
        if (deadline.isEmpty() || !now.isAfter(deadline.get())) {
            return 0;
        }
        return Math.max(1, Duration.between(deadline.get(), now).dividedBy(DAY));
    }

    /**
     * Whether the owner should be alerted now: the idea is overdue and no alert was sent since it
     * entered its stage.
     *
     * @param stageAlertedAt when the last alert was sent, or null if never
     */
    public static boolean alertDue(
            IdeaStatus status, Integer maxDays, Instant stageEnteredAt, Instant stageAlertedAt, Instant now) {
        if (daysOverdue(status, maxDays, stageEnteredAt, now) == 0) {
            return false;
        }
        return stageAlertedAt == null || stageAlertedAt.isBefore(stageEnteredAt);
    }
}

package org.cocrea.engagement.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One logged activity of one stakeholder.
 *
 * <p>The {@code weight} is a multiplier for this one activity on top of its type's weight (1 by
 * default; a source system may send, say, 2 for a long, detailed review). It must be above 0 and at
 * most {@value #MAX_WEIGHT}, and is kept to three decimals ({@link #weightMillis()}) so that sums
 * over many activities are exact and an incremental update gives the same totals as a full
 * recompute.
 *
 * @param stakeholderId the stakeholder's id (the external id from the firm's CRM or HR system)
 * @param type what was done
 * @param at when, as an instant; the day it counts for is taken in the organisation's time zone
 * @param channel where
 * @param weight the multiplier, 0 &lt; weight ≤ {@value #MAX_WEIGHT}
 */
public record Activity(String stakeholderId, ActivityType type, Instant at, Channel channel, double weight) {

    /** The largest multiplier one activity may carry. */
    public static final double MAX_WEIGHT = 10;

    public Activity {
        if (stakeholderId == null || stakeholderId.isBlank()) {
            throw new IllegalArgumentException("stakeholderId must not be blank");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(channel, "channel");
        String problem = weightProblem(weight);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** An activity with the default multiplier 1. */
    public Activity(String stakeholderId, ActivityType type, Instant at, Channel channel) {
        this(stakeholderId, type, at, channel, 1.0);
    }

    /** The weight in thousandths, rounded: 1 → 1000, 0.25 → 250. */
    public long weightMillis() {
        return Math.round(weight * 1000);
    }

    /** The calendar day the activity counts for in the given time zone. */
    public LocalDate day(ZoneId zone) {
        return LocalDate.ofInstant(at, zone);
    }

    /** Why a weight is not acceptable, or null when it is. */
    static String weightProblem(double weight) {
        if (!Double.isFinite(weight) || weight <= 0 || weight > MAX_WEIGHT) {
            return "The weight must be a number above 0 and at most " + Codes.format(MAX_WEIGHT)
                    + " (1 for an ordinary activity).";
        }
        if (Math.round(weight * 1000) == 0) {
            return "The weight must be at least 0.001.";
        }
        return null;
    }
}

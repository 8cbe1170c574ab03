package org.cocrea.engagement.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The innovation office's settings for the {@link EngagementIndex}.
 *
 * <p><b>Component weights</b> ({@code recency}, {@code frequency}, {@code breadth}, {@code depth},
 * {@code survey}) are relative: each must be ≥ 0 and they need not add up to 1. The index divides
 * by their sum, so (2, 2, 1.5, 2.5, 2) means the same as (0.2, 0.2, 0.15, 0.25, 0.2). The survey
 * weight counts only for stakeholders with a survey score; for the others the four behavioural
 * weights are divided by their own sum. At least one behavioural weight must be above 0.
 *
 * <p><b>Shape parameters</b>: {@code halfLifeDays}, after how many days without activity recency
 * halves; {@code frequencyCap}, the number of activities in the window at which frequency reaches
 * 1; {@code depthCap}, the weighted contributions at which depth reaches 1; {@code windowDays},
 * the length of the window (changing it means rebuilding the window totals from the daily history);
 * {@code engagedThreshold}, the index from which a stakeholder counts as engaged in segment
 * summaries.
 *
 * <p><b>Type weights</b>: how much one activity of each type adds to depth (defaults in {@link
 * ActivityType#defaultWeight()}; missing types take their default). A type with weight 0 is
 * switched off: it no longer counts in recency, frequency, breadth or depth, and breadth is taken
 * over the types still switched on. At least one type must stay on.
 *
 * <p>All values are checked when the record is created; a bad value is refused with a message
 * naming it, so a settings screen can show it next to the field.
 */
public record EngagementWeights(
        double recency,
        double frequency,
        double breadth,
        double depth,
        double survey,
        double halfLifeDays,
        double frequencyCap,
        double depthCap,
        int windowDays,
        double engagedThreshold,
        Map<ActivityType, Double> typeWeights) {

    /** The longest window and half-life accepted: ten years. */
    public static final int MAX_DAYS = 3660;

    private static final EngagementWeights DEFAULTS =
            new EngagementWeights(0.20, 0.20, 0.15, 0.25, 0.20, 30, 50, 100, 90, 50, Map.of());

    public EngagementWeights {
        component("recency", recency);
        component("frequency", frequency);
        component("breadth", breadth);
        component("depth", depth);
        component("survey", survey);
        if (recency + frequency + breadth + depth <= 0) {
            throw new IllegalArgumentException(
                    "At least one of the recency, frequency, breadth and depth weights must be above 0.");
        }
        if (!(halfLifeDays > 0 && halfLifeDays <= MAX_DAYS)) {
            throw new IllegalArgumentException(
                    "halfLifeDays must be above 0 and at most " + MAX_DAYS + ", was " + halfLifeDays);
        }
        if (!(frequencyCap >= 1 && frequencyCap < 1e9)) {
            throw new IllegalArgumentException("frequencyCap must be at least 1 activity, was " + frequencyCap);
        }
        if (!(depthCap >= 1 && depthCap < 1e9)) {
            throw new IllegalArgumentException("depthCap must be at least 1, was " + depthCap);
        }
        if (windowDays < 1 || windowDays > MAX_DAYS) {
            throw new IllegalArgumentException("windowDays must be 1.." + MAX_DAYS + ", was " + windowDays);
        }
        if (!(engagedThreshold >= 0 && engagedThreshold <= 100)) {
            throw new IllegalArgumentException("engagedThreshold must be 0..100, was " + engagedThreshold);
        }
        EnumMap<ActivityType, Double> w = new EnumMap<>(ActivityType.class);
        for (ActivityType t : ActivityType.values()) {
            w.put(t, t.defaultWeight());
        }
        if (typeWeights != null) {
            typeWeights.forEach((t, v) -> {
                if (t == null || v == null || !(v >= 0 && v <= 100)) {
                    throw new IllegalArgumentException("The weight of activity type " + (t == null ? "null" : t.code())
                            + " must be 0..100 (0 switches it off), was " + v);
                }
                w.put(t, v);
            });
        }
        if (w.values().stream().noneMatch(v -> v > 0)) {
            throw new IllegalArgumentException("At least one activity type must have a weight above 0.");
        }
        typeWeights = Collections.unmodifiableMap(w);
    }

    private static void component(String name, double v) {
        if (!(v >= 0 && v <= 1000)) {
            throw new IllegalArgumentException(
                    "The " + name + " weight must be a number from 0 to 1000 (weights are relative), was " + v);
        }
    }

    /**
     * recency 0.20, frequency 0.20, breadth 0.15, depth 0.25, survey 0.20; half-life 30 days;
     * frequency cap 50 activities; depth cap 100; window 90 days; engaged from 50; type weights as
     * in {@link ActivityType}.
     */
    public static EngagementWeights defaults() {
        return DEFAULTS;
    }

    /** The weight of one component (not normalised). */
    public double weight(EngagementComponent c) {
        return switch (c) {
            case RECENCY -> recency;
            case FREQUENCY -> frequency;
            case BREADTH -> breadth;
            case DEPTH -> depth;
            case SURVEY -> survey;
        };
    }

    /**
     * A component's share of the index, 0..1: its weight over the sum of the weights in use (with
     * or without the survey).
     */
    public double share(EngagementComponent c, boolean withSurvey) {
        if (c == EngagementComponent.SURVEY && !withSurvey) {
            return 0;
        }
        double sum = recency + frequency + breadth + depth + (withSurvey ? survey : 0);
        return weight(c) / sum;
    }

    /** The depth weight of one activity of a type; 0 means switched off. */
    public double typeWeight(ActivityType type) {
        return typeWeights.get(type);
    }

    /** Whether a type counts at all (its weight is above 0). */
    public boolean isOn(ActivityType type) {
        return typeWeights.get(type) > 0;
    }

    /** How many types are switched on: the denominator of breadth. */
    public int typesOn() {
        int n = 0;
        for (double v : typeWeights.values()) {
            if (v > 0) {
                n++;
            }
        }
        return n;
    }

    /** The same settings with other component weights. */
    public EngagementWeights withComponents(
            double recency, double frequency, double breadth, double depth, double survey) {
        return new EngagementWeights(
                recency,
                frequency,
                breadth,
                depth,
                survey,
                halfLifeDays,
                frequencyCap,
                depthCap,
                windowDays,
                engagedThreshold,
                typeWeights);
    }

    /** The same settings with another half-life, frequency cap and depth cap. */
    public EngagementWeights withShape(double halfLifeDays, double frequencyCap, double depthCap) {
        return new EngagementWeights(
                recency,
                frequency,
                breadth,
                depth,
                survey,
                halfLifeDays,
                frequencyCap,
                depthCap,
                windowDays,
                engagedThreshold,
                typeWeights);
    }

    /** The same settings with another window length. */
    public EngagementWeights withWindowDays(int windowDays) {
        return new EngagementWeights(
                recency,
                frequency,
                breadth,
                depth,
                survey,
                halfLifeDays,
                frequencyCap,
                depthCap,
                windowDays,
                engagedThreshold,
                typeWeights);
    }

    /** The same settings with another engaged threshold. */
    public EngagementWeights withEngagedThreshold(double engagedThreshold) {
        return new EngagementWeights(
                recency,
                frequency,
                breadth,
                depth,
                survey,
                halfLifeDays,
                frequencyCap,
                depthCap,
                windowDays,
                engagedThreshold,
                typeWeights);
    }

    /** The same settings with one type's weight changed (0 switches the type off). */
    public EngagementWeights withTypeWeight(ActivityType type, double weight) {
        EnumMap<ActivityType, Double> w = new EnumMap<>(typeWeights);
        w.put(type, weight);
        return new EngagementWeights(
                recency,
                frequency,
                breadth,
                depth,
                survey,
                halfLifeDays,
                frequencyCap,
                depthCap,
                windowDays,
                engagedThreshold,
                w);
    }
}

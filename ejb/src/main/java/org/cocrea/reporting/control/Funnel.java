package org.cocrea.reporting.control;

import java.io.Serializable;
import java.util.List;

/**
 * The pipeline at the end of a period, stage by stage, with the conversion of the ideas submitted in
 * the range.
 *
 * @param period the period
 * @param stages identification … launch with the ideas in each
 * @param submitted ideas submitted in the range shown
 * @param implemented of them, implemented so far
 */
public record Funnel(String period, List<StageCount> stages, long submitted, long implemented) implements Serializable {

    /** One stage. */
    public record StageCount(String stage, long ideas) implements Serializable {}

    public Funnel {
        stages = List.copyOf(stages);
    }

    /** 100 × implemented / submitted; null without submissions. */
    public Double conversion() {
        return submitted == 0 ? null : 100.0 * implemented / submitted;
    }
}

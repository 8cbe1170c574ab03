package org.cocrea.kpi.control;

import java.time.Instant;
import java.util.Objects;

/**
 * An idea moved from one stage to another (a gate decision, or a rejection or implementation).
 *
 * <p>Besides the move itself the event carries when the idea entered the stage it leaves (for the
 * days spent there) and when the idea was submitted (conversion is counted for the period of
 * submission), and the idea's unit and campaign, so it can be counted without looking anything
 * up.
 *
 * @param ideaId the idea
 * @param campaignId its campaign, or null
 * @param unitId its org unit, or null
 * @param from the stage it leaves
 * @param to the stage it enters
 * @param enteredFromAt when it entered {@code from} (its submission for {@link Stage#FIRST})
 * @param submittedAt when the idea was submitted
 * @param at when it moved
 */
public record IdeaStageChanged(
        String ideaId,
        String campaignId,
        String unitId,
        Stage from,
        Stage to,
        Instant enteredFromAt,
        Instant submittedAt,
        Instant at)
        implements KpiEvent {

    public IdeaStageChanged {
        Events.id("ideaId", ideaId);
        Events.code("campaignId", campaignId);
        Events.code("unitId", unitId);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from == to) {
            throw new IllegalArgumentException("An idea cannot move from " + from + " to the same stage");
        }
        Events.at("enteredFromAt", enteredFromAt);
        Events.at("submittedAt", submittedAt);
        Events.at("at", at);
        if (enteredFromAt.isAfter(at) || submittedAt.isAfter(enteredFromAt)) {
            throw new IllegalArgumentException(
                    "Expected submittedAt ≤ enteredFromAt ≤ at, was " + submittedAt + ", " + enteredFromAt + ", " + at);
        }
    }
}

package org.cocrea.kpi.control;

import java.time.Instant;
import java.util.Objects;
import org.cocrea.engagement.control.StakeholderKind;

/**
 * An idea was submitted; it enters the pipeline at {@code stage}, usually {@link Stage#FIRST} (a
 * campaign whose first stage belongs to a later phase lets ideas enter there).
 *
 * @param ideaId the idea
 * @param campaignId the campaign it was submitted to, or null
 * @param unitId the org unit it belongs to, or null
 * @param authorKind who submitted it (customer, employee, partner, supplier)
 * @param orientation exploration, exploitation or untagged
 * @param stage the open stage it enters
 * @param at when
 */
public record IdeaSubmitted(
        String ideaId,
        String campaignId,
        String unitId,
        StakeholderKind authorKind,
        Orientation orientation,
        Stage stage,
        Instant at)
        implements KpiEvent {

    public IdeaSubmitted {
        Events.id("ideaId", ideaId);
        Events.code("campaignId", campaignId);
        Events.code("unitId", unitId);
        Objects.requireNonNull(authorKind, "authorKind");
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(stage, "stage");
        if (!stage.open()) {
            throw new IllegalArgumentException("A submitted idea enters an open stage, not " + stage);
        }
        Events.at("at", at);
    }

    /** An idea entering the pipeline at {@link Stage#FIRST}. */
    public IdeaSubmitted(
            String ideaId,
            String campaignId,
            String unitId,
            StakeholderKind authorKind,
            Orientation orientation,
            Instant at) {
        this(ideaId, campaignId, unitId, authorKind, orientation, Stage.FIRST, at);
    }
}

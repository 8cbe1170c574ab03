package org.cocrea.kpi.control;

import java.time.Instant;
import java.util.Objects;
import org.cocrea.engagement.control.StakeholderKind;

/**
 * An idea was submitted; it enters the pipeline at {@link Stage#FIRST}.
 *
 * @param ideaId the idea
 * @param campaignId the campaign it was submitted to, or null
 * @param unitId the org unit it belongs to, or null
 * @param authorKind who submitted it (customer, employee, partner, supplier)
 * @param orientation exploration, exploitation or untagged
 * @param at when
 */
public record IdeaSubmitted(
        String ideaId,
        String campaignId,
        String unitId,
        StakeholderKind authorKind,
        Orientation orientation,
        Instant at)
        implements KpiEvent {

    public IdeaSubmitted {
        Events.id("ideaId", ideaId);
        Events.code("campaignId", campaignId);
        Events.code("unitId", unitId);
        Objects.requireNonNull(authorKind, "authorKind");
        Objects.requireNonNull(orientation, "orientation");
        Events.at("at", at);
    }
}

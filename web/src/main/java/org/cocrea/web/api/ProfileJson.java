package org.cocrea.web.api;

import java.util.List;
import org.cocrea.engagement.boundary.StakeholderDetail;
import org.cocrea.engagement.boundary.StakeholderProfiles;

/**
 * A stakeholder profile for JSON: like {@link StakeholderProfiles.Profile}, with "no evidence"
 * (NaN inside Cocrea) written as null, since JSON has no NaN.
 */
public record ProfileJson(
        StakeholderDetail detail,
        double engagement,
        String engagementExplained,
        List<StakeholderProfiles.EngagementPart> engagementParts,
        List<StakeholderProfiles.Point> engagementTrend,
        List<Ability> abilities,
        List<StakeholderProfiles.CapabilitySnapshot> history,
        long points,
        int activities,
        double risk,
        List<StakeholderProfiles.IncidentView> incidents,
        List<StakeholderProfiles.ExperienceView> experiences,
        Double experienceOverall) {

    /** One ability: score and both paths; null raw and percentile where the path has no evidence. */
    public record Ability(
            String ability,
            double score,
            Double resultRaw,
            Double resultPercentile,
            Double processRaw,
            Double processPercentile) {}

    static Double orNull(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    static ProfileJson of(StakeholderProfiles.Profile p) {
        return new ProfileJson(
                p.detail(),
                p.engagementNow(),
                p.engagementExplained(),
                p.engagementParts().stream()
                        .map(e -> new StakeholderProfiles.EngagementPart(
                                e.component(),
                                Double.isFinite(e.raw()) ? e.raw() : 0,
                                e.score(),
                                e.share(),
                                e.points(),
                                e.detail()))
                        .toList(),
                p.engagementTrend(),
                p.abilities().stream()
                        .map(a -> new Ability(
                                a.ability(),
                                a.score(),
                                orNull(a.resultRaw()),
                                orNull(a.resultPercentile()),
                                orNull(a.processRaw()),
                                orNull(a.processPercentile())))
                        .toList(),
                p.history(),
                p.points(),
                p.activities(),
                p.risk(),
                p.incidents(),
                p.experiences(),
                p.experienceOverall());
    }
}

package org.cocrea.cocreation.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cocrea.cocreation.entity.Campaign;

/** A campaign as screens and the API show it, with its scorecard, pipeline and idea counts. */
public record CampaignView(
        long id,
        String code,
        String title,
        String problemHtml,
        String audience,
        List<String> unitCodes,
        Long shortlistId,
        LocalDate opensOn,
        LocalDate closesOn,
        boolean open,
        String orientation,
        boolean anonymousAllowed,
        int supportThreshold,
        int supportDays,
        String owner,
        List<String> evaluators,
        List<CriterionView> criteria,
        List<StageView> stages,
        long ideas,
        Map<String, Long> ideasByStatus,
        int version)
        implements Serializable {

    /** A scorecard criterion. */
    public record CriterionView(long id, String name, String description, double weight) implements Serializable {}

    /** A stage with how many ideas are in it. */
    public record StageView(
            long id,
            int position,
            String code,
            String name,
            String phase,
            Integer maxDays,
            boolean participation,
            long ideas)
            implements Serializable {}

    static CampaignView of(
            Campaign c,
            List<String> unitCodes,
            Map<Long, Long> ideasPerStage,
            Map<String, Long> ideasByStatus,
            LocalDate today) {
        return new CampaignView(
                c.getId(),
                c.getCode(),
                c.getTitle(),
                c.getProblemHtml(),
                c.getAudience().name(),
                unitCodes,
                c.getShortlistId(),
                c.getOpensOn(),
                c.getClosesOn(),
                c.isOpenOn(today),
                c.getOrientation().name(),
                c.isAnonymousAllowed(),
                c.getSupportThreshold(),
                c.getSupportDays(),
                c.getOwner(),
                List.copyOf(c.getEvaluators()),
                c.getCriteria().stream()
                        .map(k -> new CriterionView(k.getId(), k.getName(), k.getDescription(), k.getWeight()))
                        .toList(),
                c.getStages().stream()
                        .map(s -> new StageView(
                                s.getId(),
                                s.getPosition(),
                                s.getCode(),
                                s.getName(),
                                s.getPhase().name(),
                                s.getMaxDays(),
                                s.isParticipation(),
                                ideasPerStage.getOrDefault(s.getId(), 0L)))
                        .toList(),
                ideasByStatus.values().stream().mapToLong(Long::longValue).sum(),
                Map.copyOf(ideasByStatus),
                c.getVersion());
    }
}

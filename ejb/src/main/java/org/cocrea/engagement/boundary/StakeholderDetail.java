package org.cocrea.engagement.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocrea.engagement.entity.Stakeholder;

/** The whole record of one stakeholder: profile, consent, sign-in link and current scores. */
public record StakeholderDetail(
        long id,
        String externalId,
        String kind,
        String displayName,
        String email,
        String organisation,
        String segment,
        String region,
        LocalDate relationshipSince,
        String purchaseSummary,
        boolean consentToContact,
        boolean consentToAnalysis,
        List<String> tags,
        String username,
        Instant createdAt,
        Instant updatedAt,
        boolean erased,
        double engagement,
        List<Double> abilities,
        double risk,
        Double surveyMean,
        LocalDate scoredOn,
        int version,
        String servingUnit)
        implements Serializable {

    public StakeholderDetail {
        tags = List.copyOf(tags);
        abilities = List.copyOf(abilities);
    }

    static StakeholderDetail of(Stakeholder s, jakarta.persistence.EntityManager em) {
        org.cocrea.organisation.entity.OrgUnit unit = s.getServingUnitId() == null
                ? null
                : em.find(org.cocrea.organisation.entity.OrgUnit.class, s.getServingUnitId());
        return of(s, unit == null ? null : unit.getCode());
    }

    static StakeholderDetail of(Stakeholder s, String servingUnitCode) {
        return new StakeholderDetail(
                s.getId(),
                s.getExternalId(),
                s.getKind().name().toLowerCase(Locale.ROOT),
                s.getDisplayName(),
                s.getEmail(),
                s.getOrganisation(),
                s.getSegment(),
                s.getRegion(),
                s.getRelationshipSince(),
                s.getPurchaseSummary(),
                s.isConsentToContact(),
                s.isConsentToAnalysis(),
                s.getTags(),
                s.getUsername(),
                s.getCreatedAt(),
                s.getUpdatedAt(),
                s.getErasedAt() != null,
                s.getEngagement(),
                List.of(
                        s.getInnovation(),
                        s.getCommunication(),
                        s.getRecommendation(),
                        s.getLearning(),
                        s.getKnowledge()),
                s.getRisk(),
                s.getSurveyMean(),
                s.getScoredOn(),
                s.getVersion(),
                servingUnitCode);
    }

    /** The profile as form fields, named like the import file's columns. */
    public Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("external_id", externalId);
        m.put("kind", kind);
        m.put("display_name", displayName);
        m.put("email", email);
        m.put("organisation", organisation);
        m.put("segment", segment);
        m.put("region", region);
        m.put("relationship_since", relationshipSince == null ? null : relationshipSince.toString());
        m.put("purchase_summary", purchaseSummary);
        m.put("consent_contact", consentToContact ? "yes" : "no");
        m.put("consent_analysis", consentToAnalysis ? "yes" : "no");
        m.put("tags", String.join("; ", tags));
        m.put("serving_unit", servingUnit);
        return m;
    }
}

package org.cocrea.engagement.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A checked stakeholder as read from an import file: identity, profile (knowledge <em>about</em>
 * the stakeholder), consent and tags.
 *
 * @param externalId the id in the firm's CRM or HR system; matches activities to the stakeholder
 * @param kind customer, partner, supplier or employee
 * @param displayName the name shown in Cocrea
 * @param email the e-mail address, or null
 * @param organisation the stakeholder's organisation (for business customers, partners,
 *     suppliers), or null
 * @param segment the segment, or null
 * @param region the region, or null
 * @param relationshipSince when the relationship began, or null
 * @param purchaseSummary a short text about purchases (e.g. "3 orders, 12,400 EUR since 2021"), or
 *     null
 * @param consentToContact whether the stakeholder agreed to be contacted about co-creation
 * @param consentToAnalysis whether the stakeholder agreed to engagement and capability analysis
 * @param tags free tags, without duplicates, in file order
 * @param servingUnit the code of the organisation unit (account team, department) that serves the
 *     stakeholder, or null
 */
public record StakeholderInput(
        String externalId,
        StakeholderKind kind,
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
        String servingUnit) {

    public StakeholderInput {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(displayName, "displayName");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A stakeholder without a serving unit. */
    public StakeholderInput(
            String externalId,
            StakeholderKind kind,
            String displayName,
            String email,
            String organisation,
            String segment,
            String region,
            LocalDate relationshipSince,
            String purchaseSummary,
            boolean consentToContact,
            boolean consentToAnalysis,
            List<String> tags) {
        this(
                externalId,
                kind,
                displayName,
                email,
                organisation,
                segment,
                region,
                relationshipSince,
                purchaseSummary,
                consentToContact,
                consentToAnalysis,
                tags,
                null);
    }
}

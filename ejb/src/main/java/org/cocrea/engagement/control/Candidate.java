package org.cocrea.engagement.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What identification needs to know about one stakeholder: who, where, whether they may be
 * contacted, how willing (the engagement index), how able (the ability scores) and how risky.
 *
 * @param stakeholderId the stakeholder
 * @param kind customer, partner, supplier or employee
 * @param segment the segment, may be null
 * @param region the region, may be null
 * @param consentToContact whether the stakeholder agreed to be contacted about co-creation
 * @param willingness the engagement index, 0..100
 * @param abilities the ability scores, 0..100 (abilities missing count as 0)
 * @param risk the co-destruction risk, 0..100
 */
public record Candidate(
        String stakeholderId,
        StakeholderKind kind,
        String segment,
        String region,
        boolean consentToContact,
        double willingness,
        Map<Ability, Double> abilities,
        double risk) {

    public Candidate {
        Objects.requireNonNull(stakeholderId, "stakeholderId");
        Objects.requireNonNull(kind, "kind");
        score("willingness", willingness);
        score("risk", risk);
        EnumMap<Ability, Double> m = new EnumMap<>(Ability.class);
        for (Ability a : Ability.values()) {
            Double v = abilities == null ? null : abilities.get(a);
            m.put(a, v == null ? 0.0 : v);
            score(a.label(), m.get(a));
        }
        abilities = Collections.unmodifiableMap(m);
    }

    private static void score(String name, double v) {
        if (!(v >= 0 && v <= 100)) {
            throw new IllegalArgumentException(name + " must be 0..100, was " + v);
        }
    }

    /**
     * A candidate from the stakeholder's profile and scores.
     *
     * @param risk the co-destruction risk, or null for none recorded (0)
     */
    public static Candidate of(
            StakeholderInput stakeholder, EngagementScore engagement, CapabilityProfile capability, RiskScore risk) {
        return new Candidate(
                stakeholder.externalId(),
                stakeholder.kind(),
                stakeholder.segment(),
                stakeholder.region(),
                stakeholder.consentToContact(),
                engagement.index(),
                capability.scores(),
                risk == null ? 0 : risk.risk());
    }
}

package org.cocrea.engagement.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One stakeholder as the registry lists it: identity, where it belongs and its current scores.
 *
 * @param abilities innovation, communication, recommendation, learning, knowledge level, in {@link
 *     Ability} order
 */
public record StakeholderRow(
        long id,
        String externalId,
        String kind,
        String displayName,
        String email,
        String organisation,
        String segment,
        String region,
        List<String> tags,
        boolean consentToContact,
        boolean consentToAnalysis,
        double engagement,
        List<Double> abilities,
        double risk,
        LocalDate scoredOn,
        boolean erased)
        implements Serializable {

    public StakeholderRow {
        tags = List.copyOf(tags);
        abilities = List.copyOf(abilities);
    }
}

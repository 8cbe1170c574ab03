package org.cocrea.engagement.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.engagement.control.Ability;

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

    public double ability(Ability a) {
        return abilities.get(a.ordinal());
    }

    /** The mean of the five abilities (what the list sorts by as "ability"). */
    public double meanAbility() {
        return abilities.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}

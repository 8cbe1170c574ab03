package org.cocrea.engagement.control;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The five abilities of one stakeholder at one date. Profiles at successive dates show how the
 * capability grows ({@link #changeSince(CapabilityProfile)}).
 *
 * @param stakeholderId whose profile
 * @param asOf the date of the metrics and of the population it was ranked against
 * @param abilities one score per ability
 */
public record CapabilityProfile(String stakeholderId, LocalDate asOf, Map<Ability, AbilityScore> abilities) {

    public CapabilityProfile {
        EnumMap<Ability, AbilityScore> copy = new EnumMap<>(Ability.class);
        copy.putAll(abilities);
        if (copy.size() != Ability.values().length) {
            throw new IllegalArgumentException("A profile needs a score for each of the five abilities");
        }
        abilities = Collections.unmodifiableMap(copy);
    }

    /** The score of one ability, 0..100. */
    public double score(Ability ability) {
        return abilities.get(ability).score();
    }

    /** The scores of all abilities. */
    public Map<Ability, Double> scores() {
        EnumMap<Ability, Double> m = new EnumMap<>(Ability.class);
        abilities.forEach((a, s) -> m.put(a, s.score()));
        return Collections.unmodifiableMap(m);
    }

    /** Per ability, this score minus the earlier one: the growth (or decline) since then. */
    public Map<Ability, Double> changeSince(CapabilityProfile earlier) {
        if (!earlier.stakeholderId().equals(stakeholderId)) {
            throw new IllegalArgumentException(
                    "Profiles of " + earlier.stakeholderId() + " and " + stakeholderId + " cannot be compared");
        }
        EnumMap<Ability, Double> m = new EnumMap<>(Ability.class);
        for (Ability a : Ability.values()) {
            m.put(a, score(a) - earlier.score(a));
        }
        return Collections.unmodifiableMap(m);
    }

    /** The profile in words: each ability with the paths it rests on. */
    public String explain() {
        StringBuilder s = new StringBuilder();
        for (AbilityScore a : abilities.values()) {
            if (s.length() > 0) {
                s.append("; ");
            }
            s.append(String.format(Locale.ROOT, "%s %.1f", a.ability().label(), a.score()));
            if (!a.hasEvidence()) {
                s.append(" (no evidence yet)");
            } else {
                s.append(" (");
                if (!Double.isNaN(a.resultPercentile())) {
                    s.append(String.format(
                            Locale.ROOT,
                            "results: raw %s, ahead of %.0f%%",
                            Codes.format(a.resultRaw()),
                            a.resultPercentile()));
                }
                if (a.pathsWithEvidence() == 2) {
                    s.append("; ");
                }
                if (!Double.isNaN(a.processPercentile())) {
                    s.append(String.format(
                            Locale.ROOT,
                            "process: raw %s, ahead of %.0f%%",
                            Codes.format(a.processRaw()),
                            a.processPercentile()));
                }
                s.append(')');
            }
        }
        return s.toString();
    }
}

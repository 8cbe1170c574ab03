package org.cocrea.engagement.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The capability of a group (a segment, a community, a campaign's participants): per ability the
 * members' mean score and the share of strong members (score above {@code strongAbove}).
 *
 * @param group the group's name
 * @param members how many members were counted
 * @param mean per ability, the mean score, 0..100 (NaN for an empty group)
 * @param shareStrong per ability, the share of members scoring above {@code strongAbove}, 0..1
 * @param strongAbove the threshold, 75 by default
 */
public record CollectiveCapability(
        String group, int members, Map<Ability, Double> mean, Map<Ability, Double> shareStrong, double strongAbove) {

    public CollectiveCapability {
        mean = copy(mean);
        shareStrong = copy(shareStrong);
    }

    private static Map<Ability, Double> copy(Map<Ability, Double> m) {
        EnumMap<Ability, Double> e = new EnumMap<>(Ability.class);
        e.putAll(m);
        return Collections.unmodifiableMap(e);
    }
}

package org.cocrea.engagement.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The top of a ranking and what happened to everybody else.
 *
 * @param ranked the best matching candidates, best first, at most the number asked for
 * @param considered how many candidates were looked at
 * @param matching how many passed every filter
 * @param excluded per reason, how many were left out (each candidate under its first failing filter)
 * @param quadrants per quadrant, how many of the matching candidates fall in it
 */
public record Shortlist(
        List<RankedCandidate> ranked,
        int considered,
        int matching,
        Map<Exclusion, Integer> excluded,
        Map<Quadrant, Integer> quadrants) {

    public Shortlist {
        ranked = List.copyOf(ranked);
        excluded = copy(excluded, Exclusion.class);
        quadrants = copy(quadrants, Quadrant.class);
    }

    private static <K extends Enum<K>> Map<K, Integer> copy(Map<K, Integer> m, Class<K> type) {
        EnumMap<K, Integer> e = new EnumMap<>(type);
        e.putAll(m);
        return Collections.unmodifiableMap(e);
    }
}

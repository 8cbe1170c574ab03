package org.cocrea.climate.control;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which unit results and comments of a survey may be shown.
 *
 * @param threshold k, the smallest group whose result may be shown or derived
 * @param commentThreshold the smallest rolled-up n whose comments may be shown
 * @param units one decision per unit, in input order
 * @param combinations "other teams" results that are published
 */
public record DisclosurePlan(
        int threshold, int commentThreshold, List<UnitDisclosure> units, List<CombinedTeams> combinations) {

    public DisclosurePlan {
        units = List.copyOf(units);
        combinations = List.copyOf(combinations);
    }

    /**
     * The decision for a unit.
     *
     * @throws IllegalArgumentException if the plan has no such unit
     */
    public UnitDisclosure unit(String unitId) {
        return units.stream()
                .filter(u -> u.unitId().equals(unitId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no unit " + unitId + " in this plan"));
    }

    /** The decisions keyed by unit id. */
    public Map<String, UnitDisclosure> byUnitId() {
        return units.stream().collect(Collectors.toMap(UnitDisclosure::unitId, Function.identity()));
    }
}

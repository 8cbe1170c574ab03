package org.cocrea.climate.control;

import java.util.List;

/**
 * Sub-threshold sibling units published together as one result, e.g. "other teams of Sales".
 *
 * @param id identifier of the combination: the parent's id followed by {@code "/other-teams"}
 * @param parentId the common parent
 * @param label display label
 * @param unitIds the combined units, each below the threshold on its own
 * @param respondents their combined rolled-up respondents, at least k
 */
public record CombinedTeams(String id, String parentId, String label, List<String> unitIds, int respondents) {

    public CombinedTeams {
        unitIds = List.copyOf(unitIds);
    }
}

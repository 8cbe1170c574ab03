package org.cocrea.climate.control;

import java.io.Serializable;
import java.util.List;

/**
 * Sub-units of one parent that are each too small to be shown, shown together, e.g. "other teams
 * of Sales" (see {@link UnitResultSuppression}, rule 4). Only combinations that may be shown are
 * listed.
 *
 * @param id the combination's id: the parent's id followed by {@code "/other-teams"}
 * @param parentId the common parent; {@link RoundResults#ORGANISATION_ID} for top-level units
 * @param label display label, e.g. "other teams of Sales"
 * @param unitIds the combined units
 * @param depth the depth of the combined units (one below the parent)
 * @param result the combined result; never null
 */
public record OtherTeamsResult(
        String id, String parentId, String label, List<String> unitIds, int depth, GroupResult result)
        implements Serializable {

    public OtherTeamsResult {
        unitIds = List.copyOf(unitIds);
        Inputs.notNull(result, "result");
    }
}

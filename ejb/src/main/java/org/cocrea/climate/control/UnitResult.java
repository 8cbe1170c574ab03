package org.cocrea.climate.control;

import java.io.Serializable;

/**
 * A unit of the round and, if it may be shown, its result.
 *
 * <p>A hidden unit carries its place in the tree and the reason it is hidden, and nothing else: no
 * respondent count and no figures. That is the anonymity promise made to respondents; it also
 * holds for every export made from the results.
 *
 * @param unitId the unit
 * @param parentId its parent, null for a top-level unit
 * @param name display name
 * @param depth 0 for a top-level unit, 1 for its children, and so on
 * @param status {@link DisclosureReason#SHOWN}, or why the result is hidden
 * @param otherTeamsId for a hidden unit whose respondents are shown as part of an "other teams"
 *     group, that group's id ({@link OtherTeamsResult#id()}); otherwise null
 * @param result the result, covering the unit's own respondents and those of all its sub-units;
 *     null exactly when the unit is hidden
 */
public record UnitResult(
        String unitId,
        String parentId,
        String name,
        int depth,
        DisclosureReason status,
        String otherTeamsId,
        GroupResult result)
        implements Serializable {

    public UnitResult {
        Inputs.notNull(status, "status");
        if ((status == DisclosureReason.SHOWN) != (result != null)) {
            throw new IllegalArgumentException("unit " + unitId + ": a result is given exactly when it is shown");
        }
    }

    /** Whether the unit's result may be shown. */
    public boolean visible() {
        return result != null;
    }
}

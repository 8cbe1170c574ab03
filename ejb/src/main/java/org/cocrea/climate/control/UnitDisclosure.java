package org.cocrea.climate.control;

/**
 * The decision for one unit.
 *
 * @param unitId the unit
 * @param parentId its parent, null for a root
 * @param ownRespondents respondents whose unit is exactly this one
 * @param rolledUpRespondents respondents of the unit and all its sub-units: the n of its result
 * @param resultVisible whether the unit's result may be shown
 * @param reason why it is shown or hidden
 * @param protectedUnitId for {@link DisclosureReason#COMPLEMENTARY}, the visible ancestor whose
 *     remainder this suppression protects; otherwise null
 * @param combinationId for a hidden unit published as part of an "other teams" combination, that
 *     combination's id; otherwise null
 * @param commentsVisible whether free-text comments of the unit may be shown: only when the result
 *     is visible and the rolled-up n reaches the comment threshold
 */
public record UnitDisclosure(
        String unitId,
        String parentId,
        int ownRespondents,
        int rolledUpRespondents,
        boolean resultVisible,
        DisclosureReason reason,
        String protectedUnitId,
        String combinationId,
        boolean commentsVisible) {}

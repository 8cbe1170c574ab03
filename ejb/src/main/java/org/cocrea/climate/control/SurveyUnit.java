package org.cocrea.climate.control;

/**
 * A unit of the organisation tree as the anonymity rules see it.
 *
 * @param id unique identifier
 * @param parentId the parent unit's id, or null for a root
 * @param name display name, used in labels such as "other teams of Sales"
 * @param ownRespondents employees whose unit is exactly this unit and who answered the survey (not
 *     counting those of sub-units)
 */
public record SurveyUnit(String id, String parentId, String name, int ownRespondents) {}

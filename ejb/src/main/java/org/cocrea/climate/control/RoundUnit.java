package org.cocrea.climate.control;

import java.io.Serializable;

/**
 * An organisational unit taking part in a survey round, as the results see it.
 *
 * @param id unique identifier within the round; {@link RoundResults#ORGANISATION_ID} is reserved
 * @param parentId the parent unit's id, or null for a top-level unit
 * @param name display name
 */
public record RoundUnit(String id, String parentId, String name) implements Serializable {}

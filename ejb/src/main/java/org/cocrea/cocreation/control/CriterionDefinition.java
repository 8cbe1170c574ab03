package org.cocrea.cocreation.control;

/**
 * A scorecard criterion as the innovation office defines it for a campaign, before it is stored.
 * Name and description are trimmed; {@link Scorecard#checkCriteria(java.util.List)} checks a list.
 *
 * @param name 1 to 120 characters, unique within the campaign (ignoring case)
 * @param description what evaluators should look at, up to 500 characters, or null
 * @param weight its relative weight, above 0 and at most 100
 */
public record CriterionDefinition(String name, String description, double weight) {

    public CriterionDefinition {
        name = name == null ? null : name.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }
}

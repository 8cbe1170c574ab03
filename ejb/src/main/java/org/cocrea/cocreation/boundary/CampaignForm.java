package org.cocrea.cocreation.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as entered on the form or over REST; {@link Campaigns} checks every field and names the
 * ones at fault.
 */
public record CampaignForm(
        String code,
        String title,
        String problemHtml,
        String audience,
        List<String> unitCodes,
        Long shortlistId,
        LocalDate opensOn,
        LocalDate closesOn,
        String orientation,
        boolean anonymousAllowed,
        Integer supportThreshold,
        Integer supportDays,
        List<String> evaluators,
        List<Criterion> criteria,
        List<Stage> stages)
        implements Serializable {

    /** One scorecard criterion. */
    public record Criterion(String name, String description, Double weight) implements Serializable {}

    /** One pipeline stage. */
    public record Stage(String code, String name, String phase, Integer maxDays, boolean participation)
            implements Serializable {}

    public CampaignForm {
        unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
        evaluators = evaluators == null ? List.of() : List.copyOf(evaluators);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        stages = stages == null ? List.of() : List.copyOf(stages);
    }
}

package org.cocrea.climate.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.cocrea.climate.control.Heatmap;
import org.cocrea.climate.control.OrganisationResult;

/** A round's results as the dashboard first shows them: the organisation and the heatmap. */
public record ResultsSummary(
        String roundName,
        LocalDate date,
        int threshold,
        int commentThreshold,
        OrganisationResult organisation,
        Heatmap heatmap)
        implements Serializable {}

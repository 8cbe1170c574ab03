package org.cocrea.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.kpi.boundary.KpiDefinitions;
import org.cocrea.kpi.control.KpiDefinition;

/**
 * A KPI definition as the API shows it: flat fields with the codes the API accepts ({@code higher},
 * {@code quarter}, {@code sum}), the thresholds and every version.
 */
public record KpiJson(
        String key,
        String name,
        String description,
        String unit,
        String direction,
        String grain,
        String kind,
        String aggregation,
        String owner,
        Double min,
        Double max,
        boolean wholeNumber,
        boolean builtIn,
        double greenTolerance,
        double amberTolerance,
        List<Version> versions) {

    /** One version of the definition. */
    public record Version(
            int number,
            LocalDate validFrom,
            String name,
            String unit,
            String direction,
            String grain,
            String aggregation,
            String owner,
            Instant createdAt,
            String createdBy) {}

    static KpiJson of(KpiDefinitions.KpiView v) {
        KpiDefinition d = v.current();
        return new KpiJson(
                d.key(),
                d.name(),
                d.description(),
                d.unit(),
                d.direction().code(),
                d.grain().code(),
                d.kind().code(),
                d.aggregation().code(),
                d.owner(),
                d.values().min(),
                d.values().max(),
                d.values().wholeNumber(),
                v.builtIn(),
                v.thresholds().greenTolerance(),
                v.thresholds().amberTolerance(),
                v.versions().stream()
                        .map(x -> new Version(
                                x.number(),
                                x.validFrom(),
                                x.definition().name(),
                                x.definition().unit(),
                                x.definition().direction().code(),
                                x.definition().grain().code(),
                                x.definition().aggregation().code(),
                                x.definition().owner(),
                                x.createdAt(),
                                x.createdBy()))
                        .toList());
    }
}

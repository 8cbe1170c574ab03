package org.cocrea.kpi.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The entered KPI values, in memory: the model of what the persistence layer keeps, and the roll-up
 * of entered values to longer periods. Entering a value again for the same KPI, period and scope
 * corrects it; the earlier values stay in the history.
 *
 * <p>Roll-up follows the definition in force for the longer period: its parts are the periods of
 * the KPI's grain inside it, combined by the KPI's aggregation over the parts that have a value
 * (sum, mean or last). The breakdown says how many parts had one, so a dashboard can mark a
 * quarter that is not complete yet. Not thread-safe.
 */
public final class MeasurementLedger {

    private final KpiCatalogue catalogue;
    private final Map<String, List<Measurement>> history = new TreeMap<>();

    public MeasurementLedger(KpiCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * Applies an import: every measurement when the report has no error, none otherwise.
     *
     * @return how many measurements were applied (0 for a report with errors)
     */
    public int apply(MeasurementReport report) {
        if (!report.ok()) {
            return 0;
        }
        report.measurements().forEach(this::record);
        return report.measurements().size();
    }

    /**
     * Applies a checked batch: every measurement when there is no problem, none otherwise.
     *
     * @return how many measurements were applied
     */
    public int apply(MeasurementInput.Checked checked) {
        if (!checked.ok()) {
            return 0;
        }
        checked.measurements().forEach(this::record);
        return checked.measurements().size();
    }

    /** Records one checked measurement, replacing the current value of its KPI, period and scope. */
    public void record(Measurement m) {
        if (!catalogue.contains(m.kpi())) {
            throw new IllegalArgumentException("Unknown KPI " + m.kpi());
        }
        history.computeIfAbsent(slot(m.kpi(), m.scope(), m.period()), k -> new ArrayList<>())
                .add(m);
    }

    /** The current value entered for exactly this KPI, scope and period. */
    public Optional<Measurement> find(String kpi, Scope scope, Period period) {
        List<Measurement> h = history.get(slot(kpi, scope, period));
        return h == null ? Optional.empty() : Optional.of(h.get(h.size() - 1));
    }

    /** Every value entered for the KPI, scope and period, oldest first (corrections included). */
    public List<Measurement> history(String kpi, Scope scope, Period period) {
        List<Measurement> h = history.get(slot(kpi, scope, period));
        return h == null ? List.of() : List.copyOf(h);
    }

    /**
     * The KPI's value for the scope and period: the entered value for a period of the KPI's grain,
     * the roll-up of the entered parts for a longer one.
     */
    public KpiValue value(String kpi, Scope scope, Period period) {
        KpiDefinition d =
                catalogue.at(kpi, period).orElseThrow(() -> new IllegalArgumentException("Unknown KPI " + kpi));
        if (period.grain().finerThan(d.grain())) {
            return KpiValue.notComputable(d.name() + " is entered per "
                    + d.grain().code() + "; read it for a " + d.grain().code() + " or a longer period.");
        }
        if (period.grain() == d.grain()) {
            return find(kpi, scope, period)
                    .map(m -> KpiValue.of(m.value()))
                    .orElseGet(() -> KpiValue.notComputable("No value has been entered for " + period + "."));
        }
        List<Double> present = new ArrayList<>();
        List<Period> parts = period.split(d.grain());
        for (Period p : parts) {
            find(kpi, scope, p).ifPresent(m -> present.add(m.value()));
        }
        Map<String, Double> breakdown = new LinkedHashMap<>();
        breakdown.put("parts_entered", (double) present.size());
        breakdown.put("parts", (double) parts.size());
        if (present.isEmpty()) {
            return KpiValue.notComputable(
                    "No value has been entered for any " + d.grain().code() + " of " + period + ".", breakdown);
        }
        return KpiValue.of(d.aggregation().combine(present), breakdown);
    }

    private static String slot(String kpi, Scope scope, Period period) {
        return kpi + "|" + scope + "|" + period.grain() + "|" + period;
    }
}

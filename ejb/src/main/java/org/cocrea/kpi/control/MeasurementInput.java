package org.cocrea.kpi.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An entered KPI value as the form or a REST client sends it, before checking; every field is text
 * so that a wrong value can be refused with a message rather than failing to bind (the resource
 * passes a JSON number's text). {@link #check} and {@link #checkBatch} turn inputs into {@link
 * Measurement}s or into problems naming the field.
 *
 * <p>Rules: {@code kpi} is the key of an entered KPI (unknown and computed KPIs are refused);
 * {@code period} is of the KPI's grain ({@code 2026-Q1} for a quarterly KPI) under the definition in
 * force for that period, and has begun; {@code scope} is {@code organisation} (or empty), a unit
 * code or {@code campaign:CODE} that exists; {@code value} is a number (decimal point or comma)
 * within the KPI's {@link ValueRule}. A batch holds at most {@value #MAX_BATCH} values, one per KPI,
 * period and scope, and is all-or-nothing.
 *
 * @param kpi the KPI's key, e.g. {@code rd_spend}
 * @param period e.g. {@code 2026-Q1}
 * @param scope e.g. {@code organisation}, {@code SALES} or {@code campaign:SPRING-26}; null for the
 *     organisation
 * @param value e.g. {@code 125000} or {@code 12,5}
 */
public record MeasurementInput(String kpi, String period, String scope, String value) {

    /** The most values one batch may carry. */
    public static final int MAX_BATCH = 10_000;

    /**
     * A problem with one input: its position in the batch (0 for a single input), the field (the
     * record component's name) and what to do.
     */
    public record Problem(int index, String field, String message) {}

    /** The outcome of a check: the measurements when there are no problems, else the problems. */
    public record Checked(List<Measurement> measurements, List<Problem> problems) {
        public Checked {
            measurements = List.copyOf(measurements);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** An input with a numeric value, e.g. from a form field bound to a number. */
    public static MeasurementInput of(String kpi, String period, String scope, Number value) {
        return new MeasurementInput(
                kpi, period, scope, value == null ? null : new BigDecimal(value.toString()).toPlainString());
    }

    /**
     * Checks this one input.
     *
     * @param catalogue the KPI definitions with their history
     * @param knownScope whether a unit or campaign exists; null to accept any well-formed scope
     * @param today values for periods starting after it are refused; null to skip this check
     */
    public Checked check(KpiCatalogue catalogue, Predicate<Scope> knownScope, LocalDate today) {
        return checkBatch(List.of(this), catalogue, knownScope, today);
    }

    /**
     * Checks a batch. With any problem no measurement is returned; every problem is listed with the
     * position (from 0) of its input. A second value for the same KPI, period and scope is refused.
     */
    public static Checked checkBatch(
            List<MeasurementInput> batch, KpiCatalogue catalogue, Predicate<Scope> knownScope, LocalDate today) {
        if (batch == null || batch.isEmpty()) {
            return new Checked(List.of(), List.of(new Problem(0, "measurements", "Send at least one value.")));
        }
        if (batch.size() > MAX_BATCH) {
            return new Checked(
                    List.of(),
                    List.of(new Problem(
                            0,
                            "measurements",
                            "A batch may hold at most " + MAX_BATCH + " values; this one has " + batch.size()
                                    + ". Split it.")));
        }
        MeasurementFields fields = new MeasurementFields(catalogue, knownScope, today);
        List<Problem> problems = new ArrayList<>();
        List<Measurement> out = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            int index = i;
            MeasurementInput in = batch.get(i);
            if (in == null) {
                problems.add(new Problem(i, "measurement", "The value is empty."));
                continue;
            }
            Measurement m = fields.check(
                    in.kpi, in.period, in.scope, in.value, (f, msg) -> problems.add(new Problem(index, f, msg)));
            if (m == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(m.kpi() + "|" + m.period() + "|" + m.scope(), i);
            if (earlier != null) {
                problems.add(new Problem(
                        i,
                        "period",
                        "Value " + earlier + " of the batch is already for " + m.kpi() + ", " + m.period() + ", "
                                + m.scope() + ". Send one value per KPI, period and scope."));
            } else {
                out.add(m);
            }
        }
        return problems.isEmpty() ? new Checked(out, List.of()) : new Checked(List.of(), problems);
    }
}

package org.cocrea.kpi.control;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The checks of an entered value, shared by the form and REST input ({@link MeasurementInput}) and
 * the file import ({@link MeasurementRows}). Problems go to a sink as (field, message); the field
 * names are the file's column names and the input's record components: {@code kpi}, {@code period},
 * {@code scope}, {@code value}.
 */
final class MeasurementFields {

    private final KpiCatalogue catalogue;
    private final Predicate<Scope> knownScope;
    private final LocalDate today;

    /**
     * @param catalogue the KPI definitions with their history
     * @param knownScope whether a unit or campaign exists; null to accept any well-formed scope
     * @param today values for periods starting after it are refused; null to skip this check
     */
    MeasurementFields(KpiCatalogue catalogue, Predicate<Scope> knownScope, LocalDate today) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.knownScope = knownScope;
        this.today = today;
    }

    /** The measurement, or null after reporting every problem found. */
    Measurement check(
            String kpiText, String periodText, String scopeText, String valueText, BiConsumer<String, String> problem) {
        boolean ok = true;
        KpiDefinition current = null;
        String key = null;
        if (kpiText == null || kpiText.isBlank()) {
            problem.accept("kpi", "Give the KPI's key, one of: " + enteredKeys() + ".");
            ok = false;
        } else {
            key = kpiText.strip().toLowerCase(Locale.ROOT);
            current = catalogue.current(key).orElse(null);
            if (current == null) {
                problem.accept("kpi", catalogue.unknownMessage(kpiText.strip()));
                ok = false;
            } else if (current.kind() == KpiKind.COMPUTED) {
                problem.accept(
                        "kpi",
                        current.name() + " (" + key + ") is computed by Cocrea from activity and cannot be entered."
                                + " Enter one of: " + enteredKeys() + ".");
                ok = false;
                current = null;
            }
        }

        Period period = null;
        try {
            period = Period.parse(periodText, "period");
        } catch (InvalidFieldException e) {
            problem.accept(e.field(), e.getMessage());
            ok = false;
        }

        KpiCatalogue.Version version = null;
        if (current != null && period != null) {
            version = catalogue.version(key, period).orElseThrow();
            Grain grain = version.definition().grain();
            if (period.grain() != grain) {
                String hint = grain.coarserThan(period.grain())
                        ? "Write the " + grain.code() + " it belongs to, " + period.rollUp(grain) + "."
                        : "Write each " + grain.code() + " on its own row, e.g. "
                                + period.split(grain).get(0) + ".";
                problem.accept(
                        "period",
                        key + " is entered per " + grain.code() + "; '" + period + "' is a "
                                + period.grain().code() + ". " + hint);
                ok = false;
            } else if (today != null && period.start().isAfter(today)) {
                problem.accept(
                        "period",
                        "The period " + period + " has not begun yet. Values can be entered for periods that have"
                                + " begun.");
                ok = false;
            }
        }

        Scope scope = null;
        try {
            scope = Scope.parse(scopeText, "scope");
            if (knownScope != null && !scope.isOrganisation() && !knownScope.test(scope)) {
                problem.accept(
                        "scope",
                        "There is no " + scope.kind().code() + " with the code " + scope.code() + ". "
                                + (scope.kind() == Scope.Kind.UNIT
                                        ? "Use the code of an org unit, or campaign:CODE for a campaign."
                                        : "Use the code of a campaign, or a unit code for an org unit."));
                ok = false;
            }
        } catch (InvalidFieldException e) {
            problem.accept(e.field(), e.getMessage());
            ok = false;
        }

        Double value = null;
        if (valueText == null || valueText.isBlank()) {
            problem.accept("value", "Give the value as a number.");
            ok = false;
        } else {
            value = Numbers.parse(valueText);
            if (value == null) {
                problem.accept(
                        "value",
                        "'" + valueText.strip() + "' is not a number. Write digits with a decimal point or comma,"
                                + " e.g. 12.5, without thousands separators or a unit.");
                ok = false;
            } else {
                ValueRule rule = version != null
                        ? version.definition().values()
                        : current != null ? current.values() : ValueRule.ANY;
                String p = rule.problem(value);
                if (p != null) {
                    problem.accept("value", p);
                    ok = false;
                }
            }
        }
        return ok ? new Measurement(key, period, scope, value, version.number()) : null;
    }

    private String enteredKeys() {
        return catalogue.entered().stream().map(KpiDefinition::key).collect(Collectors.joining(", "));
    }
}

package org.cocrea.kpi.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cocrea.kpi.control.Aggregation;
import org.cocrea.kpi.control.Direction;
import org.cocrea.kpi.control.Grain;
import org.cocrea.kpi.control.InvalidFieldException;
import org.cocrea.kpi.control.KpiDefinition;
import org.cocrea.kpi.control.KpiKind;
import org.cocrea.kpi.control.ValueRule;
import org.cocrea.platform.BusinessRuleException;

/**
 * A KPI definition as the form or a REST client sends it, every field as text so that each wrong
 * field can be named. For a change, a field left null keeps its current value.
 *
 * @param key lower-case letters, digits, underscores (new KPIs only)
 * @param name the name
 * @param description what it measures
 * @param unit e.g. {@code %}, {@code days}, {@code EUR}
 * @param direction {@code higher} or {@code lower}
 * @param grain {@code month}, {@code quarter} or {@code year}
 * @param aggregation {@code sum}, {@code mean} or {@code last}
 * @param owner a role or user name
 * @param min the smallest value allowed, or empty
 * @param max the largest value allowed, or empty
 * @param wholeNumber {@code true} for counts
 */
public record DefinitionInput(
        String key,
        String name,
        String description,
        String unit,
        String direction,
        String grain,
        String aggregation,
        String owner,
        String min,
        String max,
        Boolean wholeNumber)
        implements Serializable {

    /** The fields of a definition, for a form that shows a current one. */
    public static DefinitionInput of(KpiDefinition d) {
        return new DefinitionInput(
                d.key(),
                d.name(),
                d.description(),
                d.unit(),
                d.direction().code(),
                d.grain().code(),
                d.aggregation().code(),
                d.owner(),
                d.values().min() == null ? null : plain(d.values().min()),
                d.values().max() == null ? null : plain(d.values().max()),
                d.values().wholeNumber());
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * A new entered KPI's definition.
     *
     * @throws BusinessRuleException listing every field at fault
     */
    KpiDefinition toNewDefinition() {
        return build(null);
    }

    /**
     * The definition after this change to {@code current}: null fields keep its values.
     *
     * @throws BusinessRuleException listing every field at fault
     */
    KpiDefinition applyTo(KpiDefinition current) {
        return build(current);
    }

    private KpiDefinition build(KpiDefinition base) {
        List<BusinessRuleException.FieldProblem> problems = new ArrayList<>();
        String k = base != null ? base.key() : key == null ? null : key.strip().toLowerCase(Locale.ROOT);
        if (base == null && (k == null || !KpiDefinition.KEY.matcher(k).matches())) {
            problems.add(new BusinessRuleException.FieldProblem(
                    "key",
                    "Give a key of 2 to 60 lower-case letters, digits or underscores, starting with a letter, e.g."
                            + " net_promoter_score."));
        }
        Direction d = base == null ? null : base.direction();
        if (direction != null || base == null) {
            d = Direction.fromCode(direction).orElse(null);
            if (d == null) {
                problems.add(new BusinessRuleException.FieldProblem("direction", "Choose higher or lower is better."));
            }
        }
        Grain g = base == null ? Grain.QUARTER : base.grain();
        if (grain != null && !grain.isBlank()) {
            g = Grain.fromCode(grain).orElse(null);
            if (g == null) {
                problems.add(
                        new BusinessRuleException.FieldProblem("grain", "Choose the grain: " + Grain.codes() + "."));
            }
        }
        Aggregation a = base == null ? Aggregation.SUM : base.aggregation();
        if (aggregation != null && !aggregation.isBlank()) {
            Aggregation parsed = Aggregation.fromCode(aggregation).orElse(null);
            if (parsed == null && base != null && base.kind() == KpiKind.COMPUTED) {
                parsed = Aggregation.parse(aggregation).orElse(null);
            }
            a = parsed;
            if (a == null) {
                problems.add(new BusinessRuleException.FieldProblem(
                        "aggregation", "Choose how values roll up to longer periods: sum, mean or last."));
            }
        }
        Double lo = base == null ? null : base.values().min();
        Double hi = base == null ? null : base.values().max();
        if (min != null || base == null) {
            lo = number("min", min, problems);
        }
        if (max != null || base == null) {
            hi = number("max", max, problems);
        }
        boolean whole = wholeNumber != null
                ? wholeNumber
                : base != null && base.values().wholeNumber();
        String n = name != null || base == null ? name : base.name();
        String desc = description != null || base == null ? description : base.description();
        String u = unit != null || base == null ? unit : base.unit();
        String o = owner != null || base == null ? owner : base.owner();
        check(
                "name",
                () -> new KpiDefinition(
                        "x_x",
                        n,
                        "",
                        "u",
                        Direction.HIGHER_IS_BETTER,
                        Grain.MONTH,
                        KpiKind.ENTERED,
                        Aggregation.SUM,
                        "o",
                        ValueRule.ANY),
                problems);
        check(
                "description",
                () -> new KpiDefinition(
                        "x_x",
                        "n",
                        desc,
                        "u",
                        Direction.HIGHER_IS_BETTER,
                        Grain.MONTH,
                        KpiKind.ENTERED,
                        Aggregation.SUM,
                        "o",
                        ValueRule.ANY),
                problems);
        check(
                "unit",
                () -> new KpiDefinition(
                        "x_x",
                        "n",
                        "",
                        u,
                        Direction.HIGHER_IS_BETTER,
                        Grain.MONTH,
                        KpiKind.ENTERED,
                        Aggregation.SUM,
                        "o",
                        ValueRule.ANY),
                problems);
        check(
                "owner",
                () -> new KpiDefinition(
                        "x_x",
                        "n",
                        "",
                        "u",
                        Direction.HIGHER_IS_BETTER,
                        Grain.MONTH,
                        KpiKind.ENTERED,
                        Aggregation.SUM,
                        o,
                        ValueRule.ANY),
                problems);
        ValueRule values = null;
        if (!problems.stream()
                .anyMatch(p -> p.field().equals("min") || p.field().equals("max"))) {
            try {
                values = new ValueRule(lo, hi, whole);
            } catch (InvalidFieldException e) {
                problems.add(new BusinessRuleException.FieldProblem("min", e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw BusinessRuleException.invalid("The definition has " + problems.size() + " problem(s).", problems);
        }
        try {
            return new KpiDefinition(k, n, desc, u, d, g, base == null ? KpiKind.ENTERED : base.kind(), a, o, values);
        } catch (InvalidFieldException e) {
            throw BusinessRuleException.invalid(e.field(), e.getMessage());
        }
    }

    private static void check(
            String field,
            java.util.function.Supplier<KpiDefinition> make,
            List<BusinessRuleException.FieldProblem> out) {
        try {
            make.get();
        } catch (InvalidFieldException e) {
            out.add(new BusinessRuleException.FieldProblem(field, e.getMessage()));
        }
    }

    private static Double number(String field, String text, List<BusinessRuleException.FieldProblem> out) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double v = Double.parseDouble(text.strip().replace(',', '.'));
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            out.add(new BusinessRuleException.FieldProblem(
                    field, "'" + text.strip() + "' is not a number. Leave it empty for no bound."));
            return null;
        }
    }
}

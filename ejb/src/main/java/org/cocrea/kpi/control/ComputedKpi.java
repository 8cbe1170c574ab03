package org.cocrea.kpi.control;

import java.util.Objects;

/**
 * A computed KPI: its definition and its formula.
 *
 * @param definition the definition (kind {@link KpiKind#COMPUTED})
 * @param formula how events become its value
 */
public record ComputedKpi(KpiDefinition definition, KpiFormula formula) {

    public ComputedKpi {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(formula, "formula");
        if (definition.kind() != KpiKind.COMPUTED) {
            throw new IllegalArgumentException(definition.key() + " is not a computed KPI");
        }
    }

    /** The KPI's key. */
    public String key() {
        return definition.key();
    }
}

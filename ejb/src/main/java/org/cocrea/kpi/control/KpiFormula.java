package org.cocrea.kpi.control;

import java.time.Instant;

/**
 * How a computed KPI turns events into {@link Components} and components into a value. A formula
 * must keep its components additive: {@link #apply} may only add to counters, distinct counts and
 * sets and offer latest readings, so that the order of events never matters.
 *
 * <p>Two kinds of events:
 *
 * <ul>
 *   <li><b>flow</b> events count in the period they fall in (ideas submitted in March count for
 *       March);
 *   <li><b>carried</b> events ({@link #carries}) change a level that holds until changed: they count
 *       in their period and in every later one (an idea entering development stays in the pipeline
 *       of every following month until it moves on). They may only touch carried components ({@link
 *       #isCarried}), which a new snapshot takes over from the latest earlier one.
 * </ul>
 */
public interface KpiFormula {

    /** Whether the formula reads this event at all. */
    boolean reads(KpiEvent event);

    /**
     * The time that places the event in a period; usually when it happened. Conversion counts an
     * implementation for the period the idea was submitted in.
     */
    default Instant countsAt(KpiEvent event) {
        return event.at();
    }

    /** Whether the event changes a level carried into later periods. */
    default boolean carries(KpiEvent event) {
        return false;
    }

    /** Whether the component is a carried level. */
    default boolean isCarried(String component) {
        return false;
    }

    /**
     * Whether the formula has any carried level at all; a store reads the whole series of such a KPI
     * (earlier and later periods), of any other only the periods touched.
     */
    default boolean carriesAny() {
        return false;
    }

    /** Adds the event to the components. */
    void apply(KpiEvent event, Components components);

    /** The KPI's value from the components. */
    KpiValue value(Components components);
}

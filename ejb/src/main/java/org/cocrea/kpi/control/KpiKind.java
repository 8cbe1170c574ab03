package org.cocrea.kpi.control;

import java.util.Locale;

/** Where a KPI's values come from. */
public enum KpiKind {
    /** Cocrea computes it from the activity the other features report ({@link KpiEvent}s). */
    COMPUTED,
    /** People enter it: by form, CSV/Excel import or the REST API ({@link Measurement}s). */
    ENTERED;

    /** {@code computed} or {@code entered}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

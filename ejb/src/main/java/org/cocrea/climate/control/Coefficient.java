package org.cocrea.climate.control;

import java.io.Serializable;

/**
 * A coefficient such as Cronbach's alpha that may not be computable for the data at hand.
 *
 * @param value the coefficient, null when not computable
 * @param notComputable why it could not be computed (e.g. "needs at least 2 items"), null when it
 *     was
 */
public record Coefficient(Double value, String notComputable) implements Serializable {

    public Coefficient {
        if ((value == null) == (notComputable == null)) {
            throw new IllegalArgumentException("give either a value or the reason there is none");
        }
    }

    public static Coefficient of(double value) {
        return new Coefficient(value, null);
    }

    public static Coefficient notComputable(String reason) {
        return new Coefficient(null, reason);
    }

    public boolean computable() {
        return value != null;
    }
}

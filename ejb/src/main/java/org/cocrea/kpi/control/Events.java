package org.cocrea.kpi.control;

import java.time.Instant;
import java.util.Objects;

/** Argument checks shared by the event records. */
final class Events {

    static final int MAX_ID = 80;

    private Events() {}

    static String id(String name, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_ID) {
            throw new IllegalArgumentException(name + " must be 1 to " + MAX_ID + " characters, was " + value);
        }
        return value;
    }

    /** A unit or campaign code, or null. */
    static String code(String name, String value) {
        if (value != null && !Scope.CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " is not a valid code: " + value);
        }
        return value;
    }

    static Instant at(String name, Instant value) {
        return Objects.requireNonNull(value, name);
    }

    static double index(String name, double value) {
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(name + " must be 0 to 100, was " + value);
        }
        return value;
    }

    /** A 0–100 value in thousandths, so that sums are exact whatever the order of addition. */
    static long thousandths(double value) {
        return Math.round(value * 1000);
    }
}

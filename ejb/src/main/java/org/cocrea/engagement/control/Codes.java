package org.cocrea.engagement.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reading the lower-case codes users type for enum values ("idea submitted", "Idea-Submitted"). */
final class Codes {

    private Codes() {}

    /** Lower case, spaces and hyphens as underscores, surrounding blanks removed. */
    static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    /** The code of an enum constant: its name in lower case. */
    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** "a, b, c" — the codes of all constants, for messages. */
    static String list(Enum<?>[] values) {
        return Arrays.stream(values).map(Codes::code).collect(Collectors.joining(", "));
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "none";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

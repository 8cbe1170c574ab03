package org.cocrea.kpi.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The length of a reporting period. Grains nest: three months make a quarter, four quarters a year,
 * so a value can be rolled up from a finer grain to a coarser one but never the other way.
 */
public enum Grain {
    MONTH(1, "2026-03"),
    QUARTER(3, "2026-Q1"),
    YEAR(12, "2026");

    private final int months;
    private final String example;

    Grain(int months, String example) {
        this.months = months;
        this.example = example;
    }

    /** How many months a period of this grain spans: 1, 3 or 12. */
    public int months() {
        return months;
    }

    /** How a period of this grain is written, e.g. {@code 2026-Q1}. */
    public String example() {
        return example;
    }

    /** The code used in files and the API: {@code month}, {@code quarter} or {@code year}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether periods of this grain are shorter than those of {@code other}. */
    public boolean finerThan(Grain other) {
        return months < other.months;
    }

    /** Whether periods of this grain are longer than those of {@code other}. */
    public boolean coarserThan(Grain other) {
        return months > other.months;
    }

    /** The next coarser grain (month → quarter → year); empty for a year. */
    public Optional<Grain> coarser() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** The grain for a code such as {@code quarter} or {@code Quarter}; empty when unknown. */
    public static Optional<Grain> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.code().equals(c)).findFirst();
    }

    /** "month, quarter, year". */
    public static String codes() {
        return Arrays.stream(values()).map(Grain::code).collect(Collectors.joining(", "));
    }
}

package org.cocrea.kpi.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar month, quarter or year, known by its grain and its first day. Written as {@code
 * 2026-03} (a month), {@code 2026-Q1} (a quarter) or {@code 2026} (a year); {@link #toString()}
 * gives that form and {@link #parse(String)} reads it.
 *
 * <p>Periods are calendar periods in the organisation's reporting time zone: a timestamp belongs to
 * the period that contains its date in that zone ({@link #of(Grain, Instant, ZoneId)}). Periods are
 * ordered by their first day, the longer first when two start on the same day.
 *
 * @param grain month, quarter or year
 * @param start the first day: the 1st of a month; of January, April, July or October for a quarter;
 *     1 January for a year
 */
public record Period(Grain grain, LocalDate start) implements Comparable<Period>, Serializable {

    /** The field name used in messages when none is given. */
    public static final String FIELD = "period";

    private static final Comparator<Period> ORDER =
            Comparator.comparing(Period::start).thenComparing(Period::grain, Comparator.reverseOrder());

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq](\\d+)");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern QUARTER_FIRST = Pattern.compile("[Qq]([1-4])[ /-]?(\\d{4})");
    private static final Pattern QUARTER_NO_HYPHEN = Pattern.compile("(\\d{4}) ?[Qq]([1-4])");

    public Period {
        Objects.requireNonNull(grain, "grain");
        Objects.requireNonNull(start, "start");
        if (start.getDayOfMonth() != 1 || (start.getMonthValue() - 1) % grain.months() != 0) {
            throw new IllegalArgumentException("A " + grain.code() + " cannot start on " + start
                    + "; use Period.of(grain, date) for the " + grain.code() + " that contains a date.");
        }
    }

    /** The period of the grain that contains the date. */
    public static Period of(Grain grain, LocalDate date) {
        Objects.requireNonNull(grain, "grain");
        int firstMonth = (date.getMonthValue() - 1) / grain.months() * grain.months() + 1;
        return new Period(grain, LocalDate.of(date.getYear(), firstMonth, 1));
    }

    /** The period of the grain that contains the instant's date in the zone. */
    public static Period of(Grain grain, Instant at, ZoneId zone) {
        return of(grain, LocalDate.ofInstant(at, zone));
    }

    /** A month, e.g. {@code month(2026, 3)} for 2026-03. */
    public static Period month(int year, int month) {
        return new Period(Grain.MONTH, LocalDate.of(year, month, 1));
    }

    /** A month. */
    public static Period month(YearMonth month) {
        return month(month.getYear(), month.getMonthValue());
    }

    /** A quarter 1–4, e.g. {@code quarter(2026, 1)} for 2026-Q1. */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4, was " + quarter);
        }
        return new Period(Grain.QUARTER, LocalDate.of(year, (quarter - 1) * 3 + 1, 1));
    }

    /** A calendar year. */
    public static Period year(int year) {
        return new Period(Grain.YEAR, LocalDate.of(year, 1, 1));
    }

    /**
     * Reads {@code 2026-03}, {@code 2026-Q1} (or {@code 2026-q1}) or {@code 2026}; surrounding blanks
     * are ignored.
     *
     * @throws InvalidFieldException naming the field {@value #FIELD} when the text is not a period
     */
    public static Period parse(String text) {
        return parse(text, FIELD);
    }

    /**
     * Reads a period as {@link #parse(String)} does; a problem names {@code field}.
     *
     * @throws InvalidFieldException when the text is not a period
     */
    public static Period parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(
                    field, "Give the period: a month as 2026-03, a quarter as 2026-Q1 or a" + " year as 2026.");
        }
        String t = text.strip();
        Matcher m;
        if ((m = YEAR.matcher(t)).matches()) {
            return year(Integer.parseInt(m.group(1)));
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            int q = Integer.parseInt(m.group(2));
            if (q < 1 || q > 4) {
                throw new InvalidFieldException(
                        field,
                        "'" + t + "' has no quarter " + q + ". A quarter is Q1 to Q4, e.g. " + m.group(1) + "-Q1.");
            }
            return quarter(Integer.parseInt(m.group(1)), q);
        }
        if ((m = MONTH.matcher(t)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new InvalidFieldException(
                        field,
                        "'" + t + "' has no month " + month + ". A month is 01 to 12, e.g. " + m.group(1) + "-03.");
            }
            if (m.group(2).length() == 1) {
                throw new InvalidFieldException(
                        field,
                        "Write the month with two digits: " + m.group(1) + "-0" + month + " instead of '" + t + "'.");
            }
            return month(Integer.parseInt(m.group(1)), month);
        }
        if ((m = DATE.matcher(t)).matches()) {
            throw new InvalidFieldException(
                    field,
                    "'" + t + "' is a date, not a period. Write its month as " + m.group(1) + "-" + m.group(2)
                            + ", its quarter as " + m.group(1) + "-Q"
                            + ((Integer.parseInt(m.group(2)) + 2) / 3) + " or its year as " + m.group(1) + ".");
        }
        if ((m = QUARTER_FIRST.matcher(t)).matches() || (m = QUARTER_NO_HYPHEN.matcher(t)).matches()) {
            boolean quarterFirst = QUARTER_FIRST.matcher(t).matches();
            String year = quarterFirst ? m.group(2) : m.group(1);
            String q = quarterFirst ? m.group(1) : m.group(2);
            throw new InvalidFieldException(
                    field, "Write the quarter as " + year + "-Q" + q + " instead of '" + t + "'.");
        }
        throw new InvalidFieldException(
                field,
                "'" + t + "' is not a period. Write a month as 2026-03, a quarter as 2026-Q1 or a year as 2026.");
    }

    /**
     * Reads a period that must be of the given grain.
     *
     * @throws InvalidFieldException naming {@code field} when the text is not a period or is one of
     *     another grain
     */
    public static Period parse(String text, String field, Grain expected) {
        Period p = parse(text, field);
        if (p.grain != expected) {
            throw new InvalidFieldException(field, wrongGrain(p, expected));
        }
        return p;
    }

    /** "'2026-03' is a month, but a quarter is expected. Write it as 2026-Q1." */
    static String wrongGrain(Period p, Grain expected) {
        String hint = expected.coarserThan(p.grain)
                ? "Write the " + expected.code() + " it belongs to, " + p.rollUp(expected) + "."
                : "Write a " + expected.code() + " such as " + p.split(expected).get(0) + ".";
        return "'" + p + "' is a " + p.grain.code() + ", but a " + expected.code() + " is expected. " + hint;
    }

    /** The last day of the period (30 April, 30 June, 31 December …). */
    public LocalDate end() {
        return endExclusive().minusDays(1);
    }

    /** The first day after the period. */
    public LocalDate endExclusive() {
        return start.plusMonths(grain.months());
    }

    /** Whether the date falls in the period (first and last day included). */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(endExclusive());
    }

    /** Whether the instant's date in the zone falls in the period. */
    public boolean contains(Instant at, ZoneId zone) {
        return contains(LocalDate.ofInstant(at, zone));
    }

    /** Whether {@code other} lies inside this period: the same period or a finer one within it. */
    public boolean contains(Period other) {
        return !other.grain.coarserThan(grain)
                && !other.start.isBefore(start)
                && !other.endExclusive().isAfter(endExclusive());
    }

    /** The period after this one, of the same grain (2026-Q4 → 2027-Q1, 2026-12 → 2027-01). */
    public Period next() {
        return plus(1);
    }

    /** The period before this one, of the same grain (2026-01 → 2025-12). */
    public Period previous() {
        return plus(-1);
    }

    /** The period {@code n} periods later (earlier when negative), of the same grain. */
    public Period plus(long n) {
        return new Period(grain, start.plusMonths(n * grain.months()));
    }

    /** How many periods of this grain lie from this one to {@code other} (negative when earlier). */
    public long until(Period other) {
        if (other.grain != grain) {
            throw new IllegalArgumentException("Cannot count " + grain.code() + "s to " + other);
        }
        return ChronoUnit.MONTHS.between(start, other.start) / grain.months();
    }

    /**
     * The period of the coarser (or same) grain that contains this one: 2026-05 → 2026-Q2 → 2026.
     *
     * @throws IllegalArgumentException when {@code coarser} is finer than this period's grain
     */
    public Period rollUp(Grain coarser) {
        if (coarser.finerThan(grain)) {
            throw new IllegalArgumentException(
                    "A " + grain.code() + " cannot be rolled up to a " + coarser.code() + "; only to a longer period.");
        }
        return of(coarser, start);
    }

    /**
     * The periods of a finer (or the same) grain that make up this one, in order: a year's four
     * quarters or twelve months, a quarter's three months.
     *
     * @throws IllegalArgumentException when {@code finer} is coarser than this period's grain
     */
    public List<Period> split(Grain finer) {
        if (finer.coarserThan(grain)) {
            throw new IllegalArgumentException("A " + grain.code() + " cannot be split into " + finer.code() + "s.");
        }
        List<Period> parts = new ArrayList<>();
        for (Period p = new Period(finer, start); p.start.isBefore(endExclusive()); p = p.next()) {
            parts.add(p);
        }
        return parts;
    }

    /**
     * The periods from {@code first} to {@code last}, both included, in order; empty when {@code
     * last} is before {@code first}.
     */
    public static List<Period> range(Period first, Period last) {
        if (first.grain != last.grain) {
            throw new IllegalArgumentException("A range needs two periods of the same grain: " + first + ", " + last);
        }
        List<Period> out = new ArrayList<>();
        for (Period p = first; !p.start.isAfter(last.start); p = p.next()) {
            out.add(p);
        }
        return out;
    }

    /** The calendar year of the first day. */
    public int year() {
        return start.getYear();
    }

    /** The quarter 1–4 the period starts in. */
    public int quarter() {
        return (start.getMonthValue() - 1) / 3 + 1;
    }

    /** The month 1–12 the period starts in. */
    public int month() {
        return start.getMonthValue();
    }

    /** {@code 2026-03}, {@code 2026-Q1} or {@code 2026}. */
    @Override
    public String toString() {
        return switch (grain) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year(), month());
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", year(), quarter());
            case YEAR -> String.format(Locale.ROOT, "%04d", year());
        };
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }
}

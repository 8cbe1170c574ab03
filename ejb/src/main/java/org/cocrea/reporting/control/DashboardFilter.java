package org.cocrea.reporting.control;

import java.io.Serializable;
import java.time.LocalDate;
import org.cocrea.kpi.control.Grain;
import org.cocrea.kpi.control.InvalidFieldException;
import org.cocrea.kpi.control.Period;
import org.cocrea.kpi.control.Scope;

/**
 * What a dashboard shows: a scope (the organisation, a unit or a campaign), a grain and a range of
 * periods. Kept in the page's address ({@code ?scope=unit:RD&grain=quarter&from=2025-Q3&to=2026-Q2})
 * so that a view can be shared; the same parameters drive the REST API and the exports.
 *
 * @param scope what the figures are about
 * @param grain month, quarter or year
 * @param from the first period shown
 * @param to the last period shown (the tiles show this one)
 */
public record DashboardFilter(Scope scope, Grain grain, Period from, Period to) implements Serializable {

    /** The most periods one dashboard shows. */
    public static final int MAX_PERIODS = 60;

    /** Periods shown when no range is given. */
    public static final int DEFAULT_PERIODS = 12;

    public DashboardFilter {
        if (from.grain() != grain || to.grain() != grain) {
            throw new IllegalArgumentException("from and to must be " + grain.code() + "s");
        }
    }

    /**
     * Reads the parameters; missing ones default to the organisation, months, and the twelve
     * periods up to the last complete one.
     *
     * @throws InvalidFieldException naming {@code scope}, {@code grain}, {@code from} or {@code to}
     */
    public static DashboardFilter parse(String scope, String grain, String from, String to, LocalDate today) {
        Scope s = Scope.parse(scope, "scope");
        Grain g = grain == null || grain.isBlank()
                ? null
                : Grain.fromCode(grain)
                        .orElseThrow(
                                () -> new InvalidFieldException("grain", "Choose the grain: " + Grain.codes() + "."));
        Period f = blank(from) ? null : Period.parse(from, "from");
        Period t = blank(to) ? null : Period.parse(to, "to");
        if (g == null) {
            g = t != null ? t.grain() : f != null ? f.grain() : Grain.MONTH;
        }
        Period current = Period.of(g, today);
        if (t == null) {
            t = current.previous();
        } else if (t.grain() != g) {
            t = g.coarserThan(t.grain())
                    ? t.rollUp(g)
                    : t.split(g).get(t.split(g).size() - 1);
        }
        if (t.compareTo(current) > 0) {
            t = current;
        }
        if (f == null) {
            f = t.plus(1L - defaultPeriods(g));
        } else if (f.grain() != g) {
            f = g.coarserThan(f.grain()) ? f.rollUp(g) : f.split(g).get(0);
        }
        if (f.compareTo(t) > 0) {
            throw new InvalidFieldException("from", "The range starts at " + f + ", after its end " + t + ".");
        }
        if (f.until(t) + 1 > MAX_PERIODS) {
            throw new InvalidFieldException(
                    "from",
                    "Show at most " + MAX_PERIODS + " " + g.code()
                            + "s at a time; choose a later start or a longer grain.");
        }
        return new DashboardFilter(s, g, f, t);
    }

    private static int defaultPeriods(Grain g) {
        return switch (g) {
            case MONTH -> DEFAULT_PERIODS;
            case QUARTER -> 8;
            case YEAR -> 3;
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The periods from {@code from} to {@code to}. */
    public java.util.List<Period> periods() {
        return Period.range(from, to);
    }

    /** The same range for another scope (drill-down). */
    public DashboardFilter withScope(Scope other) {
        return new DashboardFilter(other, grain, from, to);
    }

    /** The query string of the filter, e.g. {@code scope=unit:RD&grain=month&from=2026-01&to=2026-06}. */
    public String query() {
        return "scope=" + java.net.URLEncoder.encode(scope.toString(), java.nio.charset.StandardCharsets.UTF_8)
                + "&grain=" + grain.code() + "&from=" + from + "&to=" + to;
    }
}

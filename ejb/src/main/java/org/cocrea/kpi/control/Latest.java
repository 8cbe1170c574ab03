package org.cocrea.kpi.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * The latest reading of a level (an audience size, a climate result): when, the value and a count
 * that goes with it (respondents). Of two readings the later wins; at the same instant the larger
 * value, then the larger count — so the outcome never depends on the order readings arrive in.
 *
 * @param at when read
 * @param value the value (a size, or an index in thousandths)
 * @param count what the value rests on (respondents), 0 when nothing
 */
public record Latest(Instant at, long value, long count) implements Comparable<Latest>, Serializable {

    private static final Comparator<Latest> ORDER =
            Comparator.comparing(Latest::at).thenComparingLong(Latest::value).thenComparingLong(Latest::count);

    public Latest {
        Objects.requireNonNull(at, "at");
    }

    /** The later of the two (see the class comment for ties). */
    public static Latest max(Latest a, Latest b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public int compareTo(Latest other) {
        return ORDER.compare(this, other);
    }
}

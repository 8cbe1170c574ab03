package org.cocrea.engagement.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;

/**
 * One stakeholder's activity as daily counts per type: for each (day, type) that had activity,
 * the number of activities and the sum of their weights in thousandths. This is the compact
 * aggregate the engagement calculations work from; the activity log itself is not needed to
 * compute an index.
 *
 * <p>Entries are kept in parallel arrays sorted by day, then type (about 20 bytes an entry), so a
 * stakeholder with activity on 30 days costs a few hundred bytes. Adding today's activity is an
 * append; a late activity for an earlier day is inserted in place. Totals over a range of days are
 * a binary search plus a scan of the days in the range.
 *
 * <p>Not thread-safe; one instance belongs to one stakeholder.
 */
public final class ActivityHistory {

    private int size;
    private int[] days = new int[4];
    private byte[] types = new byte[4];
    private int[] counts = new int[4];
    private long[] weightMillis = new long[4];

    /**
     * Adds activity of one type on one day.
     *
     * @param count how many activities (≥ 1)
     * @param weightMillis the sum of their multipliers in thousandths (1000 per plain activity)
     * @return true when the stakeholder had no activity of any type on that day before
     */
    public boolean add(LocalDate day, ActivityType type, int count, long weightMillis) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(type, "type");
        if (count < 1 || weightMillis < 1) {
            throw new IllegalArgumentException(
                    "count and weightMillis must be positive, were " + count + " and " + weightMillis);
        }
        int d = Math.toIntExact(day.toEpochDay());
        int t = type.ordinal();
        if (size == 0 || d > days[size - 1] || (d == days[size - 1] && t > types[size - 1])) {
            boolean newDay = size == 0 || d > days[size - 1];
            insert(size, d, t, count, weightMillis);
            return newDay;
        }
        int i = search(d, t);
        if (i >= 0) {
            counts[i] += count;
            this.weightMillis[i] += weightMillis;
            return false;
        }
        int at = -i - 1;
        boolean newDay = (at == 0 || days[at - 1] != d) && (at == size || days[at] != d);
        insert(at, d, t, count, weightMillis);
        return newDay;
    }

    /** Adds one activity on its day in the given zone; see {@link #add(LocalDate, ActivityType, int, long)}. */
    public boolean add(Activity activity, ZoneId zone) {
        return add(activity.day(zone), activity.type(), 1, activity.weightMillis());
    }

    /** Totals over the days {@code from..to}, both included (empty when from is after to). */
    public ActivityCounts between(LocalDate from, LocalDate to) {
        ActivityCounts c = new ActivityCounts();
        addBetween(c, Math.toIntExact(from.toEpochDay()), Math.toIntExact(to.toEpochDay()));
        return c;
    }

    /** Totals of one day. */
    public ActivityCounts on(LocalDate day) {
        return between(day, day);
    }

    void addBetween(ActivityCounts target, int fromDay, int toDay) {
        for (int i = firstIndexOnOrAfter(fromDay); i < size && days[i] <= toDay; i++) {
            target.add(ActivityType.ofOrdinal(types[i]), counts[i], weightMillis[i]);
        }
    }

    void subtractDay(ActivityCounts target, int day) {
        for (int i = firstIndexOnOrAfter(day); i < size && days[i] == day; i++) {
            target.add(ActivityType.ofOrdinal(types[i]), -counts[i], -weightMillis[i]);
        }
    }

    /** The last day of each type on or before {@code asOf}. */
    public LastActivity lastActivity(LocalDate asOf) {
        LastActivity last = new LastActivity();
        int end = firstIndexOnOrAfter(Math.toIntExact(asOf.toEpochDay()) + 1);
        for (int i = 0; i < end; i++) {
            last.seen(ActivityType.ofOrdinal(types[i]), days[i]);
        }
        return last;
    }

    /** The number of (day, type) entries kept. */
    public int entries() {
        return size;
    }

    /** Whether nothing was ever added. */
    public boolean isEmpty() {
        return size == 0;
    }

    private int firstIndexOnOrAfter(int day) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int search(int d, int t) {
        long key = ((long) d << 8) | t;
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long k = ((long) days[mid] << 8) | types[mid];
            if (k < key) {
                lo = mid + 1;
            } else if (k > key) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    private void insert(int at, int d, int t, int count, long millis) {
        if (size == days.length) {
            int capacity = days.length * 2;
            days = Arrays.copyOf(days, capacity);
            types = Arrays.copyOf(types, capacity);
            counts = Arrays.copyOf(counts, capacity);
            weightMillis = Arrays.copyOf(weightMillis, capacity);
        }
        int tail = size - at;
        if (tail > 0) {
            System.arraycopy(days, at, days, at + 1, tail);
            System.arraycopy(types, at, types, at + 1, tail);
            System.arraycopy(counts, at, counts, at + 1, tail);
            System.arraycopy(weightMillis, at, weightMillis, at + 1, tail);
        }
        days[at] = d;
        types[at] = (byte) t;
        counts[at] = count;
        weightMillis[at] = millis;
        size++;
    }
}

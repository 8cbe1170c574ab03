package org.cocrea.reporting.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** When a scheduled report goes out next: weekly on a day of the week, monthly on a day of the month. */
public final class ReportCalendar {

    private ReportCalendar() {}

    /**
     * The first sending time strictly after {@code after}.
     *
     * @param weekly weekly (else monthly)
     * @param day ISO day of the week 1 (Monday) to 7 for weekly, day of the month 1 to 28 for monthly
     * @param hour the hour of the day, 0 to 23, in the organisation's zone
     */
    public static Instant next(boolean weekly, int day, int hour, Instant after, ZoneId zone) {
        ZonedDateTime t = after.atZone(zone);
        LocalDate date = t.toLocalDate();
        for (int i = 0; i < 3; i++) {
            LocalDate candidate = weekly
                    ? date.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(day))).plusWeeks(i)
                    : (date.getDayOfMonth() <= day
                                    ? date.withDayOfMonth(day)
                                    : date.plusMonths(1).withDayOfMonth(day))
                            .plusMonths(i);
            Instant at = candidate.atTime(hour, 0).atZone(zone).toInstant();
            if (at.isAfter(after)) {
                return at;
            }
        }
        throw new IllegalStateException("no next sending time after " + after);
    }
}

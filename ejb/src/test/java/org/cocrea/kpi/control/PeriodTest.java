package org.cocrea.kpi.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void parsesAndFormatsTheThreeGrains() {
        assertThat(Period.parse("2026-03")).isEqualTo(Period.month(2026, 3));
        assertThat(Period.parse(" 2026-Q1 ")).isEqualTo(Period.quarter(2026, 1));
        assertThat(Period.parse("2026-q4")).isEqualTo(Period.quarter(2026, 4));
        assertThat(Period.parse("2026")).isEqualTo(Period.year(2026));

        assertThat(Period.month(2026, 3)).hasToString("2026-03");
        assertThat(Period.quarter(2026, 1)).hasToString("2026-Q1");
        assertThat(Period.year(2026)).hasToString("2026");
        for (String text : List.of("2026-01", "2026-12", "2026-Q2", "2026-Q3", "1999")) {
            assertThat(Period.parse(text)).hasToString(text);
        }
    }

    @Test
    void badTextIsRefusedWithTheFieldAndAHint() {
        assertThatThrownBy(() -> Period.parse("2026-13")).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo("period");
            assertThat(e.getMessage()).isEqualTo("'2026-13' has no month 13. A month is 01 to 12, e.g. 2026-03.");
        });
        assertThatThrownBy(() -> Period.parse("2026-Q5", "from"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("from");
                    assertThat(e.getMessage()).contains("no quarter 5");
                });
        assertThatThrownBy(() -> Period.parse("2026-3"))
                .hasMessage("Write the month with two digits: 2026-03 instead of '2026-3'.");
        assertThatThrownBy(() -> Period.parse("2026-03-15"))
                .hasMessage("'2026-03-15' is a date, not a period. Write its month as 2026-03, its quarter as 2026-Q1"
                        + " or its year as 2026.");
        assertThatThrownBy(() -> Period.parse("Q3 2026"))
                .hasMessage("Write the quarter as 2026-Q3 instead of 'Q3 2026'.");
        assertThatThrownBy(() -> Period.parse("2026Q3"))
                .hasMessage("Write the quarter as 2026-Q3 instead of '2026Q3'.");
        assertThatThrownBy(() -> Period.parse("March")).hasMessageContaining("is not a period");
        assertThatThrownBy(() -> Period.parse("  ")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void aPeriodOfTheWrongGrainIsRefusedWithTheRightOneSuggested() {
        assertThatThrownBy(() -> Period.parse("2026-03", "period", Grain.QUARTER))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("period");
                    assertThat(e.getMessage())
                            .isEqualTo("'2026-03' is a month, but a quarter is expected. Write the quarter it belongs"
                                    + " to, 2026-Q1.");
                });
        assertThatThrownBy(() -> Period.parse("2026", "period", Grain.MONTH))
                .hasMessage("'2026' is a year, but a month is expected. Write a month such as 2026-01.");
        assertThat(Period.parse("2026-Q2", "period", Grain.QUARTER)).isEqualTo(Period.quarter(2026, 2));
    }

    @Test
    void aPeriodMustStartOnItsFirstDay() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Period(Grain.MONTH, LocalDate.of(2026, 3, 2)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Period(Grain.QUARTER, LocalDate.of(2026, 2, 1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Period(Grain.YEAR, LocalDate.of(2026, 7, 1)));
        assertThat(Period.of(Grain.QUARTER, LocalDate.of(2026, 8, 19))).isEqualTo(Period.quarter(2026, 3));
        assertThat(Period.of(Grain.YEAR, LocalDate.of(2026, 8, 19))).isEqualTo(Period.year(2026));
    }

    @Test
    void containsIncludesTheFirstAndLastDayOfEveryMonthEnd() {
        // 30-day, 31-day and February months, leap and common years
        assertThat(Period.month(2026, 4).end()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(Period.month(2026, 1).end()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(Period.month(2026, 2).end()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Period.month(2028, 2).end()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Period.quarter(2026, 2).end()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(Period.year(2026).end()).isEqualTo(LocalDate.of(2026, 12, 31));

        Period april = Period.month(2026, 4);
        assertThat(april.contains(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(april.contains(LocalDate.of(2026, 4, 30))).isTrue();
        assertThat(april.contains(LocalDate.of(2026, 5, 1))).isFalse();
        assertThat(april.contains(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(Period.quarter(2026, 4).contains(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(Period.quarter(2026, 4).contains(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void anInstantBelongsToThePeriodOfItsDateInTheReportingZone() {
        // 31 Dec 2026 23:30 UTC is already 1 January 2027 in Berlin (UTC+1)
        Instant newYearsEveLate = Instant.parse("2026-12-31T23:30:00Z");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(Period.of(Grain.MONTH, newYearsEveLate, ZoneOffset.UTC)).isEqualTo(Period.month(2026, 12));
        assertThat(Period.of(Grain.MONTH, newYearsEveLate, berlin)).isEqualTo(Period.month(2027, 1));
        assertThat(Period.year(2027).contains(newYearsEveLate, berlin)).isTrue();
    }

    @Test
    void nextAndPreviousCrossYearEnds() {
        assertThat(Period.quarter(2026, 4).next()).isEqualTo(Period.quarter(2027, 1));
        assertThat(Period.quarter(2027, 1).previous()).isEqualTo(Period.quarter(2026, 4));
        assertThat(Period.month(2026, 12).next()).isEqualTo(Period.month(2027, 1));
        assertThat(Period.month(2026, 1).previous()).isEqualTo(Period.month(2025, 12));
        assertThat(Period.year(2026).next()).isEqualTo(Period.year(2027));
        assertThat(Period.month(2026, 11).plus(14)).isEqualTo(Period.month(2028, 1));
        assertThat(Period.month(2026, 11).until(Period.month(2028, 1))).isEqualTo(14);
        assertThat(Period.quarter(2026, 3).until(Period.quarter(2025, 4))).isEqualTo(-3);
    }

    @Test
    void rollsUpMonthToQuarterToYearAndSplitsBack() {
        Period may = Period.month(2026, 5);
        assertThat(may.rollUp(Grain.QUARTER)).isEqualTo(Period.quarter(2026, 2));
        assertThat(may.rollUp(Grain.YEAR)).isEqualTo(Period.year(2026));
        assertThat(may.rollUp(Grain.MONTH)).isEqualTo(may);
        assertThat(Period.month(2026, 12).rollUp(Grain.QUARTER)).isEqualTo(Period.quarter(2026, 4));
        assertThat(Period.quarter(2026, 4).rollUp(Grain.YEAR)).isEqualTo(Period.year(2026));
        assertThatIllegalArgumentException().isThrownBy(() -> Period.year(2026).rollUp(Grain.QUARTER));

        assertThat(Period.quarter(2026, 4).split(Grain.MONTH))
                .containsExactly(Period.month(2026, 10), Period.month(2026, 11), Period.month(2026, 12));
        assertThat(Period.year(2026).split(Grain.QUARTER)).hasSize(4).endsWith(Period.quarter(2026, 4));
        assertThat(Period.year(2026).split(Grain.MONTH)).hasSize(12);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Period.month(2026, 1).split(Grain.YEAR));

        assertThat(Period.year(2026).contains(Period.month(2026, 12))).isTrue();
        assertThat(Period.quarter(2026, 1).contains(Period.month(2026, 4))).isFalse();
        assertThat(Period.month(2026, 1).contains(Period.quarter(2026, 1))).isFalse();
    }

    @Test
    void rangesAndOrder() {
        assertThat(Period.range(Period.quarter(2026, 3), Period.quarter(2027, 2)))
                .extracting(Period::toString)
                .containsExactly("2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2");
        assertThat(Period.range(Period.month(2026, 3), Period.month(2026, 2))).isEmpty();
        assertThat(
                        List.of(
                                        Period.month(2026, 2),
                                        Period.year(2026),
                                        Period.quarter(2026, 1),
                                        Period.month(2026, 1))
                                .stream()
                                .sorted()
                                .map(Period::toString))
                .containsExactly("2026", "2026-Q1", "2026-01", "2026-02");
    }
}

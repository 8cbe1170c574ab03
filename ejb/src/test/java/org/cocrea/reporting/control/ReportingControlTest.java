package org.cocrea.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.kpi.control.BuiltInKpis;
import org.cocrea.kpi.control.Grain;
import org.cocrea.kpi.control.InvalidFieldException;
import org.cocrea.kpi.control.KpiDefinition;
import org.cocrea.kpi.control.KpiValue;
import org.cocrea.kpi.control.Period;
import org.cocrea.kpi.control.Targets;
import org.junit.jupiter.api.Test;

/** The dashboards' filter, tiles, number formats and report calendar. */
class ReportingControlTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    @Test
    void theFilterDefaultsToTheTwelveMonthsUpToTheLastCompleteOne() {
        DashboardFilter f = DashboardFilter.parse(null, null, null, null, TODAY);
        assertThat(f.scope().isOrganisation()).isTrue();
        assertThat(f.grain()).isEqualTo(Grain.MONTH);
        assertThat(f.to()).isEqualTo(Period.month(2026, 4));
        assertThat(f.from()).isEqualTo(Period.month(2025, 5));
        assertThat(f.periods()).hasSize(12);
        assertThat(f.query()).isEqualTo("scope=organisation&grain=month&from=2025-05&to=2026-04");

        DashboardFilter q = DashboardFilter.parse("unit:RD", "quarter", "2025-03", null, TODAY);
        assertThat(q.from()).as("a month read as its quarter").isEqualTo(Period.quarter(2025, 1));
        assertThat(q.to()).isEqualTo(Period.quarter(2026, 1));
        assertThat(DashboardFilter.parse(null, null, null, "2027-01", TODAY).to())
                .as("not beyond the current period")
                .isEqualTo(Period.month(2026, 5));
    }

    @Test
    void aBadFilterNamesItsParameter() {
        assertThatThrownBy(() -> DashboardFilter.parse("campaign:", null, null, null, TODAY))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("scope"));
        assertThatThrownBy(() -> DashboardFilter.parse(null, "week", null, null, TODAY))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("grain"));
        assertThatThrownBy(() -> DashboardFilter.parse(null, null, "2026-13", null, TODAY))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> DashboardFilter.parse(null, null, "2026-04", "2026-01", TODAY))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> DashboardFilter.parse(null, "month", "2010-01", "2026-01", TODAY))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("from"));
    }

    @Test
    void aTileShowsTheLastPeriodAgainstItsTargetAndTheChange() {
        KpiDefinition share = BuiltInKpis.computed(BuiltInKpis.CUSTOMER_IDEA_SHARE)
                .orElseThrow()
                .definition();
        Targets targets = new Targets(share).set(Period.year(2026), 40);
        List<Period> periods = List.of(Period.month(2026, 1), Period.month(2026, 2), Period.month(2026, 3));
        Map<Period, KpiValue> values = new LinkedHashMap<>();
        values.put(periods.get(0), KpiValue.of(30));
        values.put(periods.get(1), KpiValue.of(42));
        values.put(periods.get(2), KpiValue.of(37));
        Tile t = Tiles.tile(share, periods, values, targets);
        assertThat(t.value()).isEqualTo(37.0);
        assertThat(t.target()).isEqualTo(40.0);
        assertThat(t.status()).as("37 is within 10 % of 40").isEqualTo("amber");
        assertThat(t.change()).isEqualTo(-5.0);
        assertThat(t.movement()).isEqualTo("worse");
        assertThat(t.series()).containsExactly(30.0, 42.0, 37.0);
        assertThat(t.targets()).containsExactly(40.0, 40.0, 40.0);

        values.put(periods.get(2), KpiValue.notComputable("No ideas were submitted in the period."));
        Tile none = Tiles.tile(share, periods, values, targets);
        assertThat(none.value()).isNull();
        assertThat(none.reason()).startsWith("No ideas");
        assertThat(none.status()).isEqualTo("none");
        assertThat(Tiles.series(periods, values, targets))
                .extracting(SeriesPoint::status)
                .containsExactly("red", "green", "none");
    }

    @Test
    void figuresAreWrittenAsTheScreensShowThem() {
        assertThat(KpiFormat.value(45.25, "%")).isEqualTo("45.3 %");
        assertThat(KpiFormat.value(1_250_000.0, "EUR")).isEqualTo("1,250,000 EUR");
        assertThat(KpiFormat.value(12.0, "days")).isEqualTo("12 days");
        assertThat(KpiFormat.value(0.6667, "index 0–1")).isEqualTo("0.67");
        assertThat(KpiFormat.value(0.1875, "index 0–0.25")).isEqualTo("0.188");
        assertThat(KpiFormat.value(61.34, "index 0–100")).isEqualTo("61.3");
        assertThat(KpiFormat.value(null, "%")).isEqualTo(KpiFormat.NONE);
        assertThat(KpiFormat.change(-2.5, "%")).isEqualTo("\u22122.5");
        assertThat(KpiFormat.change(3.0, "ideas")).isEqualTo("+3");
    }

    @Test
    void scheduledReportsGoOutOnTheirDayAndHour() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant thursday = LocalDate.of(2026, 5, 14).atTime(9, 0).atZone(berlin).toInstant();
        assertThat(ReportCalendar.next(true, 1, 7, thursday, berlin))
                .isEqualTo(LocalDate.of(2026, 5, 18).atTime(7, 0).atZone(berlin).toInstant());
        assertThat(ReportCalendar.next(true, 4, 10, thursday, berlin))
                .as("later the same day")
                .isEqualTo(
                        LocalDate.of(2026, 5, 14).atTime(10, 0).atZone(berlin).toInstant());
        assertThat(ReportCalendar.next(false, 1, 7, thursday, berlin))
                .isEqualTo(LocalDate.of(2026, 6, 1).atTime(7, 0).atZone(berlin).toInstant());
        assertThat(ReportCalendar.next(false, 14, 7, thursday, berlin))
                .as("the 14th at 7 has passed")
                .isEqualTo(LocalDate.of(2026, 6, 14).atTime(7, 0).atZone(berlin).toInstant());
    }
}

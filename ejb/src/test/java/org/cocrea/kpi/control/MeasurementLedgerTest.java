package org.cocrea.kpi.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementLedgerTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    private static List<Measurement> checked(KpiCatalogue c, String csv) {
        MeasurementReport r = MeasurementRows.fromCsv(csv, c, null, TODAY);
        assertThat(r.errors()).isEmpty();
        return r.measurements();
    }

    @Test
    void enteredValuesRollUpByTheirAggregation() {
        KpiCatalogue c = KpiCatalogue.withBuiltIns();
        MeasurementLedger ledger = new MeasurementLedger(c);
        assertThat(ledger.apply(MeasurementRows.fromCsv("""
                kpi,period,value
                new_products_launched,2026-Q1,2
                new_products_launched,2026-Q2,3
                new_products_launched,2026-Q4,4
                revenue_share_new_products,2026-Q1,10
                revenue_share_new_products,2026-Q2,14
                time_to_market,2026-Q1,200
                time_to_market,2026-Q3,160
                """, c, null, TODAY))).isEqualTo(7);

        Period year = Period.year(2026);
        // sum of the quarters entered: 2 + 3 + 4 = 9, three of four quarters
        KpiValue launched = ledger.value(BuiltInKpis.NEW_PRODUCTS_LAUNCHED, Scope.ORGANISATION, year);
        assertThat(launched.value()).isEqualTo(9);
        assertThat(launched.breakdown()).containsEntry("parts_entered", 3.0).containsEntry("parts", 4.0);
        // mean of the quarters entered: (10 + 14) / 2 = 12; (200 + 160) / 2 = 180
        assertThat(ledger.value(BuiltInKpis.REVENUE_SHARE_NEW_PRODUCTS, Scope.ORGANISATION, year)
                        .value())
                .isEqualTo(12);
        assertThat(ledger.value(BuiltInKpis.TIME_TO_MARKET, Scope.ORGANISATION, year)
                        .value())
                .isEqualTo(180);
        // nothing entered / shorter than the grain
        assertThat(ledger.value(BuiltInKpis.RD_SPEND, Scope.ORGANISATION, year).computable())
                .isFalse();
        assertThat(ledger.value(BuiltInKpis.RD_SPEND, Scope.ORGANISATION, Period.month(2026, 1))
                        .reason())
                .isEqualTo("R&D spend is entered per quarter; read it for a quarter or a longer period.");
    }

    @Test
    void aCorrectionReplacesTheValueAndKeepsTheOldOne() {
        KpiCatalogue c = KpiCatalogue.withBuiltIns();
        MeasurementLedger ledger = new MeasurementLedger(c);
        checked(c, "kpi,period,value\nrd_spend,2026-Q1,100\n").forEach(ledger::record);
        checked(c, "kpi,period,value\nrd_spend,2026-Q1,120\n").forEach(ledger::record);

        Period q1 = Period.quarter(2026, 1);
        assertThat(ledger.find(BuiltInKpis.RD_SPEND, Scope.ORGANISATION, q1)
                        .orElseThrow()
                        .value())
                .isEqualTo(120);
        assertThat(ledger.history(BuiltInKpis.RD_SPEND, Scope.ORGANISATION, q1))
                .extracting(Measurement::value)
                .containsExactly(100.0, 120.0);
    }

    @Test
    void changingTheDefinitionKeepsHistoryUnderTheOldOne() {
        KpiCatalogue c = KpiCatalogue.withBuiltIns();
        MeasurementLedger ledger = new MeasurementLedger(c);
        checked(c, "kpi,period,value\nnew_products_launched,2026-Q1,2\nnew_products_launched,2026-Q2,1\n")
                .forEach(ledger::record);

        // from 2026-Q3 on, launches are entered per month
        KpiDefinition quarterly = c.current(BuiltInKpis.NEW_PRODUCTS_LAUNCHED).orElseThrow();
        c.change(quarterly.withGrain(Grain.MONTH), Period.quarter(2026, 3));

        // a quarter before the change is still entered per quarter, a month after it per month
        MeasurementReport r = MeasurementRows.fromCsv("""
                kpi,period,value
                new_products_launched,2026-Q2,3
                new_products_launched,2026-07,1
                new_products_launched,2026-08,2
                new_products_launched,2026-Q3,3
                """, c, null, TODAY);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.column()).isEqualTo("period");
            assertThat(e.message()).startsWith("new_products_launched is entered per month; '2026-Q3' is a quarter.");
        });

        List<Measurement> fixed =
                checked(c, "kpi,period,value\nnew_products_launched,2026-07,1\nnew_products_launched,2026-08,2\n");
        assertThat(fixed).extracting(Measurement::definitionVersion).containsOnly(2);
        fixed.forEach(ledger::record);

        // the old quarterly values keep version 1 and are still read per quarter
        assertThat(ledger.find(BuiltInKpis.NEW_PRODUCTS_LAUNCHED, Scope.ORGANISATION, Period.quarter(2026, 1))
                        .orElseThrow()
                        .definitionVersion())
                .isEqualTo(1);
        assertThat(ledger.value(BuiltInKpis.NEW_PRODUCTS_LAUNCHED, Scope.ORGANISATION, Period.quarter(2026, 2))
                        .value())
                .isEqualTo(1);
        // Q3 now rolls up from its months: 1 + 2 = 3
        assertThat(ledger.value(BuiltInKpis.NEW_PRODUCTS_LAUNCHED, Scope.ORGANISATION, Period.quarter(2026, 3))
                        .value())
                .isEqualTo(3);
    }
}

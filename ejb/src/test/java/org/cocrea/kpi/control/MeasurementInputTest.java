package org.cocrea.kpi.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);
    private final KpiCatalogue catalogue = KpiCatalogue.withBuiltIns();

    @Test
    void aGoodInputBecomesAMeasurement() {
        MeasurementInput.Checked c =
                MeasurementInput.of("RD_Spend", "2026-Q1", null, 125000).check(catalogue, null, TODAY);
        assertThat(c.ok()).isTrue();
        assertThat(c.measurements())
                .containsExactly(new Measurement("rd_spend", Period.quarter(2026, 1), Scope.ORGANISATION, 125000, 1));
    }

    @Test
    void everyProblemNamesItsField() {
        MeasurementInput.Checked c =
                new MeasurementInput("time_to_market", "2026-04", "Sales Dept", "fast").check(catalogue, null, TODAY);
        assertThat(c.ok()).isFalse();
        assertThat(c.measurements()).isEmpty();
        assertThat(c.problems())
                .extracting(MeasurementInput.Problem::field)
                .containsExactly("period", "scope", "value");

        MeasurementInput.Checked unknown =
                new MeasurementInput("velocity", "2026-Q1", null, "1").check(catalogue, null, TODAY);
        assertThat(unknown.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("kpi");
            assertThat(p.message()).startsWith("There is no KPI with the key 'velocity'.");
        });
        assertThat(new MeasurementInput(null, null, null, null)
                        .check(catalogue, null, TODAY)
                        .problems())
                .extracting(MeasurementInput.Problem::field)
                .containsExactly("kpi", "period", "value");
    }

    @Test
    void aBatchIsAllOrNothingAndRefusesDuplicates() {
        List<MeasurementInput> batch = List.of(
                new MeasurementInput("rd_spend", "2026-Q1", "RD", "10"),
                new MeasurementInput("rd_spend", "2026-Q1", "unit:RD", "11"),
                new MeasurementInput("new_products_launched", "2026-Q1", null, "2"));
        MeasurementInput.Checked c = MeasurementInput.checkBatch(batch, catalogue, null, TODAY);
        assertThat(c.measurements()).isEmpty();
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.index()).isEqualTo(1);
            assertThat(p.field()).isEqualTo("period");
            assertThat(p.message()).startsWith("Value 0 of the batch is already for rd_spend, 2026-Q1, unit:RD.");
        });
        assertThat(new MeasurementLedger(catalogue).apply(c)).isZero();
        assertThat(MeasurementInput.checkBatch(List.of(), catalogue, null, TODAY)
                        .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("measurements"));
    }
}

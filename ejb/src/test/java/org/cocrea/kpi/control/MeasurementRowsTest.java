package org.cocrea.kpi.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocrea.organisation.control.ImportReport.RowError;
import org.junit.jupiter.api.Test;

class MeasurementRowsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);
    private static final Predicate<Scope> KNOWN =
            Set.of(Scope.unit("SALES"), Scope.unit("RD"), Scope.campaign("SPRING"))::contains;

    private final KpiCatalogue catalogue = KpiCatalogue.withBuiltIns();

    private MeasurementReport csv(String text) {
        return MeasurementRows.fromCsv(text, catalogue, KNOWN, TODAY);
    }

    @Test
    void aGoodFileGivesEveryMeasurement() {
        MeasurementReport r = csv("""
                kpi;period;scope;value
                rd_spend;2026-Q1;;125000
                new_products_launched;2026-Q1;SALES;3
                revenue_share_new_products;2026-Q1;unit:RD;12,5
                time_to_market;2026-Q2;campaign:SPRING;180
                """);

        assertThat(r.ok()).isTrue();
        assertThat(r.rows()).isEqualTo(4);
        assertThat(r.measurements())
                .containsExactly(
                        new Measurement("rd_spend", Period.quarter(2026, 1), Scope.ORGANISATION, 125000, 1),
                        new Measurement("new_products_launched", Period.quarter(2026, 1), Scope.unit("SALES"), 3, 1),
                        new Measurement(
                                "revenue_share_new_products", Period.quarter(2026, 1), Scope.unit("RD"), 12.5, 1),
                        new Measurement("time_to_market", Period.quarter(2026, 2), Scope.campaign("SPRING"), 180, 1));
    }

    @Test
    void eachBadRowNamesItsLineAndColumnAndNothingIsApplied() {
        MeasurementReport r = csv("""
                kpi,period,scope,value
                rd_spend,2026-Q1,,125000
                rd_spendd,2026-Q1,,1
                participation_rate,2026-03,,40
                rd_spend,2026-03,,1
                rd_spend,2026-Q2,,12k
                rd_spend,2026-Q1,,99
                rd_spend,2026-Q2,MARKETING,1
                new_products_launched,2026-Q2,,2.5
                revenue_share_new_products,2026-Q2,,120
                rd_spend,2026-Q3,,1
                rd_spend,2026-Q5,,
                """);

        assertThat(r.ok()).isFalse();
        assertThat(r.measurements()).isEmpty();
        assertThat(r.rows()).isEqualTo(11);
        assertThat(r.validRows()).isEqualTo(1); // line 2 only; line 7 is a duplicate of it
        assertThat(r.errors())
                .extracting(RowError::line, RowError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "kpi"),
                        org.assertj.core.groups.Tuple.tuple(4L, "kpi"),
                        org.assertj.core.groups.Tuple.tuple(5L, "period"),
                        org.assertj.core.groups.Tuple.tuple(6L, "value"),
                        org.assertj.core.groups.Tuple.tuple(7L, "period"),
                        org.assertj.core.groups.Tuple.tuple(8L, "scope"),
                        org.assertj.core.groups.Tuple.tuple(9L, "value"),
                        org.assertj.core.groups.Tuple.tuple(10L, "value"),
                        org.assertj.core.groups.Tuple.tuple(11L, "period"),
                        org.assertj.core.groups.Tuple.tuple(12L, "period"),
                        org.assertj.core.groups.Tuple.tuple(12L, "value"));
        assertThat(r.errorCount()).isEqualTo(11);
        assertThat(r.errors().get(0).message())
                .isEqualTo("There is no KPI with the key 'rd_spendd'. Use one of the entered KPIs:"
                        + " new_products_launched, rd_spend, revenue_share_new_products, time_to_market.");
        assertThat(r.errors().get(1).message())
                .startsWith("Participation rate (participation_rate) is computed by Cocrea");
        assertThat(r.errors().get(2).message())
                .isEqualTo("rd_spend is entered per quarter; '2026-03' is a month. Write the quarter it belongs to,"
                        + " 2026-Q1.");
        assertThat(r.errors().get(3).message()).startsWith("'12k' is not a number.");
        assertThat(r.errors().get(4).message())
                .isEqualTo("Line 2 already has a value for rd_spend, 2026-Q1, organisation. Keep one row per KPI,"
                        + " period and scope.");
        assertThat(r.errors().get(5).message()).startsWith("There is no unit with the code MARKETING.");
        assertThat(r.errors().get(6).message()).isEqualTo("The value must be a whole number; 2.5 is not.");
        assertThat(r.errors().get(7).message()).isEqualTo("The value 120 is outside the allowed range 0 to 100.");
        assertThat(r.errors().get(8).message()).startsWith("The period 2026-Q3 has not begun yet.");

        MeasurementLedger ledger = new MeasurementLedger(catalogue);
        assertThat(ledger.apply(r)).isZero();
        assertThat(ledger.find("rd_spend", Scope.ORGANISATION, Period.quarter(2026, 1)))
                .isEmpty();
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsAFileError() {
        MeasurementReport r = csv("kpi,quarter,value\nrd_spend,2026-Q1,1\n");
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo("file");
            assertThat(e.message()).startsWith("The file lacks the column(s) period.");
        });
    }

    @Test
    void readsTheFirstSheetOfAWorkbookIncludingMonthsExcelTurnedIntoDates() throws IOException {
        KpiCatalogue c = KpiCatalogue.withBuiltIns();
        c.add(KpiDefinition.entered(
                "patents_filed",
                "Patents filed",
                "",
                "patents",
                Direction.HIGHER_IS_BETTER,
                Grain.MONTH,
                Aggregation.SUM,
                "innovation-manager"));
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("values");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("KPI");
            header.createCell(1).setCellValue("Period");
            header.createCell(2).setCellValue("Scope");
            header.createCell(3).setCellValue("Value");
            Row r1 = sheet.createRow(1);
            r1.createCell(0).setCellValue("patents_filed");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm"));
            r1.createCell(1).setCellValue(LocalDate.of(2026, 3, 1));
            r1.getCell(1).setCellStyle(date);
            r1.createCell(3).setCellValue(2);
            Row r2 = sheet.createRow(2);
            r2.createCell(0).setCellValue("rd_spend");
            r2.createCell(1).setCellValue("2026-Q1");
            r2.createCell(2).setCellValue("RD");
            r2.createCell(3).setCellValue(1234.5);
            wb.write(out);
            xlsx = out.toByteArray();
        }

        MeasurementReport r = MeasurementRows.fromXlsx(new ByteArrayInputStream(xlsx), c, KNOWN, TODAY);

        assertThat(r.errors()).isEmpty();
        assertThat(r.measurements())
                .containsExactly(
                        new Measurement("patents_filed", Period.month(2026, 3), Scope.ORGANISATION, 2, 1),
                        new Measurement("rd_spend", Period.quarter(2026, 1), Scope.unit("RD"), 1234.5, 1));
    }

    @Test
    void aFileThatIsNotAWorkbookIsAFileError() {
        MeasurementReport r = MeasurementRows.fromXlsx(
                new ByteArrayInputStream("kpi,period,value\n".getBytes()), catalogue, KNOWN, TODAY);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("file");
            assertThat(e.message()).startsWith("The file is not a readable Excel workbook (.xlsx)");
        });
    }
}

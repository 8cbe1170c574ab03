package org.cocrea.engagement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocrea.organisation.control.ImportReport.RowError;
import org.junit.jupiter.api.Test;

class StakeholderRowsTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

    @Test
    void aGoodRowBecomesAStakeholderWithTagsSplitAndConsentRead() {
        String csv = """
                external_id,kind,display_name,email,organisation,segment,region,relationship_since,purchase_summary,consent_contact,consent_analysis,tags
                C-1,Customer,Ada Lovelace,ada@example.com,Analytical Ltd,B2B,north,2019-04-01,"3 orders, 12,400 EUR",yes,TRUE,beta; early adopter ;Beta;;
                """;

        ParsedRows<StakeholderInput> r = StakeholderRows.fromCsv(csv, TODAY);

        assertThat(r.hasErrors()).isFalse();
        assertThat(r.accepted())
                .containsExactly(new StakeholderInput(
                        "C-1",
                        StakeholderKind.CUSTOMER,
                        "Ada Lovelace",
                        "ada@example.com",
                        "Analytical Ltd",
                        "B2B",
                        "north",
                        LocalDate.of(2019, 4, 1),
                        "3 orders, 12,400 EUR",
                        true,
                        true,
                        List.of("beta", "early adopter")));
    }

    @Test
    void everyProblemIsReportedWithItsLineAndColumn() {
        String csv = """
                external_id,kind,display_name,email,relationship_since,consent_contact,consent_analysis
                C-1,customer,Ada,,,,
                C-2,reseller,Bob,bob@,2030-01-01,maybe,no
                C-1,partner,,,2020-13-01,,
                ,supplier,Eve,eve@example.com,,,1
                """;

        ParsedRows<StakeholderInput> r = StakeholderRows.fromCsv(csv, TODAY);

        assertThat(r.rows()).isEqualTo(4);
        assertThat(r.accepted()).extracting(StakeholderInput::externalId).containsExactly("C-1");
        assertThat(r.accepted().get(0).consentToContact())
                .as("empty consent means no")
                .isFalse();
        assertThat(r.errors())
                .extracting(RowError::line, RowError::column)
                .containsExactly(
                        tuple(3L, "kind"),
                        tuple(3L, "email"),
                        tuple(3L, "relationship_since"),
                        tuple(3L, "consent_contact"),
                        tuple(4L, "external_id"),
                        tuple(4L, "display_name"),
                        tuple(4L, "relationship_since"),
                        tuple(5L, "external_id"));
        assertThat(r.errors())
                .extracting(RowError::message)
                .containsExactly(
                        "Unknown kind 'reseller'. Kind must be one of customer, partner, supplier, employee.",
                        "'bob@' is not a valid e-mail address. Write it like name@example.com or leave it empty.",
                        "The date 2030-01-01 is in the future. Give the date the relationship began, or leave it"
                                + " empty.",
                        "'maybe' is not yes or no. Write yes or no (true/false and 1/0 also work); empty means no.",
                        "The external id C-1 appears more than once in the file (first on line 2). Keep one row per"
                                + " stakeholder.",
                        "Give the name to show in Cocrea.",
                        "'2020-13-01' is not a date. Write it as YYYY-MM-DD, e.g. 2019-04-01.",
                        "Give the stakeholder's id from your CRM or HR system.");
    }

    @Test
    void tooLongValuesAndTooManyTagsAreRefused() {
        String longTag = "x".repeat(41);
        StringBuilder manyTags = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            manyTags.append("t").append(i).append(';');
        }
        String csv = "external_id,kind,display_name,segment,tags\n"
                + "C-1,customer,Ada," + "s".repeat(81) + "," + longTag + "\n"
                + "C-2,customer,Bob,,\"" + manyTags + "\"\n";

        ParsedRows<StakeholderInput> r = StakeholderRows.fromCsv(csv, TODAY);

        assertThat(r.errors())
                .extracting(RowError::line, RowError::column, RowError::message)
                .containsExactly(
                        tuple(2L, "segment", "Shorten the segment to at most 80 characters (it has 81)."),
                        tuple(2L, "tags", "The tag '" + longTag + "' is longer than 40 characters; shorten it."),
                        tuple(3L, "tags", "Give at most 20 tags (there are 21), separated by ';'."));
    }

    @Test
    void aMissingRequiredColumnIsAFileError() {
        ParsedRows<StakeholderInput> r = StakeholderRows.fromCsv("external_id,display_name\nC-1,Ada\n", TODAY);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("file");
            assertThat(e.message()).contains("lacks the column(s) kind");
        });
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithDateNumberAndBooleanCells() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("stakeholders");
            Row header = sheet.createRow(0);
            String[] columns = {"External_ID", "kind", "display_name", "relationship_since", "consent_contact", "tags"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            Row r1 = sheet.createRow(1);
            r1.createCell(0).setCellValue(10042); // a numeric id must not become "10042.0"
            r1.createCell(1).setCellValue("employee");
            r1.createCell(2).setCellValue("Grace Hopper");
            r1.createCell(3).setCellValue(LocalDate.of(2020, 2, 29));
            r1.getCell(3).setCellStyle(date);
            r1.createCell(4).setCellValue(true);
            r1.createCell(5).setCellValue("mentor;cobol");
            sheet.createRow(2); // an empty row is skipped
            Row r3 = sheet.createRow(3);
            r3.createCell(0).setCellValue("P-7");
            r3.createCell(1).setCellValue("partner");
            r3.createCell(3).setCellValue(LocalDate.of(2099, 1, 1));
            r3.getCell(3).setCellStyle(date);
            wb.write(out);
            xlsx = out.toByteArray();
        }

        ParsedRows<StakeholderInput> r = StakeholderRows.fromXlsx(new ByteArrayInputStream(xlsx), TODAY);

        assertThat(r.rows()).isEqualTo(2);
        assertThat(r.accepted()).singleElement().satisfies(s -> {
            assertThat(s.externalId()).isEqualTo("10042");
            assertThat(s.kind()).isEqualTo(StakeholderKind.EMPLOYEE);
            assertThat(s.relationshipSince()).isEqualTo(LocalDate.of(2020, 2, 29));
            assertThat(s.consentToContact()).isTrue();
            assertThat(s.tags()).containsExactly("mentor", "cobol");
        });
        // sheet row 4 (index 3) is line 4
        assertThat(r.errors())
                .extracting(RowError::line, RowError::column)
                .containsExactly(tuple(4L, "display_name"), tuple(4L, "relationship_since"));
    }

    @Test
    void aFileThatIsNotAWorkbookIsAFileError() {
        ParsedRows<StakeholderInput> r =
                StakeholderRows.fromXlsx(new ByteArrayInputStream("external_id,kind\n".getBytes()), TODAY);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("file");
            assertThat(e.message()).startsWith("The file is not a readable Excel workbook (.xlsx)");
        });
    }
}

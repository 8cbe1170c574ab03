package org.cocrea.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocrea.analytics.evidence.ExampleStudy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportExporterTest {

    private static Report report;

    @BeforeAll
    static void buildExample() {
        report = EvidenceReport.build(
                ExampleStudy.run(), ReportOptions.defaults().withHeaderLines(List.of("Organisation: Example Ltd")));
    }

    @Test
    void pdfHoldsTheTablesReadingsWarningsAndTheFigure() throws IOException {
        byte[] pdf = ReportExporter.export(report, ReportFormat.PDF);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        String all = text.toString().replaceAll("\\s+", " ");

        assertThat(reader.getNumberOfPages()).isGreaterThan(2);
        assertThat(all)
                .contains("Evidence Report")
                .contains("Organisation: Example Ltd")
                .contains("Table 1")
                .contains("Descriptive Statistics and Correlations")
                .contains("Table 13")
                .contains("Index of moderated mediation")
                .contains("3 of 200 rows (1.5%) were left out")
                .contains("excludes zero, so the data support mediation")
                .contains("Figure. Simple slopes of engagement on cocreation")
                .contains(report.table("cfa-fit").text(0, 1));
    }

    @Test
    void excelHasASummaryAndOneSheetPerTableWithNumbersAsNumbers() throws IOException {
        byte[] xlsx = ReportExporter.export(report, ReportFormat.EXCEL);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1 + report.tables().size());
            assertThat(wb.getSheetName(0)).isEqualTo("Summary");
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Evidence Report");
            assertThat(wb.getSheetName(4))
                    .startsWith("T4 Fit of the Confirmatory")
                    .hasSizeLessThanOrEqualTo(31);

            ReportTable fit = report.table("cfa-fit");
            Sheet sheet = wb.getSheetAt(fit.number());
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Table 4");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("\u03C7\u00B2");
            Cell chi = sheet.getRow(4).getCell(1);
            assertThat(chi.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(chi.getNumericCellValue())
                    .isEqualTo(fit.rows().get(0).cells().get(1).value());
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            assertThat(formatter.formatCellValue(chi)).isEqualTo(fit.text(0, 1));
            assertThat(formatter.formatCellValue(sheet.getRow(4).getCell(4))).isEqualTo(fit.text(0, 4));
            Cell p = sheet.getRow(5).getCell(10);
            assertThat(p.getStringCellValue()).isEqualTo("< .001");

            ReportTable descriptives = report.table("descriptives");
            Sheet d = wb.getSheetAt(1);
            Cell starred = d.getRow(5).getCell(3);
            assertThat(starred.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(formatter.formatCellValue(starred))
                    .isEqualTo(descriptives.text(1, 3))
                    .endsWith("**");

            List<String> texts = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }));
            assertThat(texts)
                    .contains(
                            "Reading: " + fit.readings().get(0),
                            "Warning: " + fit.warnings().get(0));
        }
    }

    @Test
    void csvArchiveHasOneFilePerTableAndTheNotes() throws IOException {
        byte[] zip = ReportExporter.export(report, ReportFormat.CSV_ZIP);

        Map<String, List<CSVRecord>> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                assertThat(bytes[0] & 0xFF).isEqualTo(0xEF); // byte-order mark
                Reader reader = new InputStreamReader(
                        new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8);
                files.put(e.getName(), CSVFormat.DEFAULT.parse(reader).getRecords());
            }
        }

        assertThat(files.keySet())
                .startsWith("summary.csv", "01-descriptives.csv", "02-reliability.csv")
                .endsWith("13-simple-slopes.csv", "notes.csv")
                .hasSize(report.tables().size() + 2);
        ReportTable fit = report.table("cfa-fit");
        List<CSVRecord> rows = files.get("04-cfa-fit.csv");
        assertThat(rows.get(0).toList()).isEqualTo(fit.columns());
        assertThat(rows.get(1).toList()).isEqualTo(fit.rows().get(0).texts());
        assertThat(rows).hasSize(1 + fit.rows().size());
        assertThat(files.get("summary.csv").get(1).toList()).containsExactly("title", "Evidence Report");
        assertThat(files.get("notes.csv"))
                .anyMatch(r -> r.get(0).equals("4")
                        && r.get(2).equals("warning")
                        && r.get(3).equals(fit.warnings().get(0)))
                .anyMatch(r -> r.get(2).equals("reading")
                        && r.get(3).equals(fit.readings().get(0)));
    }

    @Test
    void namesTheDownload() {
        assertThat(ReportExporter.fileName(report, ReportFormat.PDF)).isEqualTo("evidence-report.pdf");
        assertThat(ReportFormat.EXCEL.mediaType()).contains("spreadsheetml");
    }
}

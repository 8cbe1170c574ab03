package org.cocrea.climate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cocrea.climate.control.RoundFixture.instrument;
import static org.cocrea.climate.control.RoundFixture.round;
import static org.cocrea.climate.control.RoundFixture.sheet;
import static org.cocrea.climate.control.RoundFixture.sheets;
import static org.cocrea.climate.control.RoundFixture.unit;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocrea.climate.control.AnswerSheet;
import org.cocrea.climate.control.DisclosureReason;
import org.cocrea.climate.control.FactorResult;
import org.cocrea.climate.control.GroupResult;
import org.cocrea.climate.control.ItemResult;
import org.cocrea.climate.control.RoundAnswers;
import org.cocrea.climate.control.RoundFixture;
import org.cocrea.climate.control.RoundResults;
import org.cocrea.climate.control.RoundResultsCalculator;
import org.cocrea.climate.control.RoundUnit;
import org.junit.jupiter.api.Test;

class UnitReportTest {

    private final RoundResultsCalculator k5 = new RoundResultsCalculator();
    private final UnitReportPdf pdf = new UnitReportPdf();
    private final UnitReportExcel excel = new UnitReportExcel();

    /** Team T (5 respondents, the hand-calculated case of the calculator test) inside D with S (5). */
    private RoundResults teamRound(RoundResults previous, int commentThreshold) {
        List<RoundUnit> units = List.of(unit("D", null), unit("T", "D"), unit("S", "D"));
        List<AnswerSheet> all = new ArrayList<>(List.of(
                sheet("T", 5, 1, 4, 4, 4),
                sheet("T", "Our stand-ups work well.", 4, 1, 3, 4, 5),
                sheet("T", 4, 2, 2, 2, 2),
                sheet("T", "需要更多时间", 3, 4, 5, 5, 5),
                sheet("T", 2, 1, 3, 3, 3)));
        all.addAll(sheets(5, "S", 3, 3, 3, 3, 3));
        RoundAnswers answers = round(instrument(5), units, all);
        return new RoundResultsCalculator(5, commentThreshold).calculate(answers, previous);
    }

    private RoundResults previousTeamRound() {
        List<RoundUnit> units = List.of(unit("D", null), unit("T", "D"), unit("S", "D"));
        List<AnswerSheet> all = new ArrayList<>(sheets(5, "T", 3, 3, 3, 3, 3));
        all.addAll(sheets(5, "S", 3, 3, 3, 3, 3));
        return k5.calculate(round(instrument(5), units, all));
    }

    // ---------------------------------------------------------------- PDF

    @Test
    void unitPdfHasTheHeadingFactorAndItemTablesAndTheNotes() throws IOException {
        RoundResults r = teamRound(previousTeamRound(), 10);

        String text = pdfText(bytes(out -> pdf.writeUnit(r, "T", Locale.ENGLISH, out)));

        assertThat(text)
                .contains("Unit T")
                .contains("Team pulse · Pulse 2026 · 2026-11-20")
                .contains("Respondents: 5")
                .contains("results for groups of fewer than 5 respondents are not shown")
                .contains("Comments are not shown for this group");
        // table cells, compared without the spaces the text extraction may or may not put between them:
        // trust mean 3.90, SD 0.96, favourable 70%, rwg(j) 0.40 lacking agreement, change +0.90
        assertThat(compact(text))
                .contains("FactorMeanSDFavourablerwg(j)Change")
                .contains("Trust3.900.9670%0.40*+0.90")
                .contains("Ideas3.601.1453%0.54*+0.60")
                // item table: trust-2 reversed, mean 4.20, SD 1.30, 80% / 0% / 20%
                .contains("Myideasareheard.3.601.1460%20%20%")
                .contains("Peoplehereareafraidtospeakup.(R)4.201.3080%0%20%");
    }

    @Test
    void commentsAppearInThePdfOnlyWhereTheyMayBeShown() throws IOException {
        RoundResults r = teamRound(null, 5); // comments from 5 respondents

        String team = pdfText(bytes(out -> pdf.writeUnit(r, "T", Locale.ENGLISH, out)));
        assertThat(team).contains("Our stand-ups work well.");
        // the Chinese comment cannot be set in the standard fonts: a pointer to the Excel export
        assertThat(team).contains("see the Excel export").doesNotContain("需要");
        assertThat(team).doesNotContain("Comments are not shown");

        RoundResults strict = teamRound(null, 10); // T has 5 < 10
        assertThat(pdfText(bytes(out -> pdf.writeUnit(strict, "T", Locale.ENGLISH, out))))
                .doesNotContain("Our stand-ups work well.");
    }

    @Test
    void chineseTextsFallBackToEnglishInThePdf() throws IOException {
        RoundResults r = teamRound(null, 10);

        String text = pdfText(bytes(out -> pdf.writeUnit(r, "T", Locale.CHINESE, out)));

        assertThat(text).contains("Trust").contains("My ideas are heard.").contains("Team pulse");
        assertThat(text).doesNotContain("信任").doesNotContain("?");
    }

    @Test
    void organisationPdfShowsReliabilityAndEveryUnitWithHiddenOnesMarked() throws IOException {
        RoundResults r = k5.calculate(RoundFixture.subtractionCase());

        String text = pdfText(bytes(out -> pdf.writeOrganisation(r, Locale.ENGLISH, out)));

        assertThat(text)
                .contains("Organisation overview")
                .contains("Respondents: 16")
                .contains("Reliability and shared climate")
                .contains("Cronbach's alpha");
        assertThat(compact(text))
                .contains("FactorItemsAlphaOmegaICC(1)ICC(2)Reading")
                .contains("Trust2"
                        + ReportContent.format(
                                r.organisation().quality("trust").alpha().value()) + "n/c")
                .contains("UnitT1hiddenhidden")
                .contains("UnitT2hiddenhidden")
                .contains("UnitT3"
                        + ReportContent.format(
                                r.unit("T3").result().factor("trust").mean()));
    }

    // ---------------------------------------------------------------- anonymity

    @Test
    void hiddenUnitsCannotBeExported() {
        RoundResults r = k5.calculate(RoundFixture.subtractionCase());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> pdf.writeUnit(r, "T1", Locale.ENGLISH, out))
                .isInstanceOf(HiddenResultException.class)
                .hasMessageContaining("Unit T1 is hidden (fewer than 5 respondents)")
                .satisfies(e ->
                        assertThat(((HiddenResultException) e).reason()).isEqualTo(DisclosureReason.BELOW_THRESHOLD));
        assertThatThrownBy(() -> excel.writeUnit(r, "T2", Locale.ENGLISH, out))
                .isInstanceOf(HiddenResultException.class)
                .hasMessageContaining("worked out from other results")
                .satisfies(
                        e -> assertThat(((HiddenResultException) e).groupId()).isEqualTo("T2"));
        assertThat(out.size()).isZero();

        RoundResults tiny = k5.calculate(round(instrument(5), List.of(unit("T", null)), sheets(4, "T", 3, 3, 3, 3, 3)));
        assertThatThrownBy(() -> pdf.writeOrganisation(tiny, Locale.ENGLISH, out))
                .isInstanceOf(HiddenResultException.class);
        assertThatThrownBy(() -> excel.writeOrganisation(tiny, Locale.ENGLISH, out))
                .isInstanceOf(HiddenResultException.class);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> pdf.writeUnit(r, "nowhere", Locale.ENGLISH, out))
                .isNotInstanceOf(HiddenResultException.class)
                .withMessageContaining("no unit or shown group nowhere");
    }

    @Test
    void hiddenTeamsFiguresAppearNowhereInThePdfOrTheWorkbook() throws IOException {
        RoundAnswers answers = RoundFixture.subtractionCase();
        RoundResults r = k5.calculate(answers);
        List<Double> secrets = new ArrayList<>();
        secrets.addAll(figuresOfAlone(answers, "T1"));
        secrets.addAll(figuresOfAlone(answers, "T2"));

        // a hidden figure that rounds to the same two decimals as a shown one cannot be told apart in text
        List<String> shownFormatted =
                shownFigures(r).stream().map(ReportContent::format).toList();

        for (String groupId : List.of(RoundResults.ORGANISATION_ID, "D", "T3")) {
            String text = pdfText(bytes(out -> pdf.writeUnit(r, groupId, Locale.ENGLISH, out)));
            List<Double> cells = numericCells(bytes(out -> excel.writeUnit(r, groupId, Locale.ENGLISH, out)));
            for (double secret : secrets) {
                String formatted = ReportContent.format(secret);
                if (!shownFormatted.contains(formatted)) {
                    assertThat(text)
                            .as("%s in the PDF of %s", formatted, groupId)
                            .doesNotContain(formatted);
                }
                assertThat(cells)
                        .as("%s in the workbook of %s", secret, groupId)
                        .noneMatch(v -> Math.abs(v - secret) < 1e-9);
            }
        }
    }

    @Test
    void theLeakCheckWouldSeeTheFiguresIfTheyWereExported() throws IOException {
        // the same team exported where it may be shown (alone, k = 3): its figures are found
        RoundAnswers answers = RoundFixture.subtractionCase();
        List<AnswerSheet> own =
                answers.sheets().stream().filter(s -> s.unitId().equals("T1")).toList();
        RoundResults alone =
                new RoundResultsCalculator(3, 3).calculate(round(answers.instrument(), List.of(unit("T1", null)), own));

        String text = pdfText(bytes(out -> pdf.writeUnit(alone, "T1", Locale.ENGLISH, out)));
        List<Double> cells = numericCells(bytes(out -> excel.writeUnit(alone, "T1", Locale.ENGLISH, out)));
        for (double figure : figuresOfAlone(answers, "T1")) {
            assertThat(text).contains(ReportContent.format(figure));
            assertThat(cells).anyMatch(v -> Math.abs(v - figure) < 1e-9);
        }
    }

    /** Every figure of the shown results: group means, SDs, item means. */
    private static List<Double> shownFigures(RoundResults r) {
        List<GroupResult> groups = new ArrayList<>();
        r.units().stream().filter(u -> u.visible()).forEach(u -> groups.add(u.result()));
        r.otherTeams().forEach(o -> groups.add(o.result()));
        groups.add(r.organisation().result());
        List<Double> out = new ArrayList<>();
        for (GroupResult g : groups) {
            for (FactorResult f : g.factors()) {
                out.add(f.mean());
                out.add(f.standardDeviation());
                out.add(f.rwgJ());
            }
            for (ItemResult i : g.items()) {
                out.add(i.mean());
                out.add(i.standardDeviation());
            }
        }
        r.organisation().quality().forEach(q -> {
            for (var c : List.of(q.alpha(), q.omega(), q.icc1(), q.icc2())) {
                if (c.computable()) {
                    out.add(c.value());
                }
            }
        });
        return out;
    }

    /** Means and SDs of a unit's respondents computed as if it stood alone (k = 3). */
    private static List<Double> figuresOfAlone(RoundAnswers answers, String unitId) {
        List<AnswerSheet> own =
                answers.sheets().stream().filter(s -> s.unitId().equals(unitId)).toList();
        RoundResults alone = new RoundResultsCalculator(3, 3)
                .calculate(round(answers.instrument(), List.of(unit(unitId, null)), own));
        GroupResult g = alone.unit(unitId).result();
        List<Double> out = new ArrayList<>();
        for (FactorResult f : g.factors()) {
            out.add(f.mean());
            out.add(f.standardDeviation());
        }
        for (ItemResult i : g.items()) {
            out.add(i.mean());
        }
        return out;
    }

    // ---------------------------------------------------------------- Excel

    @Test
    void unitWorkbookHoldsSummaryItemsCommentsAndHeatmap() throws IOException {
        RoundResults r = teamRound(previousTeamRound(), 5);

        try (XSSFWorkbook book = workbook(bytes(out -> excel.writeUnit(r, "T", Locale.CHINESE, out)))) {
            assertThat(sheetNames(book)).containsExactly("Summary", "Items", "Comments", "Heatmap");

            Sheet summary = book.getSheet("Summary");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Unit T");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("团队脉搏 · Pulse 2026 · 2026-11-20");
            assertThat(summary.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(5);
            Row trust = rowStartingWith(summary, "信任");
            assertThat(trust.getCell(1).getNumericCellValue()).isEqualTo(3.9, within());
            assertThat(trust.getCell(3).getNumericCellValue()).isEqualTo(0.7, within());
            assertThat(trust.getCell(6).getNumericCellValue()).isEqualTo(0.4, within());
            assertThat(trust.getCell(7).getStringCellValue()).isEqualTo("lacks agreement");
            assertThat(trust.getCell(8).getNumericCellValue()).isEqualTo(0.9, within());
            assertThat(text(summary))
                    .contains("Anonymity: results for groups of fewer than 5 respondents are not shown");

            Sheet items = book.getSheet("Items");
            Row reversed = rowWithCell(items, 1, "trust-2");
            assertThat(reversed.getCell(2).getStringCellValue()).isEqualTo("这里的人不敢发言。");
            assertThat(reversed.getCell(3).getStringCellValue()).isEqualTo("yes");
            assertThat(reversed.getCell(5).getNumericCellValue()).isEqualTo(4.2, within());
            // shares at points 1..5: 0, 0.2, 0, 0.2, 0.6
            assertThat(reversed.getCell(8).getNumericCellValue()).isEqualTo(0.2, within());
            assertThat(reversed.getCell(11).getNumericCellValue()).isEqualTo(0.6, within());
            assertThat(items.getRow(0).getCell(7).getStringCellValue()).isEqualTo("1 第1点");

            assertThat(text(book.getSheet("Comments"))).contains("Our stand-ups work well.", "需要更多时间");

            Sheet heatmap = book.getSheet("Heatmap");
            assertThat(heatmap.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Organisation");
            assertThat(heatmap.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Unit T");
            assertThat(heatmap.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(3.9, within());
            assertThat(heatmap.getLastRowNum()).isGreaterThanOrEqualTo(2);
            assertThat(heatmap.getSheetConditionalFormatting().getNumConditionalFormattings())
                    .isEqualTo(1);
        }
    }

    @Test
    void organisationWorkbookHasTheQualityTableAndAHeatmapWithHiddenUnitsWithoutFigures() throws IOException {
        RoundResults r = k5.calculate(RoundFixture.subtractionCase());

        try (XSSFWorkbook book = workbook(bytes(out -> excel.writeOrganisation(r, Locale.ENGLISH, out)))) {
            assertThat(sheetNames(book)).containsExactly("Summary", "Items", "Comments", "Heatmap");
            Sheet summary = book.getSheet("Summary");
            assertThat(text(summary)).contains("Cronbach's alpha", "McDonald's omega", "ICC(1)", "ICC(2)");
            Row trustQuality = rowsStartingWith(summary, "Trust").get(1);
            assertThat(trustQuality.getCell(2).getNumericCellValue())
                    .isEqualTo(r.organisation().quality("trust").alpha().value(), within());
            assertThat(trustQuality.getCell(3).getStringCellValue()).isEqualTo("n/c");
            assertThat(trustQuality.getCell(7).getStringCellValue()).contains("omega: needs at least 3 items");

            Sheet heatmap = book.getSheet("Heatmap");
            Row t1 = rowStartingWith(heatmap, "Unit T1");
            assertThat(t1.getCell(1).getStringCellValue()).isEqualTo("hidden");
            assertThat(t1.getCell(2).getStringCellValue()).isEqualTo("hidden");
            assertThat(t1.getCell(0).getCellStyle().getIndention()).isEqualTo((short) 2);
        }
    }

    @Test
    void otherTeamsGroupsCanBeExported() throws IOException {
        List<RoundUnit> units = List.of(unit("D", null), unit("T1", "D"), unit("T2", "D"), unit("T3", "D"));
        List<AnswerSheet> all = new ArrayList<>(sheets(3, "T1", 2, 4, 2, 2, 2));
        all.addAll(sheets(3, "T2", 4, 2, 4, 4, 4));
        all.addAll(sheets(10, "T3", 5, 1, 5, 5, 5));
        RoundResults r = k5.calculate(round(instrument(5), units, all));

        assertThat(pdfText(bytes(out -> pdf.writeUnit(r, "D/other-teams", Locale.ENGLISH, out))))
                .contains("other teams of Unit D")
                .contains("Respondents: 6");
        try (XSSFWorkbook book = workbook(bytes(out -> excel.writeUnit(r, "D/other-teams", Locale.ENGLISH, out)))) {
            assertThat(book.getSheet("Summary").getRow(2).getCell(1).getNumericCellValue())
                    .isEqualTo(6);
            assertThat(book.getSheet("Heatmap").getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("other teams of Unit D");
        }
    }

    @Test
    void theCallersStreamIsLeftOpen() throws IOException {
        RoundResults r = teamRound(null, 10);
        ClosingProbe probe = new ClosingProbe();

        pdf.writeUnit(r, "T", Locale.ENGLISH, probe);
        excel.writeUnit(r, "T", Locale.ENGLISH, probe);

        assertThat(probe.closed).isFalse();
        assertThat(probe.size()).isPositive();
    }

    // ---------------------------------------------------------------- helpers

    private interface Writer {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] bytes(Writer writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out);
        return out.toByteArray();
    }

    /** The text of every page, whitespace runs collapsed to single spaces. */
    static String pdfText(byte[] pdfBytes) throws IOException {
        PdfReader reader = new PdfReader(pdfBytes);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder b = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                b.append(extractor.getTextFromPage(page)).append('\n');
            }
            return b.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static XSSFWorkbook workbook(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<Double> numericCells(byte[] xlsx) throws IOException {
        List<Double> out = new ArrayList<>();
        try (XSSFWorkbook book = workbook(xlsx)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            out.add(cell.getNumericCellValue());
                        }
                    }
                }
            }
        }
        return out;
    }

    private static String text(Sheet sheet) {
        StringBuilder b = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    b.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static Row rowStartingWith(Sheet sheet, String first) {
        return rowsStartingWith(sheet, first).get(0);
    }

    private static List<Row> rowsStartingWith(Sheet sheet, String first) {
        return rowWith(sheet, 0, first);
    }

    private static Row rowWithCell(Sheet sheet, int column, String value) {
        return rowWith(sheet, column, value).get(0);
    }

    private static List<Row> rowWith(Sheet sheet, int column, String value) {
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(value)) {
                rows.add(row);
            }
        }
        assertThat(rows).as("rows with %s in column %d", value, column).isNotEmpty();
        return rows;
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-12);
    }

    private static final class ClosingProbe extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}

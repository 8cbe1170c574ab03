package org.cocrea.climate.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocrea.climate.control.Coefficient;
import org.cocrea.climate.control.FactorQuality;
import org.cocrea.climate.control.FactorResult;
import org.cocrea.climate.control.Heatmap;
import org.cocrea.climate.control.ItemResult;
import org.cocrea.climate.control.RoundResults;

/**
 * Writes a unit's report, or the organisation overview, as an Excel workbook (.xlsx) from {@link
 * RoundResults}.
 *
 * <p>Sheets:
 *
 * <ul>
 *   <li><b>Summary</b>: title, instrument, round and date, n, the factor table (mean, SD,
 *       favourable, neutral and unfavourable shares, r<sub>wg(j)</sub>, agreement, change), for the
 *       overview the reliability and ICC table, and the notes on scoring and anonymity;
 *   <li><b>Items</b>: every item with n, mean, SD and the share of answers at each scale point;
 *   <li><b>Comments</b>: only when the group's comments may be shown;
 *   <li><b>Heatmap</b>: factor means of the organisation and of the group's part of the tree (all
 *       units for the overview), with a colour scale; hidden units are named and marked "hidden",
 *       without figures.
 * </ul>
 *
 * Figures are stored as numbers with display formats (two decimals, percentages), so they can be
 * worked with; texts are Unicode, so Chinese instrument texts are written as they are.
 *
 * <p>Instances are immutable and thread-safe; each call builds its own workbook.
 */
public final class UnitReportExcel {

    private static final int FIRST_WIDTH = 48 * 256;
    private static final int NUMBER_WIDTH = 13 * 256;

    /**
     * Writes the report of a unit or of a shown "other teams" group.
     *
     * @param results the round's results
     * @param groupId a unit id, an {@link org.cocrea.climate.control.OtherTeamsResult#id()}, or
     *     {@link RoundResults#ORGANISATION_ID} for the overview
     * @param language the language of the instrument texts (English or Chinese; others give English)
     * @param out where the workbook goes; not closed
     * @throws HiddenResultException if the unit's result is hidden
     * @throws IllegalArgumentException if there is no such unit or shown group
     * @throws IOException if writing fails
     */
    public void writeUnit(RoundResults results, String groupId, Locale language, OutputStream out) throws IOException {
        write(ReportContent.group(results, groupId, language, text -> choose(text, language)), out);
    }

    /**
     * Writes the organisation overview.
     *
     * @throws HiddenResultException if the round has fewer respondents than the anonymity threshold
     * @throws IOException if writing fails
     */
    public void writeOrganisation(RoundResults results, Locale language, OutputStream out) throws IOException {
        write(ReportContent.organisation(results, language, text -> choose(text, language)), out);
    }

    private static String choose(org.cocrea.climate.entity.Text text, Locale language) {
        String wanted = text.in(language);
        return wanted.isBlank() ? text.en() : wanted;
    }

    private void write(ReportContent c, OutputStream out) throws IOException {
        if (out == null) {
            throw new IllegalArgumentException("out must not be null");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            summary(workbook.createSheet("Summary"), c, styles);
            items(workbook.createSheet("Items"), c, styles);
            if (c.group.commentsShown()) {
                comments(workbook.createSheet("Comments"), c, styles);
            }
            heatmap(workbook.createSheet("Heatmap"), c, styles);
            workbook.getProperties().getCoreProperties().setTitle(c.title() + " – " + c.results.roundName());
            workbook.getProperties().getCoreProperties().setCreator("Cocrea");
            workbook.write(out);
        }
    }

    private static void summary(Sheet sheet, ReportContent c, Styles styles) {
        sheet.setColumnWidth(0, FIRST_WIDTH);
        for (int col = 1; col <= 9; col++) {
            sheet.setColumnWidth(col, NUMBER_WIDTH);
        }
        int r = 0;
        text(sheet.createRow(r++), 0, c.title(), styles.title);
        text(sheet.createRow(r++), 0, c.subtitle(), null);
        Row n = sheet.createRow(r++);
        text(n, 0, "Respondents", styles.bold);
        n.createCell(1).setCellValue(c.group.respondents());
        r++;

        text(sheet.createRow(r++), 0, "Factors", styles.heading);
        header(
                sheet.createRow(r++),
                styles,
                "Factor",
                "Mean",
                "SD",
                "Favourable",
                "Neutral",
                "Unfavourable",
                "rwg(j)",
                "Agreement",
                "Change");
        for (FactorResult f : c.group.factors()) {
            Row row = sheet.createRow(r++);
            text(row, 0, c.factorName(f.factorKey()), null);
            number(row, 1, f.mean(), styles.decimal);
            number(row, 2, f.standardDeviation(), styles.decimal);
            number(row, 3, f.distribution().favourable(), styles.percent);
            number(row, 4, f.distribution().neutral(), styles.percent);
            number(row, 5, f.distribution().unfavourable(), styles.percent);
            number(row, 6, f.rwgJ(), styles.decimal);
            text(row, 7, f.lacksAgreement() ? "lacks agreement" : "agrees", null);
            if (f.change() == null) {
                text(row, 8, ReportContent.NOT_AVAILABLE, styles.right);
            } else {
                number(row, 8, f.change(), styles.signed);
            }
        }

        if (c.organisation) {
            r++;
            text(sheet.createRow(r++), 0, "Reliability and shared climate", styles.heading);
            header(
                    sheet.createRow(r++),
                    styles,
                    "Factor",
                    "Items",
                    "Cronbach's alpha",
                    "McDonald's omega",
                    "ICC(1)",
                    "ICC(2)",
                    "Reading",
                    "Not computable");
            for (FactorQuality q : c.quality()) {
                Row row = sheet.createRow(r++);
                text(row, 0, c.factorName(q.factorKey()), null);
                row.createCell(1).setCellValue(q.items());
                coefficient(row, 2, q.alpha(), styles);
                coefficient(row, 3, q.omega(), styles);
                coefficient(row, 4, q.icc1(), styles);
                coefficient(row, 5, q.icc2(), styles);
                text(row, 6, q.reading().description(), null);
                StringBuilder why = new StringBuilder();
                appendReason(why, "alpha", q.alpha());
                appendReason(why, "omega", q.omega());
                appendReason(why, "ICC", q.icc1());
                text(row, 7, why.toString(), null);
            }
            text(sheet.createRow(r++), 0, c.qualityNote(), styles.wrap);
        }

        r++;
        text(sheet.createRow(r++), 0, "Notes", styles.heading);
        if (!c.group.commentsShown()) {
            text(sheet.createRow(r++), 0, c.commentsNotShownNote(), null);
        }
        for (String note : c.notes()) {
            Row row = sheet.createRow(r++);
            text(row, 0, note, styles.wrap);
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 8));
            row.setHeightInPoints(30);
        }
    }

    private static void appendReason(StringBuilder b, String name, Coefficient c) {
        if (!c.computable()) {
            if (!b.isEmpty()) {
                b.append("; ");
            }
            b.append(name).append(": ").append(c.notComputable());
        }
    }

    private static void coefficient(Row row, int col, Coefficient c, Styles styles) {
        if (c.computable()) {
            number(row, col, c.value(), styles.decimal);
        } else {
            text(row, col, ReportContent.NOT_COMPUTABLE, styles.right);
        }
    }

    private static void items(Sheet sheet, ReportContent c, Styles styles) {
        int points = c.scalePoints();
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, FIRST_WIDTH);
        Row head = sheet.createRow(0);
        String[] labels = new String[7 + points + 3];
        labels[0] = "Factor";
        labels[1] = "Item key";
        labels[2] = "Item";
        labels[3] = "Reverse-keyed";
        labels[4] = "n";
        labels[5] = "Mean";
        labels[6] = "SD";
        for (int p = 1; p <= points; p++) {
            labels[6 + p] = c.pointLabel(p);
        }
        labels[7 + points] = "Favourable";
        labels[8 + points] = "Neutral";
        labels[9 + points] = "Unfavourable";
        header(head, styles, labels);
        for (int col = 3; col < labels.length; col++) {
            sheet.setColumnWidth(col, NUMBER_WIDTH);
        }
        int r = 1;
        for (ItemResult item : c.group.items()) {
            Row row = sheet.createRow(r++);
            text(row, 0, c.factorName(item.factorKey()), null);
            text(row, 1, item.itemKey(), null);
            text(row, 2, c.itemText(item.itemKey()), null);
            text(row, 3, item.reverse() ? "yes" : "no", null);
            row.createCell(4).setCellValue(item.respondents());
            number(row, 5, item.mean(), styles.decimal);
            number(row, 6, item.standardDeviation(), styles.decimal);
            List<Double> shares = item.distribution().shares();
            for (int p = 0; p < points; p++) {
                number(row, 7 + p, shares.get(p), styles.percent);
            }
            number(row, 7 + points, item.distribution().favourable(), styles.percent);
            number(row, 8 + points, item.distribution().neutral(), styles.percent);
            number(row, 9 + points, item.distribution().unfavourable(), styles.percent);
        }
        text(sheet.createRow(r + 1), 0, "Scores are on the scored scale: reverse-keyed items are reversed.", null);
        sheet.createFreezePane(3, 1);
    }

    private static void comments(Sheet sheet, ReportContent c, Styles styles) {
        sheet.setColumnWidth(0, 100 * 256);
        header(sheet.createRow(0), styles, "Comments (sorted alphabetically)");
        int r = 1;
        if (c.group.comments().isEmpty()) {
            text(sheet.createRow(r), 0, ReportContent.noCommentsNote(), null);
            return;
        }
        for (String comment : c.group.comments()) {
            text(sheet.createRow(r++), 0, comment, styles.wrap);
        }
    }

    private static void heatmap(Sheet sheet, ReportContent c, Styles styles) {
        List<String> keys = c.results.heatmap().factorKeys();
        sheet.setColumnWidth(0, FIRST_WIDTH);
        String[] labels = new String[keys.size() + 1];
        labels[0] = "Unit";
        for (int i = 0; i < keys.size(); i++) {
            labels[i + 1] = c.factorName(keys.get(i));
            sheet.setColumnWidth(i + 1, NUMBER_WIDTH);
        }
        header(sheet.createRow(0), styles, labels);
        int r = 1;
        for (Heatmap.Row h : c.heatmapRows) {
            Row row = sheet.createRow(r++);
            Cell name = row.createCell(0);
            name.setCellValue(h.label());
            name.setCellStyle(styles.indent(h.depth() + 1, h.visible()));
            for (int i = 0; i < keys.size(); i++) {
                if (h.visible()) {
                    number(row, i + 1, h.means().get(i), styles.decimal);
                } else {
                    text(row, i + 1, ReportContent.HIDDEN, styles.hidden);
                }
            }
        }
        if (r > 1 && !keys.isEmpty()) {
            SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
            ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
            ColorScaleFormatting scale = rule.getColorScaleFormatting();
            scale.getThresholds()[0].setRangeType(RangeType.NUMBER);
            scale.getThresholds()[0].setValue(1.0);
            scale.getThresholds()[1].setRangeType(RangeType.NUMBER);
            scale.getThresholds()[1].setValue((c.scalePoints() + 1) / 2.0);
            scale.getThresholds()[2].setRangeType(RangeType.NUMBER);
            scale.getThresholds()[2].setValue((double) c.scalePoints());
            scale.setColors(new XSSFColor[] {rgb(0xF8, 0x69, 0x6B), rgb(0xFF, 0xEB, 0x84), rgb(0x63, 0xBE, 0x7B)});
            formatting.addConditionalFormatting(
                    new CellRangeAddress[] {new CellRangeAddress(1, r - 1, 1, keys.size())}, rule);
        }
        text(sheet.createRow(r + 1), 0, c.anonymityNote(), null);
        sheet.createFreezePane(1, 1);
    }

    private static XSSFColor rgb(int red, int green, int blue) {
        return new XSSFColor(new byte[] {(byte) red, (byte) green, (byte) blue});
    }

    private static void header(Row row, Styles styles, String... labels) {
        for (int i = 0; i < labels.length; i++) {
            text(row, i, labels[i], styles.header);
        }
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int col, double value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The workbook's cell styles, created once (Excel limits their number). */
    private static final class Styles {
        final XSSFWorkbook workbook;
        final CellStyle title;
        final CellStyle heading;
        final CellStyle bold;
        final CellStyle header;
        final CellStyle decimal;
        final CellStyle signed;
        final CellStyle percent;
        final CellStyle right;
        final CellStyle wrap;
        final CellStyle hidden;
        private final java.util.Map<Integer, CellStyle> indents = new java.util.HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            title = withFont(16, true, false);
            heading = withFont(12, true, false);
            bold = withFont(11, true, false);
            header = withFont(11, true, false);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            decimal = format("0.00");
            signed = format("+0.00;-0.00;0.00");
            percent = format("0%");
            right = workbook.createCellStyle();
            right.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            hidden = withFont(11, false, true);
            hidden.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
        }

        private CellStyle withFont(int points, boolean isBold, boolean italic) {
            Font font = workbook.createFont();
            font.setFontHeightInPoints((short) points);
            font.setBold(isBold);
            font.setItalic(italic);
            if (italic) {
                font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            }
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            return style;
        }

        private CellStyle format(String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
            return style;
        }

        /** Indented unit names; hidden ones in grey italics. */
        CellStyle indent(int level, boolean visible) {
            int key = level * 2 + (visible ? 1 : 0);
            return indents.computeIfAbsent(key, k -> {
                CellStyle style = visible ? workbook.createCellStyle() : withFont(11, false, true);
                style.setIndention((short) Math.min(level, 15));
                return style;
            });
        }
    }
}

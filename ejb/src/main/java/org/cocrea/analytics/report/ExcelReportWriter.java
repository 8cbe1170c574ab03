package org.cocrea.analytics.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as an Excel workbook: a sheet "Summary" (title, header lines, every warning, the list of
 * tables), then one sheet per table named "T1 Descriptive …": the table number and title, the
 * column headers, the rows, then the notes, readings and warnings. Cells that show a number hold
 * the number itself, with a number format that reproduces the printed text (e.g. {@code #.00\*\*}
 * for {@code .36**}); other cells hold the printed text.
 */
final class ExcelReportWriter {

    /** Column widths in characters at most. */
    private static final int MAX_WIDTH = 45;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Map<String, CellStyle> numberStyles = new HashMap<>();
    private final CellStyle bold;
    private final CellStyle italic;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle warning;
    private final CellStyle text;

    private ExcelReportWriter() {
        bold = style(font(true, false, 11, null), false);
        italic = style(font(false, true, 11, null), false);
        title = style(font(true, false, 14, null), false);
        header = style(font(true, false, 11, null), true);
        header.setBorderTop(BorderStyle.THIN);
        header.setBorderBottom(BorderStyle.THIN);
        header.setAlignment(HorizontalAlignment.CENTER);
        warning = style(font(false, false, 11, IndexedColors.DARK_RED), false);
        text = style(null, false);
    }

    static void write(Report report, OutputStream out) throws IOException {
        ExcelReportWriter w = new ExcelReportWriter();
        try (XSSFWorkbook workbook = w.workbook) {
            w.summary(report);
            Set<String> names = new HashSet<>();
            for (ReportTable t : report.tables()) {
                w.table(t, sheetName(t, names));
            }
            workbook.write(out);
        }
    }

    /** A unique sheet name of at most 31 characters: "T4 Fit of the Confirmatory …". */
    static String sheetName(ReportTable t, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName("T" + t.number() + " " + t.title(), '-');
        if (base.length() > 31) {
            base = base.substring(0, 31);
        }
        String name = base.strip();
        for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length()))
                            .strip()
                    + suffix;
        }
        return name;
    }

    private void summary(Report report) {
        Sheet sheet = workbook.createSheet("Summary");
        int r = 0;
        put(sheet, r++, 0, report.title(), title);
        for (String line : report.headerLines()) {
            put(sheet, r++, 0, line, text);
        }
        r++;
        List<String> warnings = report.allWarnings();
        put(sheet, r++, 0, warnings.isEmpty() ? "No warnings." : "Warnings", bold);
        for (String w : warnings) {
            put(sheet, r++, 0, w, warning);
        }
        r++;
        put(sheet, r++, 0, "Tables", bold);
        for (ReportTable t : report.tables()) {
            put(sheet, r++, 0, "Table " + t.number() + ": " + t.title(), text);
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    private void table(ReportTable t, String name) {
        Sheet sheet = workbook.createSheet(name);
        int width = t.columns().size();
        int[] chars = new int[width];
        int r = 0;
        put(sheet, r++, 0, "Table " + t.number(), bold);
        put(sheet, r++, 0, t.title(), italic);
        r++;
        Row head = sheet.createRow(r++);
        for (int c = 0; c < width; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(t.columns().get(c));
            cell.setCellStyle(header);
            chars[c] = Math.max(chars[c], t.columns().get(c).length());
        }
        for (ReportRow row : t.rows()) {
            Row line = sheet.createRow(r);
            if (row.heading()) {
                Cell cell = line.createCell(0);
                cell.setCellValue(row.cells().get(0).text());
                cell.setCellStyle(italic);
                if (width > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
                }
                r++;
                continue;
            }
            for (int c = 0; c < width; c++) {
                ReportCell rc = row.cells().get(c);
                Cell cell = line.createCell(c);
                String format = rc.isNumber() ? numberFormat(rc) : null;
                if (format != null) {
                    cell.setCellValue(rc.value());
                    cell.setCellStyle(numberStyle(format));
                } else {
                    cell.setCellValue(rc.text());
                    cell.setCellStyle(text);
                }
                chars[c] = Math.max(chars[c], rc.text().length());
            }
            r++;
        }
        r++;
        for (String note : t.notes()) {
            put(sheet, r++, 0, "Note. " + note, text);
        }
        for (String reading : t.readings()) {
            put(sheet, r++, 0, "Reading: " + reading, text);
        }
        for (String w : t.warnings()) {
            put(sheet, r++, 0, "Warning: " + w, warning);
        }
        for (int c = 0; c < width; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, chars[c] + 2) * 256);
        }
        sheet.createFreezePane(0, 4);
    }

    /**
     * The Excel format that shows the cell's value as its text, e.g. {@code 0.00}, {@code #.000},
     * {@code #.00\*\*} (a suffix as escaped literals); null when the text does not start with the
     * number (e.g. "(.78)"), so the text is written.
     */
    static String numberFormat(ReportCell cell) {
        String shown = cell.leadingZero()
                ? ApaFormat.number(cell.value(), cell.decimals())
                : ApaFormat.bounded(cell.value(), cell.decimals());
        if (!cell.text().startsWith(shown)) {
            return null;
        }
        String suffix = cell.text().substring(shown.length());
        StringBuilder f = new StringBuilder(cell.leadingZero() ? "0" : "#");
        if (cell.decimals() > 0) {
            f.append('.').append("0".repeat(cell.decimals()));
        }
        for (char c : suffix.toCharArray()) {
            f.append('\\').append(c);
        }
        return f.toString();
    }

    private CellStyle numberStyle(String format) {
        return numberStyles.computeIfAbsent(format, f -> {
            CellStyle s = workbook.createCellStyle();
            s.setDataFormat(workbook.createDataFormat().getFormat(f));
            s.setAlignment(HorizontalAlignment.CENTER);
            return s;
        });
    }

    private void put(Sheet sheet, int row, int column, String value, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private Font font(boolean isBold, boolean isItalic, int points, IndexedColors color) {
        Font f = workbook.createFont();
        f.setBold(isBold);
        f.setItalic(isItalic);
        f.setFontHeightInPoints((short) points);
        if (color != null) {
            f.setColor(color.getIndex());
        }
        return f;
    }

    private CellStyle style(Font font, boolean centred) {
        CellStyle s = workbook.createCellStyle();
        if (font != null) {
            s.setFont(font);
        }
        if (centred) {
            s.setAlignment(HorizontalAlignment.CENTER);
        }
        return s;
    }
}

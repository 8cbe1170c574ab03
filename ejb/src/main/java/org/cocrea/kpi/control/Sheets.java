package org.cocrea.kpi.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.cocrea.organisation.control.CsvRows;

/**
 * Reads the first sheet of an Excel workbook (.xlsx, also .xls) into {@link CsvRows.Row}s: values by
 * lower-case column name, line numbers as the sheet shows them (the header row is line 1 when it is
 * the first row). Dates become ISO dates, whole numbers lose their ".0", empty rows are skipped.
 */
final class Sheets {

    private Sheets() {}

    /**
     * @throws IllegalArgumentException when the file is not a workbook or a required column is
     *     missing
     */
    static List<CsvRows.Row> firstSheet(InputStream stream, List<String> required) {
        Workbook opened;
        try {
            opened = WorkbookFactory.create(stream);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "The file is not a readable Excel workbook (.xlsx): " + e.getMessage(), e);
        }
        try (Workbook workbook = opened) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new IllegalArgumentException("The workbook has no sheet.");
            }
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw new IllegalArgumentException("The first sheet is empty. Its first row must name the columns: "
                        + String.join(", ", required) + ".");
            }
            Map<Integer, String> columnAt = new LinkedHashMap<>();
            for (Cell c : header) {
                String name = text(c);
                if (name != null) {
                    columnAt.put(c.getColumnIndex(), name.toLowerCase(Locale.ROOT));
                }
            }
            List<String> missing =
                    required.stream().filter(c -> !columnAt.containsValue(c)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("The file lacks the column(s) " + String.join(", ", missing)
                        + ". The first row must name the columns: " + String.join(", ", required) + ".");
            }
            List<CsvRows.Row> rows = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                boolean any = false;
                for (Map.Entry<Integer, String> col : columnAt.entrySet()) {
                    String v = text(row.getCell(col.getKey()));
                    values.put(col.getValue(), v);
                    any |= v != null;
                }
                if (any) {
                    rows.add(new CsvRows.Row(r + 1L, values));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING ->
                cell.getStringCellValue().isBlank()
                        ? null
                        : cell.getStringCellValue().strip();
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime t = cell.getLocalDateTimeCellValue();
                    yield t.toLocalTime().equals(LocalTime.MIDNIGHT)
                            ? t.toLocalDate().toString()
                            : t.toString();
                }
                double d = cell.getNumericCellValue();
                yield d == Math.rint(d) && Math.abs(d) < 1e15
                        ? Long.toString((long) d)
                        : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            }
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> null;
        };
    }
}

package org.cocrea.platform.tabular;

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
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.cocrea.organisation.control.CsvRows;

/**
 * Reads the first sheet of an Excel workbook (.xlsx, also .xls) as {@link CsvRows.Row}s, the same
 * rows the CSV imports give: values by lower-case column name, row numbers as the sheet shows them.
 * Shared by every import that accepts Excel.
 */
public final class SheetRows {

    private SheetRows() {}

    /** All rows of the first sheet; see {@link #read}. */
    public static List<CsvRows.Row> firstSheet(InputStream stream, List<String> required) {
        List<CsvRows.Row> rows = new ArrayList<>();
        read(stream, required, rows::add);
        return rows;
    }

    /**
     * Reads the first sheet of an Excel workbook (.xlsx, also .xls). Line numbers are the sheet's
     * row numbers (the header row is line 1 when it is the first row). Dates become ISO dates
     * (2024-05-01, or 2024-05-01T10:15 with a time), whole numbers lose their ".0", empty rows are
     * skipped.
     *
     * @throws IllegalArgumentException when a required column is missing or the file is not a
     *     workbook
     */
    public static void read(InputStream stream, List<String> required, Consumer<CsvRows.Row> sink) {
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
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw new IllegalArgumentException("The first sheet is empty. Its first row must name the columns: "
                        + String.join(", ", required) + ".");
            }
            List<String> names = new ArrayList<>();
            Map<Integer, String> columnAt = new LinkedHashMap<>();
            for (Cell c : headerRow) {
                String name = text(c);
                if (name != null && !name.isBlank()) {
                    names.add(name);
                    columnAt.put(c.getColumnIndex(), name.strip().toLowerCase(Locale.ROOT));
                }
            }
            requireColumns(names, required);
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                boolean any = false;
                for (Map.Entry<Integer, String> col : columnAt.entrySet()) {
                    String v = text(row.getCell(col.getKey()));
                    values.put(col.getValue(), v);
                    any |= v != null && !v.isBlank();
                }
                if (any) {
                    sink.accept(new CsvRows.Row(r + 1L, values));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks that a header names every required column (case-insensitively); returns the header
     * names by their lower-case form.
     *
     * @throws IllegalArgumentException naming the missing columns
     */
    public static Map<String, String> requireColumns(List<String> names, List<String> required) {
        Map<String, String> headerByLower = new LinkedHashMap<>();
        for (String h : names) {
            headerByLower.put(h.strip().toLowerCase(Locale.ROOT), h);
        }
        List<String> missing =
                required.stream().filter(c -> !headerByLower.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The file lacks the column(s) " + String.join(", ", missing)
                    + ". The first row must name the columns: " + String.join(", ", required) + ".");
        }
        return headerByLower;
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
            case STRING -> blankToNull(cell.getStringCellValue());
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

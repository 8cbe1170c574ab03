package org.cocrea.analytics.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small .xlsx files for tests: rows of cells, a Double becomes a numeric cell, null a blank one. */
final class Workbooks {

    private Workbooks() {}

    /**
     * A workbook whose first sheet holds {@code rows}, starting at sheet row {@code firstRow} (0-based);
     * a null row is left out (a blank row in the sheet).
     */
    static byte[] xlsx(int firstRow, Object[]... rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("answers");
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                Row row = sheet.createRow(firstRow + r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v instanceof String s) {
                        if (s.startsWith("=")) {
                            row.createCell(c).setCellFormula(s.substring(1));
                        } else {
                            row.createCell(c).setCellValue(s);
                        }
                    }
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

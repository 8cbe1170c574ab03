package org.cocrea.analytics.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * An uploaded data file as a table of named columns: a header row of column names and one row per
 * respondent. Cells are kept as text (an empty cell is a missing value); {@link #numbers(String)}
 * reads a column as numbers and names the row and column of a cell that is not a number.
 *
 * <p><b>Formats.</b> {@link #read(InputStream, String)} tells them apart by their first bytes:
 *
 * <ul>
 *   <li><b>CSV</b> (Apache Commons CSV): UTF-8 text (a byte-order mark is ignored; a file that is
 *       not valid UTF-8 is read as Windows-1252, as older Excel versions save it), cells separated
 *       by commas, semicolons or tabs, whichever the header line uses most (outside quotes), quotes as
 *       in RFC 4180, blank lines skipped.
 *   <li><b>Excel</b> (Apache POI): the first sheet of an {@code .xlsx} (or legacy {@code .xls})
 *       workbook; the first non-blank row is the header, blank rows are skipped, formulas count with
 *       their last computed value. Numeric cells keep their full precision.
 * </ul>
 *
 * <p><b>Row numbers</b> are those the user sees: in a CSV file the line on which the row starts, in
 * a workbook the sheet's row number. The header is normally row 1, so the first data row is row 2.
 * Messages say "line" for CSV files and "row" for workbooks, e.g. {@code data.csv line 5, column
 * "tenure": ...} or {@code data.xlsx row 5, column "tenure": ...}.
 *
 * <p>Numbers are written with a '.' decimal point ({@code 3}, {@code 2.5}, {@code 1e3}); thousands
 * separators, {@code NaN} and {@code Infinity} are not numbers.
 */
public final class DataTable {

    /** The kind of file a table was read from. */
    public enum Format {
        CSV,
        EXCEL
    }

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /** Upper bound on the rows read from a workbook, Excel's own sheet limit. */
    private static final int MAX_ROWS = 1_048_576;

    private final String source;
    private final Format format;
    private final List<String> columns;
    private final Map<String, Integer> index;
    private final List<String[]> rows;
    private final int[] rowNumbers;
    private final char delimiter;

    private DataTable(
            String source,
            Format format,
            List<String> columns,
            Map<String, Integer> index,
            List<String[]> rows,
            int[] rowNumbers,
            char delimiter) {
        this.source = source;
        this.format = format;
        this.columns = columns;
        this.index = index;
        this.rows = rows;
        this.rowNumbers = rowNumbers;
        this.delimiter = delimiter;
    }

    /**
     * Reads a CSV or Excel file; the file's name is used in messages.
     *
     * @throws InputException if the file cannot be read or its structure is broken
     */
    public static DataTable read(Path file) {
        return read(file, file.toString());
    }

    /**
     * Reads a CSV or Excel file.
     *
     * @param source the file's name in messages
     * @throws InputException if the file cannot be read or its structure is broken
     */
    public static DataTable read(Path file, String source) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fileProblem(source + ": no such file", e);
        } catch (IOException e) {
            throw fileProblem(source + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return read(bytes, source);
    }

    /**
     * Reads an uploaded CSV or Excel file from a stream (which is read to its end but not closed).
     *
     * @param source the file's name as the user knows it, for messages
     * @throws InputException if the content cannot be read or its structure is broken
     */
    public static DataTable read(InputStream in, String source) {
        try {
            return read(in.readAllBytes(), source);
        } catch (IOException e) {
            throw fileProblem(source + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads a CSV or Excel file's content: a workbook if it starts like one (a ZIP container for
     * {@code .xlsx}, an OLE2 container for {@code .xls}), CSV text otherwise.
     *
     * @param source the file's name as the user knows it, for messages
     * @throws InputException if the content cannot be read or its structure is broken
     */
    public static DataTable read(byte[] content, String source) {
        if (isWorkbook(content)) {
            return readWorkbook(content, source);
        }
        return parseCsv(decode(content), source);
    }

    /**
     * Parses CSV text.
     *
     * @param source the file's name in messages
     * @throws InputException on an empty file, a blank or repeated column name, or a line whose
     *     number of cells differs from the header's
     */
    public static DataTable parseCsv(String content, String source) {
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        int firstBreak = content.indexOf('\n');
        String firstLine = firstBreak < 0 ? content : content.substring(0, firstBreak);
        if (firstLine.isBlank()) {
            throw structure(source + " line 1: the file must start with a header row of column names");
        }
        char delimiter = delimiter(firstLine);
        int[] lineStarts = lineStarts(content);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        List<String> header = null;
        Map<String, Integer> index = new HashMap<>();
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineList = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            for (CSVRecord record : parser) {
                int line = lineOf(lineStarts, firstContent(content, record.getCharacterPosition()));
                if (header == null) {
                    header = new ArrayList<>();
                    for (int c = 0; c < record.size(); c++) {
                        header.add(headerName(record.get(c), c, index, source + " line " + line, "column " + (c + 1)));
                    }
                    continue;
                }
                if (record.size() != header.size()) {
                    if (record.size() == 1 && record.get(0).isEmpty()) {
                        continue; // a line of spaces
                    }
                    throw new InputException(new DataProblem(
                            DataProblem.Kind.STRUCTURE,
                            null,
                            line,
                            source + " line " + line + ": " + record.size() + " cell"
                                    + (record.size() == 1 ? "" : "s") + " but the header has " + header.size()
                                    + " columns (separator " + delimiterName(delimiter) + ")"));
                }
                String[] cells = new String[header.size()];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = record.get(c);
                }
                rows.add(cells);
                lineList.add(line);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports e.g. an unclosed quote as an UncheckedIOException
            throw fileProblem(source + ": not a readable CSV file (" + e.getMessage() + ")", e);
        }
        if (header == null) {
            throw structure(source + ": the file is empty; it needs a header row and data rows");
        }
        if (rows.isEmpty()) {
            throw structure(source + ": the file has a header but no data rows");
        }
        int[] lines = lineList.stream().mapToInt(Integer::intValue).toArray();
        return new DataTable(source, Format.CSV, Collections.unmodifiableList(header), index, rows, lines, delimiter);
    }

    /**
     * Reads the first sheet of an Excel workbook ({@code .xlsx} or {@code .xls}).
     *
     * @param source the file's name in messages
     * @throws InputException if the content is not a readable workbook, is password-protected, or
     *     its first sheet has no header or no data rows
     */
    public static DataTable readWorkbook(byte[] content, String source) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw structure(source + ": the workbook has no sheet");
            }
            return readSheet(workbook.getSheetAt(0), source);
        } catch (EncryptedDocumentException e) {
            throw fileProblem(source + ": the workbook is password-protected; save it without a password", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw fileProblem(source + ": not a readable Excel workbook (" + e.getMessage() + ")", e);
        }
    }

    private static DataTable readSheet(Sheet sheet, String source) {
        List<String> header = null;
        Map<String, Integer> index = new HashMap<>();
        List<String[]> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        int last = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int width = Math.max(0, row.getLastCellNum());
            String[] cells = new String[width];
            boolean blank = true;
            for (int c = 0; c < width; c++) {
                cells[c] = text(row.getCell(c));
                blank &= cells[c].isEmpty();
            }
            if (blank) {
                continue;
            }
            int rowNumber = r + 1;
            if (header == null) {
                int lastName = width - 1;
                while (cells[lastName].isEmpty()) {
                    lastName--;
                }
                header = new ArrayList<>();
                for (int c = 0; c <= lastName; c++) {
                    header.add(headerName(
                            cells[c],
                            c,
                            index,
                            source + " row " + rowNumber,
                            "column " + CellReference.convertNumToColString(c)));
                }
                continue;
            }
            for (int c = header.size(); c < width; c++) {
                if (!cells[c].isEmpty()) {
                    throw new InputException(new DataProblem(
                            DataProblem.Kind.STRUCTURE,
                            null,
                            rowNumber,
                            source + " row " + rowNumber + ": cell " + CellReference.convertNumToColString(c)
                                    + rowNumber + " holds \"" + cells[c]
                                    + "\" but its column has no name in the header"));
                }
            }
            rows.add(Arrays.copyOf(cells, header.size()));
            for (int c = width; c < header.size(); c++) {
                rows.get(rows.size() - 1)[c] = "";
            }
            numbers.add(rowNumber);
        }
        if (header == null) {
            throw structure(source + ": the first sheet (\"" + sheet.getSheetName()
                    + "\") is empty; it needs a header row and data rows");
        }
        if (rows.isEmpty()) {
            throw structure(
                    source + ": the first sheet (\"" + sheet.getSheetName() + "\") has a header but no data rows");
        }
        return new DataTable(
                source,
                Format.EXCEL,
                Collections.unmodifiableList(header),
                index,
                rows,
                numbers.stream().mapToInt(Integer::intValue).toArray(),
                '\0');
    }

    /** A cell as text: numbers in full precision (whole numbers without ".0"), "" when blank. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield cell.getLocalDateTimeCellValue().toString();
                }
                yield numberText(cell.getNumericCellValue());
            }
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    static String numberText(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** The file's name as used in messages. */
    public String source() {
        return source;
    }

    /** CSV or Excel. */
    public Format format() {
        return format;
    }

    /** The column names of the header, in file order. */
    public List<String> columns() {
        return columns;
    }

    /** The CSV separator found in the header: ',', ';' or '\t'; '\0' for a workbook. */
    public char delimiter() {
        return delimiter;
    }

    /** Number of data rows. */
    public int size() {
        return rows.size();
    }

    /**
     * The row number the user sees for a data row: the CSV file's line or the sheet's row (the
     * header being 1).
     *
     * @param row 0-based index of the data row
     */
    public int rowNumber(int row) {
        return rowNumbers[row];
    }

    /**
     * Where a data row is, for messages: {@code data.csv line 5} or {@code data.xlsx row 5}.
     *
     * @param row 0-based index of the data row
     */
    public String location(int row) {
        return source + (format == Format.CSV ? " line " : " row ") + rowNumbers[row];
    }

    /** "line" for CSV files, "row" for workbooks: how messages name a row. */
    public String rowWord() {
        return format == Format.CSV ? "line" : "row";
    }

    public boolean hasColumn(String column) {
        return index.containsKey(column);
    }

    /** The cell as text, or null when it is empty (missing). */
    public String text(int row, String column) {
        String cell = rows.get(row)[column(column)];
        return cell.isEmpty() ? null : cell;
    }

    /** Texts of a column, null for an empty cell. */
    public String[] texts(String column) {
        int c = column(column);
        String[] out = new String[rows.size()];
        for (int r = 0; r < out.length; r++) {
            String cell = rows.get(r)[c];
            out[r] = cell.isEmpty() ? null : cell;
        }
        return out;
    }

    /**
     * A column as numbers, NaN for an empty cell.
     *
     * @throws InputException naming row and column of the first cell that is not a number
     */
    public double[] numbers(String column) {
        List<DataProblem> problems = new ArrayList<>();
        double[] out = numbers(column, problems, 1);
        if (!problems.isEmpty()) {
            throw new InputException(problems.get(0));
        }
        return out;
    }

    /**
     * A column as numbers, NaN for an empty cell or one that is not a number; such cells are added
     * to {@code problems}, at most {@code limit} of them.
     */
    double[] numbers(String column, List<DataProblem> problems, int limit) {
        int c = column(column);
        double[] out = new double[rows.size()];
        int found = 0;
        for (int r = 0; r < out.length; r++) {
            String cell = rows.get(r)[c];
            if (cell.isEmpty()) {
                out[r] = Double.NaN;
            } else if (isNumber(cell)) {
                out[r] = Double.parseDouble(cell);
            } else {
                out[r] = Double.NaN;
                if (found++ < limit) {
                    String hint = cell.matches("[+-]?\\d*,\\d+")
                            ? "; write decimals with a '.'"
                            : "; leave the cell empty for a missing value";
                    problems.add(new DataProblem(
                            DataProblem.Kind.NOT_A_NUMBER,
                            column,
                            rowNumbers[r],
                            location(r) + ", column \"" + column + "\": \"" + cell + "\" is not a number" + hint));
                }
            }
        }
        return out;
    }

    /** Whether the text is a number as this class reads them. */
    static boolean isNumber(String cell) {
        return NUMBER.matcher(cell).matches();
    }

    private int column(String column) {
        Integer c = index.get(column);
        if (c == null) {
            throw new InputException(new DataProblem(
                    DataProblem.Kind.UNKNOWN_COLUMN,
                    column,
                    0,
                    source + ": no column \"" + column + "\" in the header"));
        }
        return c;
    }

    private static String headerName(String name, int c, Map<String, Integer> index, String where, String columnLabel) {
        if (name.isEmpty()) {
            throw new InputException(new DataProblem(
                    DataProblem.Kind.STRUCTURE, null, 1, where + ": " + columnLabel + " of the header has no name"));
        }
        if (index.putIfAbsent(name, c) != null) {
            throw new InputException(new DataProblem(
                    DataProblem.Kind.STRUCTURE,
                    name,
                    1,
                    where + ": column \"" + name + "\" appears twice in the header"));
        }
        return name;
    }

    private static InputException structure(String message) {
        return new InputException(new DataProblem(DataProblem.Kind.STRUCTURE, null, 0, message));
    }

    private static InputException fileProblem(String message, Throwable cause) {
        return new InputException(new DataProblem(DataProblem.Kind.FILE, null, 0, message), cause);
    }

    private static boolean isWorkbook(byte[] b) {
        boolean zip = b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        boolean ole2 = b.length >= 8
                && (b[0] & 0xFF) == 0xD0
                && (b[1] & 0xFF) == 0xCF
                && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0;
        return zip || ole2;
    }

    /** UTF-8, or Windows-1252 when the bytes are not valid UTF-8. */
    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    /** The separator the header line uses most outside quotes; a comma on a tie or when none. */
    private static char delimiter(String headerLine) {
        char best = ',';
        int most = count(headerLine, ',');
        for (char candidate : new char[] {';', '\t'}) {
            int n = count(headerLine, candidate);
            if (n > most) {
                best = candidate;
                most = n;
            }
        }
        return best;
    }

    private static String delimiterName(char delimiter) {
        return delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    }

    private static int count(String s, char ch) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char x = s.charAt(i);
            if (x == '"') {
                quoted = !quoted;
            } else if (x == ch && !quoted) {
                n++;
            }
        }
        return n;
    }

    private static int[] lineStarts(String content) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < content.length(); i++) {
            char ch = content.charAt(i);
            if (ch == '\n') {
                starts.add(i + 1);
            } else if (ch == '\r' && (i + 1 >= content.length() || content.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The position itself, or past the empty lines a record's reported position may start with. */
    private static long firstContent(String content, long position) {
        int p = (int) position;
        while (p < content.length() && (content.charAt(p) == '\n' || content.charAt(p) == '\r')) {
            p++;
        }
        return p;
    }

    /** 1-based line of a character position. */
    private static int lineOf(int[] starts, long position) {
        int i = Arrays.binarySearch(starts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "DataTable[%s, %s, %d columns, %d rows]", source, format, columns.size(), rows.size());
    }
}

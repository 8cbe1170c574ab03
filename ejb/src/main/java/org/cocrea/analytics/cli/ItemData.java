package org.cocrea.analytics.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The survey data of an evidence run: a CSV file (Apache Commons CSV) with a header row, cells
 * separated by commas or semicolons (whichever the header uses more), numbers written with a '.'
 * decimal point, and an empty cell for a missing value. Cells are kept as text; {@link
 * #numbers(String)} converts a column and names the line and column of a cell that is not a
 * number. Line numbers are those of the file, the header being line 1.
 */
public final class ItemData {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final String source;
    private final List<String> columns;
    private final Map<String, Integer> index;
    private final List<String[]> rows;
    private final int[] lines;
    private final char delimiter;

    private ItemData(
            String source,
            List<String> columns,
            Map<String, Integer> index,
            List<String[]> rows,
            int[] lines,
            char delimiter) {
        this.source = source;
        this.columns = columns;
        this.index = index;
        this.rows = rows;
        this.lines = lines;
        this.delimiter = delimiter;
    }

    /**
     * Reads a CSV file (UTF-8).
     *
     * @param source the file's name in messages
     * @throws InputException if the file cannot be read or its structure is broken
     */
    public static ItemData read(Path file, String source) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(source + ": no such file", e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(source + ": not a UTF-8 text file", e);
        } catch (IOException e) {
            throw new InputException(source + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(content, source);
    }

    /**
     * Parses CSV text.
     *
     * @param source the file's name in messages
     * @throws InputException on an empty file, a blank or repeated column name, or a line whose
     *     number of cells differs from the header's
     */
    public static ItemData parse(String content, String source) {
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        int firstBreak = content.indexOf('\n');
        String firstLine = firstBreak < 0 ? content : content.substring(0, firstBreak);
        if (firstLine.isBlank()) {
            throw new InputException(source + " line 1: the file must start with a header row of column names");
        }
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
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
                        String name = record.get(c);
                        if (name.isEmpty()) {
                            throw new InputException(
                                    source + " line " + line + ": column " + (c + 1) + " of the header has no name");
                        }
                        if (index.putIfAbsent(name, c) != null) {
                            throw new InputException(
                                    source + " line " + line + ": column \"" + name + "\" appears twice in the header");
                        }
                        header.add(name);
                    }
                    continue;
                }
                if (record.size() != header.size()) {
                    if (record.size() == 1 && record.get(0).isEmpty()) {
                        continue; // a line of spaces
                    }
                    throw new InputException(source + " line " + line + ": " + record.size() + " cell"
                            + (record.size() == 1 ? "" : "s") + " but the header has " + header.size()
                            + " columns (separator '" + delimiter + "')");
                }
                String[] cells = new String[header.size()];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = record.get(c);
                }
                rows.add(cells);
                lineList.add(line);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(source + ": not a readable CSV file (" + e.getMessage() + ")", e);
        } catch (IllegalStateException e) {
            // Commons CSV reports e.g. an unclosed quote this way
            throw new InputException(source + ": not a readable CSV file (" + e.getMessage() + ")", e);
        }
        if (header == null) {
            throw new InputException(source + ": the file is empty; it needs a header row and data rows");
        }
        if (rows.isEmpty()) {
            throw new InputException(source + ": the file has a header but no data rows");
        }
        int[] lines = lineList.stream().mapToInt(Integer::intValue).toArray();
        return new ItemData(source, Collections.unmodifiableList(header), index, rows, lines, delimiter);
    }

    /** The file's name as used in messages. */
    public String source() {
        return source;
    }

    /** The column names of the header, in file order. */
    public List<String> columns() {
        return columns;
    }

    /** The separator found in the header: ',' or ';'. */
    public char delimiter() {
        return delimiter;
    }

    /** Number of data rows. */
    public int size() {
        return rows.size();
    }

    /** The file line of a data row (0-based row, the header is line 1). */
    public int line(int row) {
        return lines[row];
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
     * @throws InputException naming line and column of the first cell that is not a number
     */
    public double[] numbers(String column) {
        int c = column(column);
        double[] out = new double[rows.size()];
        for (int r = 0; r < out.length; r++) {
            String cell = rows.get(r)[c];
            if (cell.isEmpty()) {
                out[r] = Double.NaN;
            } else if (NUMBER.matcher(cell).matches()) {
                out[r] = Double.parseDouble(cell);
            } else {
                String hint = cell.matches("[+-]?\\d*,\\d+")
                        ? "; write decimals with a '.'"
                        : "; leave the cell empty for a missing value";
                throw new InputException(source + " line " + lines[r] + ", column \"" + column + "\": \"" + cell
                        + "\" is not a number" + hint);
            }
        }
        return out;
    }

    private int column(String column) {
        Integer c = index.get(column);
        if (c == null) {
            throw new InputException(source + ": no column \"" + column + "\" in the header");
        }
        return c;
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
}

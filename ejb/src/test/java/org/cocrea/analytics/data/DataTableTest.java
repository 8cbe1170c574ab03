package org.cocrea.analytics.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataTableTest {

    @Test
    void readsCommaSeparatedNumbersWithEmptyCellsAsMissing() {
        DataTable data = DataTable.parseCsv("firm,CE1,tenure\nF01,3,2.5\nF01,,1e1\nF02,7,-0.5\n", "data.csv");

        assertThat(data.delimiter()).isEqualTo(',');
        assertThat(data.columns()).containsExactly("firm", "CE1", "tenure");
        assertThat(data.size()).isEqualTo(3);
        assertThat(data.numbers("CE1")).containsExactly(3, Double.NaN, 7);
        assertThat(data.numbers("tenure")).containsExactly(2.5, 10, -0.5);
        assertThat(data.texts("firm")).containsExactly("F01", "F01", "F02");
        assertThat(data.rowNumber(0)).isEqualTo(2);
    }

    @Test
    void readsSemicolonSeparatedFilesAndKeepsFileLineNumbers() {
        DataTable data = DataTable.parseCsv("\uFEFFfirm;CE1;CE2\r\nA;1;2\r\n\r\nB; 3 ;4\r\n", "data.csv");

        assertThat(data.delimiter()).isEqualTo(';');
        assertThat(data.columns()).containsExactly("firm", "CE1", "CE2");
        assertThat(data.numbers("CE1")).containsExactly(1, 3);
        assertThat(data.rowNumber(1)).isEqualTo(4); // the blank line 3 is skipped but counted
    }

    @Test
    void namesLineAndColumnOfACellThatIsNotANumber() {
        DataTable data = DataTable.parseCsv("firm,CE1,CE2\nA,1,2\nA,3,x\n", "data.csv");

        assertThat(data.numbers("CE1")).containsExactly(1, 3);
        assertThatThrownBy(() -> data.numbers("CE2"))
                .isInstanceOf(InputException.class)
                .hasMessage("data.csv line 3, column \"CE2\": \"x\" is not a number; leave the cell empty for a missing"
                        + " value");
    }

    @Test
    void hintsAtTheDecimalPoint() {
        DataTable data = DataTable.parseCsv("firm;tenure\nA;2,5\n", "data.csv");

        assertThatThrownBy(() -> data.numbers("tenure"))
                .hasMessage("data.csv line 2, column \"tenure\": \"2,5\" is not a number; write decimals with a '.'");
    }

    @Test
    void refusesNotANumberWordsThatJavaWouldParse() {
        DataTable data = DataTable.parseCsv("a\nNaN\nInfinity\n", "data.csv");

        assertThatThrownBy(() -> data.numbers("a")).hasMessageStartingWith("data.csv line 2, column \"a\": \"NaN\"");
    }

    @Test
    void reportsStructuralProblems() {
        assertThatThrownBy(() -> DataTable.parseCsv("a,b\n1,2\n3\n", "data.csv"))
                .isInstanceOf(InputException.class)
                .hasMessage("data.csv line 3: 1 cell but the header has 2 columns (separator ',')");
        assertThatThrownBy(() -> DataTable.parseCsv("a,b,a\n1,2,3\n", "data.csv"))
                .hasMessage("data.csv line 1: column \"a\" appears twice in the header");
        assertThatThrownBy(() -> DataTable.parseCsv("a,,c\n1,2,3\n", "data.csv"))
                .hasMessage("data.csv line 1: column 2 of the header has no name");
        assertThatThrownBy(() -> DataTable.parseCsv("a,b\n", "data.csv"))
                .hasMessage("data.csv: the file has a header but no data rows");
        assertThatThrownBy(() -> DataTable.parseCsv("", "data.csv")).hasMessageStartingWith("data.csv line 1:");
        assertThatThrownBy(() -> DataTable.read(Path.of("no-such-file.csv"), "no-such-file.csv"))
                .hasMessage("no-such-file.csv: no such file");
    }

    @Test
    void namesAColumnMissingFromTheHeader() {
        DataTable data = DataTable.parseCsv("firm,CE1\nA,1\n", "data.csv");

        assertThatThrownBy(() -> data.numbers("CE2")).hasMessage("data.csv: no column \"CE2\" in the header");
    }

    @Test
    void detectsTabsAndReadsWindows1252() {
        byte[] latin = "firm\tCE1\tnote\nM\u00FCller\t4\tsch\u00F6n\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));

        DataTable data = DataTable.read(latin, "export.csv");

        assertThat(data.delimiter()).isEqualTo('\t');
        assertThat(data.texts("firm")).containsExactly("M\u00FCller");
        assertThat(data.texts("note")).containsExactly("sch\u00F6n");
        assertThat(data.numbers("CE1")).containsExactly(4);
    }

    @Test
    void namesTheSeparatorTabInAShapeError() {
        assertThatThrownBy(() -> DataTable.parseCsv("a\tb\n1\t2\n3\n", "data.csv"))
                .hasMessage("data.csv line 3: 1 cell but the header has 2 columns (separator tab)");
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithSheetRowNumbers() {
        byte[] xlsx = Workbooks.xlsx(
                1, // the header is on sheet row 2
                new Object[] {"firm", "CE1", "tenure", "sum"},
                new Object[] {"F01", 3.0, 2.5, "=B3+C3"},
                null, // a blank sheet row is skipped but counted
                new Object[] {"F02", 7.0, null, "=B5*2"});

        DataTable data = DataTable.read(new java.io.ByteArrayInputStream(xlsx), "survey.xlsx");

        assertThat(data.format()).isEqualTo(DataTable.Format.EXCEL);
        assertThat(data.columns()).containsExactly("firm", "CE1", "tenure", "sum");
        assertThat(data.size()).isEqualTo(2);
        assertThat(data.rowNumber(0)).isEqualTo(3);
        assertThat(data.rowNumber(1)).isEqualTo(5);
        assertThat(data.numbers("CE1")).containsExactly(3, 7);
        assertThat(data.numbers("tenure")).containsExactly(2.5, Double.NaN);
        assertThat(data.numbers("sum")).containsExactly(5.5, 14);
        assertThat(data.texts("CE1")).containsExactly("3", "7");
    }

    @Test
    void namesSheetRowAndColumnOfAnExcelCellThatIsNotANumber() {
        byte[] xlsx = Workbooks.xlsx(
                0, new Object[] {"firm", "CE1"}, new Object[] {"F01", 3.0}, new Object[] {"F01", "three"});

        DataTable data = DataTable.read(xlsx, "survey.xlsx");

        assertThatThrownBy(() -> data.numbers("CE1"))
                .isInstanceOf(InputException.class)
                .hasMessage("survey.xlsx row 3, column \"CE1\": \"three\" is not a number; leave the cell empty for"
                        + " a missing value")
                .extracting(e -> ((InputException) e).problems().get(0))
                .satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(DataProblem.Kind.NOT_A_NUMBER);
                    assertThat(p.column()).isEqualTo("CE1");
                    assertThat(p.row()).isEqualTo(3);
                });
    }

    @Test
    void reportsWorkbookStructureProblems() {
        assertThatThrownBy(() -> DataTable.read(Workbooks.xlsx(0, new Object[] {"a", "b"}), "empty.xlsx"))
                .hasMessage("empty.xlsx: the first sheet (\"answers\") has a header but no data rows");
        assertThatThrownBy(() -> DataTable.read(
                        Workbooks.xlsx(0, new Object[] {"a", "b"}, new Object[] {1.0, 2.0, 3.0}), "wide.xlsx"))
                .hasMessage("wide.xlsx row 2: cell C2 holds \"3\" but its column has no name in the header");
        assertThatThrownBy(() -> DataTable.read(
                        Workbooks.xlsx(0, new Object[] {"a", null, "c"}, new Object[] {1.0, 2.0, 3.0}), "gap.xlsx"))
                .hasMessage("gap.xlsx row 1: column B of the header has no name");
        byte[] broken = java.util.Arrays.copyOf(Workbooks.xlsx(0, new Object[] {"a"}, new Object[] {1.0}), 200);
        assertThatThrownBy(() -> DataTable.read(broken, "broken.xlsx"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("broken.xlsx: not a readable Excel workbook");
    }
}

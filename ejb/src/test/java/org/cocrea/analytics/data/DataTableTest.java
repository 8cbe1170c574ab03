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
}

package org.cocrea.analytics.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.cocrea.analytics.data.ColumnMapping.Construct;
import org.cocrea.analytics.data.ColumnMapping.MissingRule;
import org.junit.jupiter.api.Test;

class PreparedDataTest {

    static final ColumnMapping MAPPING = ColumnMapping.of(
                    Construct.of("a", 5, "a1", "a2").withReverse("a2"), Construct.of("b", 5, "b1", "b2"))
            .withGroup("unit")
            .withControls("age");

    static final String CSV = """
            unit,a1,a2,b1,b2,age
            u1,1,5,2,3,30
            u1,2,4,3,3,41
            u2,3,,4,5,25
            u2,4,2,5,4,
            u3,5,1,1,2,52
            ,3,3,3,3,33
            """;

    @Test
    void dropsIncompleteRowsListwiseAndScoresTheRest() {
        PreparedData data = PreparedData.prepare(DataTable.parseCsv(CSV, "d.csv"), MAPPING);

        assertThat(data.rowsRead()).isEqualTo(6);
        assertThat(data.size()).isEqualTo(3);
        assertThat(data.rowNumbers()).containsExactly(2, 3, 6);
        assertThat(data.droppedRows())
                .extracting(DroppedRow::row, DroppedRow::missing)
                .containsExactly(tuple(4, List.of("a2")), tuple(5, List.of("age")), tuple(7, List.of("unit")));
        // a2 reversed on 5 points: 6 - answer
        assertThat(data.values("a")).containsExactly(1.0, 2.0, 5.0);
        assertThat(data.values("age")).containsExactly(30, 41, 52);
        assertThat(data.groups()).containsExactly("u1", "u1", "u3");
    }

    @Test
    void refusesMissingValuesNamingEveryRow() {
        DataTable table = DataTable.parseCsv(CSV, "d.csv");

        assertThatThrownBy(() -> PreparedData.prepare(table, MAPPING.withMissing(MissingRule.REFUSE)))
                .isInstanceOf(InputException.class)
                .hasMessage("d.csv: 3 rows have missing values and missing values are refused: line 4 (a2); line 5"
                        + " (age); line 7 (unit)")
                .satisfies(e -> assertThat(((InputException) e).problems())
                        .extracting(DataProblem::kind, DataProblem::column, DataProblem::row)
                        .containsExactly(
                                tuple(DataProblem.Kind.MISSING_VALUE, "a2", 4),
                                tuple(DataProblem.Kind.MISSING_VALUE, "age", 5),
                                tuple(DataProblem.Kind.MISSING_VALUE, "unit", 7)));
    }

    @Test
    void listsEveryCellThatIsNotANumber() {
        String csv = CSV.replace("u1,2,4,3,3,41", "u1,two,4,3,3,41").replace("u3,5,1,1,2,52", "u3,5,1,1,2,n/a");

        assertThatThrownBy(() -> PreparedData.prepare(DataTable.parseCsv(csv, "d.csv"), MAPPING))
                .isInstanceOf(InputException.class)
                .hasMessage("d.csv line 3, column \"a1\": \"two\" is not a number; leave the cell empty for a missing"
                        + " value (and 1 more problem)")
                .satisfies(e -> assertThat(((InputException) e).problems())
                        .extracting(DataProblem::column, DataProblem::row)
                        .containsExactly(tuple("a1", 3), tuple("age", 6)));
    }

    @Test
    void namesAnswersOutsideTheScale() {
        String csv = CSV.replace("u2,4,2,5,4,", "u2,4,2,6,0,");

        assertThatThrownBy(() -> PreparedData.prepare(DataTable.parseCsv(csv, "d.csv"), MAPPING))
                .satisfies(e -> assertThat(((InputException) e).problems())
                        .extracting(DataProblem::kind, DataProblem::message)
                        .containsExactly(
                                tuple(
                                        DataProblem.Kind.OUT_OF_SCALE,
                                        "d.csv line 5, column \"b1\": 6 is outside the scale 1..5 of construct b"),
                                tuple(
                                        DataProblem.Kind.OUT_OF_SCALE,
                                        "d.csv line 5, column \"b2\": 0 is outside the scale 1..5 of construct b")));
    }

    @Test
    void refusesAColumnThatIsConstantInTheRowsAnalysed() {
        // b2 differs only in the rows that are dropped
        String csv = CSV.replace("u1,1,5,2,3,30", "u1,1,5,2,3,30").replace("u3,5,1,1,2,52", "u3,5,1,1,3,52");

        assertThatThrownBy(() -> PreparedData.prepare(DataTable.parseCsv(csv, "d.csv"), MAPPING))
                .isInstanceOf(InputException.class)
                .hasMessage("d.csv, column \"b2\": every row analysed has the same value (3); a constant column cannot"
                        + " be analysed, so leave it out of the mapping")
                .satisfies(e -> assertThat(((InputException) e).problems())
                        .singleElement()
                        .extracting(DataProblem::kind)
                        .isEqualTo(DataProblem.Kind.CONSTANT_COLUMN));
    }

    @Test
    void refusesWhenFewerThanTwoRowsAreComplete() {
        String csv = "unit,a1,a2,b1,b2,age\nu1,1,5,2,3,\nu2,2,4,3,4,40\n";

        assertThatThrownBy(() -> PreparedData.prepare(DataTable.parseCsv(csv, "d.csv"), MAPPING))
                .hasMessage("d.csv: only 1 of 2 rows have every value the mapping needs; nothing can be analysed")
                .satisfies(
                        e -> assertThat(((InputException) e).problems().get(0).kind())
                                .isEqualTo(DataProblem.Kind.TOO_FEW_CASES));
    }

    @Test
    void worksTheSameOnAWorkbookWithSheetRows() {
        byte[] xlsx = Workbooks.xlsx(
                0,
                new Object[] {"unit", "a1", "a2", "b1", "b2", "age"},
                new Object[] {"u1", 1.0, 5.0, 2.0, 3.0, 30.0},
                new Object[] {"u1", 2.0, 4.0, 3.0, 9.0, 41.0},
                new Object[] {"u2", 3.0, null, 4.0, 5.0, 25.0},
                new Object[] {"u3", 5.0, 1.0, 1.0, 2.0, 52.0});
        DataTable table = DataTable.read(xlsx, "d.xlsx");

        assertThatThrownBy(() -> PreparedData.prepare(table, MAPPING))
                .hasMessage("d.xlsx row 3, column \"b2\": 9 is outside the scale 1..5 of construct b");
        assertThatThrownBy(() -> PreparedData.prepare(
                        DataTable.read(
                                Workbooks.xlsx(
                                        0,
                                        new Object[] {"unit", "a1", "a2", "b1", "b2", "age"},
                                        new Object[] {"u1", 1.0, 5.0, 2.0, 3.0, 30.0},
                                        new Object[] {"u2", 3.0, null, 4.0, 5.0, 25.0}),
                                "d.xlsx"),
                        MAPPING.withMissing(MissingRule.REFUSE)))
                .hasMessage("d.xlsx: 1 row has missing values and missing values are refused: row 3 (a2)");
    }
}

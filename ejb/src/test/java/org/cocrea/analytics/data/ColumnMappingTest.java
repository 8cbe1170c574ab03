package org.cocrea.analytics.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cocrea.analytics.data.ColumnMapping.Construct;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    static final List<String> HEADER = List.of("firm", "tenure", "CE1", "CE2", "CE3", "VC1", "VC2");

    @Test
    void aValidMappingHasNoProblems() {
        ColumnMapping mapping = ColumnMapping.of(
                        Construct.of("engagement", 7, "CE1", "CE2", "CE3").withReverse("CE3"),
                        Construct.of("cocreation", 7, "VC1", "VC2").withAggregate(true))
                .withGroup("firm")
                .withControls("tenure");

        assertThat(mapping.problems(HEADER, "data.csv")).isEmpty();
        assertThat(mapping.numericColumns()).containsExactly("CE1", "CE2", "CE3", "VC1", "VC2", "tenure");
        assertThat(mapping.constructNames()).containsExactly("engagement", "cocreation");
    }

    @Test
    void collectsEveryProblemNamingTheColumn() {
        ColumnMapping mapping = new ColumnMapping(
                List.of(
                        Construct.of("engagement", 7, "CE1", "CE2", "CE9").withReverse("VC1"),
                        Construct.of("cocreation", 1, "VC1", "CE2").withAggregate(true)),
                null,
                List.of("tenure", "CE1", "age"),
                ColumnMapping.MissingRule.LISTWISE);

        List<DataProblem> problems = mapping.problems(HEADER, "data.csv");

        assertThat(problems)
                .extracting(DataProblem::kind, DataProblem::column, DataProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                DataProblem.Kind.UNKNOWN_COLUMN,
                                "CE9",
                                "no column \"CE9\" in data.csv (mapped as an item of construct \"engagement\")"),
                        org.assertj.core.groups.Tuple.tuple(
                                DataProblem.Kind.MAPPING,
                                "VC1",
                                "construct \"engagement\": reverse-keyed column \"VC1\" is not one of its items"),
                        org.assertj.core.groups.Tuple.tuple(
                                DataProblem.Kind.MAPPING,
                                null,
                                "construct \"cocreation\": the scale must have at least 2 points (answers coded"
                                        + " 1..scalePoints), was 1"),
                        org.assertj.core.groups.Tuple.tuple(
                                DataProblem.Kind.MAPPING,
                                null,
                                "construct \"cocreation\" is a unit-level score and needs the group column that"
                                        + " identifies the units"),
                        org.assertj.core.groups.Tuple.tuple(
                                DataProblem.Kind.MAPPING,
                                "CE2",
                                "column \"CE2\" is an item of both \"engagement\" and \"cocreation\"; an item belongs"
                                        + " to one construct"),
                        org.assertj.core.groups.Tuple.tuple(
                                DataProblem.Kind.MAPPING,
                                "CE1",
                                "column \"CE1\" is both a control and an item of \"engagement\""),
                        org.assertj.core.groups.Tuple.tuple(
                                DataProblem.Kind.UNKNOWN_COLUMN,
                                "age",
                                "no column \"age\" in data.csv (mapped as a control)"));
    }

    @Test
    void checkThrowsWithTheFirstProblemAndHowManyMore() {
        ColumnMapping mapping =
                ColumnMapping.of(Construct.of("e", 5, "X1", "X2")).withGroup("unit");
        DataTable table = DataTable.parseCsv("firm,CE1\nA,1\n", "data.csv");

        assertThatThrownBy(() -> mapping.check(table))
                .isInstanceOf(InputException.class)
                .hasMessage("no column \"X1\" in data.csv (mapped as an item of construct \"e\") (and 2 more problems)")
                .satisfies(e -> assertThat(((InputException) e).problems()).hasSize(3));
    }
}

package org.cocrea.analytics.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.cocrea.analytics.data.ColumnMapping.Construct;
import org.junit.jupiter.api.Test;

class ConstructScoresTest {

    /*
     * Hand computation, 5-point scale, B reverse-keyed (6 − answer):
     *   row  A  B  C | B reversed | score (A + B' + C)/3
     *    1   5  1  4 |     5      | 14/3 = 4.6667
     *    2   2  4  1 |     2      |  5/3 = 1.6667
     *    3   3  3  3 |     3      |  9/3 = 3
     *    4   4  2  5 |     4      | 13/3 = 4.3333
     * unit means (g1 = rows 1, 2; g2 = rows 3, 4): 19/6 = 3.1667 and 22/6 = 3.6667
     */
    private static final Map<String, double[]> COLUMNS = Map.of(
            "A", new double[] {5, 2, 3, 4},
            "B", new double[] {1, 4, 3, 2},
            "C", new double[] {4, 1, 3, 5});
    private static final String[] UNITS = {"g1", "g1", "g2", "g2"};

    @Test
    void reverseKeysAndAveragesItemsPerRow() {
        Construct c = new Construct("scale", List.of("A", "B", "C"), List.of("B"), 5, false);

        ConstructScores scores = ConstructScores.compute(List.of(c), COLUMNS, null);

        assertThat(scores.size()).isEqualTo(4);
        assertThat(scores.items("scale")).isDeepEqualTo(new double[][] {{5, 5, 4}, {2, 2, 1}, {3, 3, 3}, {4, 4, 5}});
        double[] s = scores.scores("scale");
        assertThat(s[0]).isCloseTo(14 / 3.0, within(1e-15));
        assertThat(s[1]).isCloseTo(5 / 3.0, within(1e-15));
        assertThat(s[2]).isEqualTo(3.0);
        assertThat(s[3]).isCloseTo(13 / 3.0, within(1e-15));
        assertThat(scores.values("scale")).containsExactly(s);
    }

    @Test
    void aggregatedConstructsUseTheUnitMean() {
        Construct c = new Construct("scale", List.of("A", "B", "C"), List.of("B"), 5, true);

        ConstructScores scores = ConstructScores.compute(List.of(c), COLUMNS, UNITS);

        double[] v = scores.values("scale");
        assertThat(v[0]).isCloseTo(19 / 6.0, within(1e-15));
        assertThat(v[1]).isCloseTo(19 / 6.0, within(1e-15));
        assertThat(v[2]).isCloseTo(22 / 6.0, within(1e-15));
        assertThat(v[3]).isCloseTo(22 / 6.0, within(1e-15));
        assertThat(scores.scores("scale")[0]).isCloseTo(14 / 3.0, within(1e-15));
    }
}

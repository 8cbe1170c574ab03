package org.cocrea.climate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WithinGroupAgreementTest {

    private static final ReferenceData LQ2002 = ReferenceData.load("lq2002.csv");
    private static final List<Integer> COMPANY = LQ2002.groups("COMPID");
    private static final double R_TOLERANCE = 1e-12;

    private final WithinGroupAgreement fivePoint = new WithinGroupAgreement(5);

    @Test
    void expectedVarianceOfTheUniformNull() {
        assertThat(fivePoint.expectedVariance()).isEqualTo(2.0);
        assertThat(new WithinGroupAgreement(7).expectedVariance()).isEqualTo(4.0);
        assertThat(new WithinGroupAgreement(2).expectedVariance()).isEqualTo(0.25);
    }

    @Test
    void indexFromAMeanVarianceIsTheSameFormulaAsTheRawDataVersion() {
        // one group, items (5, 4, 3) and (4, 4, 2): variances 1 and 4/3, mean 7/6
        double[][] answers = {{5, 4}, {4, 4}, {3, 2}};
        double fromData =
                fivePoint.rwgJ(answers, List.of(1, 1, 1)).groups().get(0).rwg();

        assertThat(fivePoint.index(7 / 6.0, 2)).isCloseTo(fromData, within(1e-15));
        assertThat(fivePoint.index(1.0, 2)).isCloseTo(2 * 0.5 / (2 * 0.5 + 0.5), within(1e-15));
        assertThat(fivePoint.index(3.0, 1)).isZero(); // above σ²EU = 2: truncated
        assertThat(fivePoint.index(0.0, 4)).isEqualTo(1.0);
        assertThatIllegalArgumentException().isThrownBy(() -> fivePoint.index(-0.1, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> fivePoint.index(1.0, 0));
    }

    @Test
    void leadershipScaleMatchesMultilevelRwgJ() {
        AgreementResult<Integer> r = fivePoint.rwgJ(LQ2002.matrix(items("LEAD", 11)), COMPANY);

        assertThat(r.groups()).hasSize(49);
        assertThat(r.groupsWithIndex()).isEqualTo(49);
        assertThat(r.truncatedGroups()).isZero();
        assertThat(r.mean()).isCloseTo(0.867784900003626, within(R_TOLERANCE));
        assertThat(r.median()).isCloseTo(0.870107663077897, within(R_TOLERANCE));
        Map<Integer, GroupAgreement<Integer>> byGroup = byGroup(r);
        assertThat(byGroup.get(2).rwg()).isCloseTo(0.807527258396462, within(R_TOLERANCE));
        assertThat(byGroup.get(2).size()).isEqualTo(24);
        assertThat(byGroup.get(6).rwg()).isCloseTo(0.887662855623504, within(R_TOLERANCE));
        assertThat(byGroup.get(13).rwg()).isCloseTo(0.882588033972761, within(R_TOLERANCE));
        assertThat(byGroup.get(13).size()).isEqualTo(99);
        assertThat(byGroup.get(25).rwg()).isCloseTo(0.90924733250024, within(R_TOLERANCE));
        assertThat(byGroup.get(49).rwg()).isCloseTo(0.825956627932795, within(R_TOLERANCE));
        assertThat(byGroup.get(58).rwg()).isCloseTo(0.936107645695954, within(R_TOLERANCE));
        assertThat(r.groups()).extracting(GroupAgreement::group).isSorted();
    }

    @Test
    void taskSignificanceScaleMatchesMultilevelRwgJ() {
        AgreementResult<Integer> r = fivePoint.rwgJ(LQ2002.matrix(items("TSIG", 3)), COMPANY);

        assertThat(r.mean()).isCloseTo(0.584712649558254, within(R_TOLERANCE));
        assertThat(r.median()).isCloseTo(0.606551952349437, within(R_TOLERANCE));
        assertThat(r.truncatedGroups()).isEqualTo(1);
        Map<Integer, GroupAgreement<Integer>> byGroup = byGroup(r);
        assertThat(byGroup.get(2).rwg()).isCloseTo(0.632984293193717, within(R_TOLERANCE));
        assertThat(byGroup.get(6).rwg()).isCloseTo(0.758426966292135, within(R_TOLERANCE));
        assertThat(byGroup.get(13).rwg()).isCloseTo(0.677052703008369, within(R_TOLERANCE));
        assertThat(byGroup.get(58).rwg()).isCloseTo(0.819538400318345, within(R_TOLERANCE));
    }

    @Test
    void hostilityScaleTruncatesLikeMultilevel() {
        // HOSTIL items are coded 0..4 in lq2002; shifting to 1..5 leaves every variance unchanged
        double[][] hostility = shift(LQ2002.matrix(items("HOSTIL", 5)));
        AgreementResult<Integer> r = fivePoint.rwgJ(hostility, COMPANY);

        assertThat(r.mean()).isCloseTo(0.564896074950923, within(R_TOLERANCE));
        assertThat(r.median()).isCloseTo(0.648592624918176, within(R_TOLERANCE));
        assertThat(r.truncatedGroups()).isEqualTo(7);
        Map<Integer, GroupAgreement<Integer>> byGroup = byGroup(r);
        assertThat(byGroup.get(2).rwg()).isZero();
        assertThat(byGroup.get(2).truncated()).isTrue();
        assertThat(byGroup.get(2).meanObservedVariance()).isGreaterThan(2.0);
        assertThat(byGroup.get(25).rwg()).isZero();
        assertThat(byGroup.get(6).rwg()).isCloseTo(0.921576433121019, within(R_TOLERANCE));
        assertThat(byGroup.get(13).rwg()).isCloseTo(0.648592624918176, within(R_TOLERANCE));
        assertThat(byGroup.get(49).rwg()).isCloseTo(0.671506352087114, within(R_TOLERANCE));
        assertThat(byGroup.get(58).rwg()).isCloseTo(0.809695958472377, within(R_TOLERANCE));
    }

    @Test
    void singleItemsMatchMultilevelRwg() {
        AgreementResult<Integer> lead = fivePoint.rwg(LQ2002.column("LEAD01"), COMPANY);
        assertThat(lead.items()).isEqualTo(1);
        assertThat(lead.mean()).isCloseTo(0.423419061231238, within(R_TOLERANCE));
        assertThat(lead.median()).isCloseTo(0.420709908069459, within(R_TOLERANCE));
        assertThat(byGroup(lead).get(6).rwg()).isCloseTo(0.651515151515151, within(R_TOLERANCE));
        assertThat(byGroup(lead).get(13).rwg()).isCloseTo(0.507008864151721, within(R_TOLERANCE));

        double[] hostil01 = LQ2002.column("HOSTIL01");
        for (int i = 0; i < hostil01.length; i++) {
            hostil01[i] += 1;
        }
        AgreementResult<Integer> hostility = fivePoint.rwg(hostil01, COMPANY);
        assertThat(hostility.mean()).isCloseTo(0.171591502353834, within(R_TOLERANCE));
        assertThat(hostility.median()).isCloseTo(0.0488505747126436, within(R_TOLERANCE));
        assertThat(hostility.truncatedGroups()).isEqualTo(19);
        assertThat(byGroup(hostility).get(6).rwg()).isEqualTo(0.5, within(R_TOLERANCE));
        assertThat(byGroup(hostility).get(49).rwg()).isCloseTo(0.0588235294117647, within(R_TOLERANCE));
    }

    @Test
    void handComputedRwgAndRwgJ() {
        // group a answers 2,3,4 on item 1 (variance 1) and 3,3,3 on item 2 (variance 0)
        // group b answers 1,5 on item 1 (variance 8 > 2: truncated) and 1,5 on item 2
        // group c has one respondent
        double[][] answers = {{2, 3}, {3, 3}, {4, 3}, {1, 1}, {5, 5}, {4, 4}};
        List<String> groups = List.of("a", "a", "a", "b", "b", "c");

        AgreementResult<String> item1 = fivePoint.rwg(column(answers, 0), groups);
        assertThat(item1.groups().get(0).rwg()).isEqualTo(1 - 1 / 2.0);
        assertThat(item1.groups().get(1).rwg()).isZero();
        assertThat(item1.groups().get(1).truncated()).isTrue();
        assertThat(item1.groups().get(2).rwg()).isNaN();
        assertThat(item1.groupsWithIndex()).isEqualTo(2);
        assertThat(item1.mean()).isEqualTo(0.25);
        assertThat(item1.median()).isEqualTo(0.25);

        AgreementResult<String> scale = fivePoint.rwgJ(answers, groups);
        // a: mean variance 0.5, ratio 0.25 -> 2(0.75) / (2(0.75) + 0.25) = 1.5/1.75
        assertThat(scale.groups().get(0).meanObservedVariance()).isEqualTo(0.5);
        assertThat(scale.groups().get(0).rwg()).isCloseTo(1.5 / 1.75, within(1e-15));
        assertThat(scale.groups().get(1).rwg()).isZero();
        assertThat(scale.groups().get(2).size()).isEqualTo(1);
    }

    @Test
    void dropsIncompleteRowsListwise() {
        double[][] answers = {{2, 3}, {3, Double.NaN}, {4, 3}, {3, 3}};
        AgreementResult<String> r = fivePoint.rwgJ(answers, List.of("a", "a", "a", "a"));

        assertThat(r.respondentsDropped()).isEqualTo(1);
        assertThat(r.groups().get(0).size()).isEqualTo(3);
    }

    @Test
    void refusesInputItCannotAnalyse() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WithinGroupAgreement(1))
                .withMessageContaining("scalePoints must be at least 2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fivePoint.rwgJ(new double[][] {{1, 2}, {3, 9}}, List.of("a", "a")))
                .withMessage("item 2 has a value 9 outside 1..5 at row 2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fivePoint.rwgJ(new double[][] {{1, 2}, {3}}, List.of("a", "a")))
                .withMessageContaining("row 2 has 1 values but row 1 has 2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fivePoint.rwg(new double[] {1, 2}, List.of("a")))
                .withMessageContaining("one group per row");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fivePoint.rwg(new double[] {1, Double.NaN}, List.of("a", "a")))
                .withMessageContaining("fewer than 2 respondents");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fivePoint.rwgJ(new double[0][], List.<String>of()))
                .withMessageContaining("no rows");
    }

    private static String[] items(String prefix, int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = String.format("%s%02d", prefix, i + 1);
        }
        return names;
    }

    private static double[][] shift(double[][] m) {
        for (double[] row : m) {
            for (int j = 0; j < row.length; j++) {
                row[j] += 1;
            }
        }
        return m;
    }

    private static double[] column(double[][] m, int c) {
        double[] v = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            v[i] = m[i][c];
        }
        return v;
    }

    private static <K> Map<K, GroupAgreement<K>> byGroup(AgreementResult<K> r) {
        return r.groups().stream().collect(Collectors.toMap(GroupAgreement::group, Function.identity()));
    }
}

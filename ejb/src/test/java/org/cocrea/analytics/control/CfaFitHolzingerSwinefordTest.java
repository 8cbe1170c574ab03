package org.cocrea.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CfaFit against lavaan 0.6-14 on HolzingerSwineford1939 (x1..x9, N = 301). Expected numbers come
 * from {@code src/test/resources/reference/analytics/cfa-hs1939.R} (output committed next to it as
 * {@code cfa-hs1939-expected.txt}).
 *
 * <p>Two lavaan columns are used. "lavaan default" is plain {@code cfa()}: its nlminb stops at a
 * relative change of 1e-10 in F, which leaves the parameters up to 3.4e-6 off the optimum (χ², CFI,
 * TLI, RMSEA and SRMR only ~1e-9, because F is flat there). "lavaan exact" is the same model with
 * lavaan's Gauss-Newton optimiser run to a 1e-15 step (gradient ~1e-16): the floating-point
 * optimum, which CfaFit reproduces to ~1e-11.
 */
class CfaFitHolzingerSwinefordTest {

    /** Against lavaan's optimum: estimates, SEs, standardised values, all fit indices. */
    private static final double EXACT = 1e-9;
    /** Against lavaan's default output for fit indices and the RMSEA interval. */
    private static final double LAVAAN_INDEX = 1e-6;
    /** Against lavaan's default output for estimates: its optimiser stops up to 3.4e-6 early (x2 ~~ x2, Wishart). */
    private static final double LAVAAN_ESTIMATE = 5e-6;
    /** Against lavaan's default output for standard errors. */
    private static final double LAVAAN_SE = 1e-6;

    // lhs op rhs | lavaan default: est se std.all | lavaan exact: est se std.all
    private static final String THREE_FACTOR_NORMAL = """
            visual =~ x1                   | 1.000000000000 0.000000000000 0.771880420352 | 1.000000000000 0.000000000000 0.771880176435
            visual =~ x2                   | 0.553500293764 0.099665118768 0.423600991988 | 0.553500185827 0.099665182362 0.423600648059
            visual =~ x3                   | 0.729370209767 0.109109703120 0.581132323928 | 0.729370561266 0.109109788307 0.581132358628
            textual =~ x4                  | 1.000000000000 0.000000000000 0.851582222378 | 1.000000000000 0.000000000000 0.851582265842
            textual =~ x5                  | 1.113076578119 0.065420108610 0.855065446373 | 1.113076512694 0.065420097359 0.855065440308
            textual =~ x6                  | 0.926146236632 0.055448856242 0.838010073942 | 0.926146203775 0.055448846088 0.838010105699
            speed =~ x7                    | 1.000000000000 0.000000000000 0.569514683990 | 1.000000000000 0.000000000000 0.569514806019
            speed =~ x8                    | 1.179950839471 0.164986572021 0.723044432770 | 1.179950210915 0.164986442411 0.723044247626
            speed =~ x9                    | 1.081530156859 0.151167438086 0.665009218816 | 1.081530192371 0.151167409386 0.665009406429
            x1 ~~ x1                       | 0.549053973199 0.113600923264 0.404200616677 | 0.549054440726 0.113600920184 0.404200993227
            x2 ~~ x2                       | 1.133839016484 0.101723370956 0.820562199587 | 1.133840010665 0.101723446003 0.820562490964
            x3 ~~ x3                       | 0.844324045708 0.090623183537 0.662285222086 | 0.844324106024 0.090623213188 0.662285181755
            x4 ~~ x4                       | 0.371172992837 0.047717790989 0.274807718530 | 0.371172931920 0.047717788387 0.274807644504
            x5 ~~ x5                       | 0.446255070260 0.058392775476 0.268863082420 | 0.446255133868 0.058392775616 0.268863092791
            x6 ~~ x6                       | 0.356202664279 0.043034967866 0.297739115972 | 0.356202622181 0.043034964381 0.297739062746
            x7 ~~ x7                       | 0.799391638325 0.081381559056 0.675653024720 | 0.799391593288 0.081381564345 0.675652885726
            x8 ~~ x8                       | 0.487697083769 0.074194091252 0.477206748241 | 0.487697369409 0.074194066296 0.477207015975
            x9 ~~ x9                       | 0.566131293574 0.070736937103 0.557762738890 | 0.566131085220 0.070736939136 0.557762489361
            visual ~~ visual               | 0.809315981091 0.145462407414 1.000000000000 | 0.809315404787 0.145462374808 1.000000000000
            textual ~~ textual             | 0.979491372860 0.112105849301 1.000000000000 | 0.979491575939 0.112105862255 1.000000000000
            speed ~~ speed                 | 0.383747649264 0.086209194429 1.000000000000 | 0.383747871038 0.086209221089 1.000000000000
            visual ~~ textual              | 0.408232442096 0.073523882196 0.458509300356 | 0.408232372650 0.073523879938 0.458509338076
            visual ~~ speed                | 0.262224602049 0.056276399499 0.470534544464 | 0.262224700286 0.056276408562 0.470534752307
            textual ~~ speed               | 0.173494684581 0.049314660447 0.282984730416 | 0.173494807180 0.049314679398 0.282984819279
            """;

    private static final String THREE_FACTOR_WISHART = """
            visual =~ x1                   | 1.000000000000 0.000000000000 0.771880606750 | 1.000000000000 0.000000000000 0.771880176435
            visual =~ x2                   | 0.553500607192 0.099830979485 0.423601678172 | 0.553500185827 0.099831152806 0.423600648059
            visual =~ x3                   | 0.729369958592 0.109291278742 0.581132400475 | 0.729370561266 0.109291486665 0.581132358628
            textual =~ x4                  | 1.000000000000 0.000000000000 0.851582150696 | 1.000000000000 0.000000000000 0.851582265842
            textual =~ x5                  | 1.113076707445 0.065529073390 0.855065415412 | 1.113076512694 0.065529040145 0.855065440308
            textual =~ x6                  | 0.926146379265 0.055541212545 0.838010071876 | 0.926146203775 0.055541183947 0.838010105699
            speed =~ x7                    | 1.000000000000 0.000000000000 0.569514695957 | 1.000000000000 0.000000000000 0.569514806019
            speed =~ x8                    | 1.179950818339 0.165261318783 0.723044441533 | 1.179950210915 0.165261191049 0.723044247626
            speed =~ x9                    | 1.081530040290 0.151419159677 0.665009175657 | 1.081530192371 0.151419145462 0.665009406429
            x1 ~~ x1                       | 0.550883898286 0.114169355691 0.404200328923 | 0.550884622195 0.114169397859 0.404200993227
            x2 ~~ x2                       | 1.137616109775 0.102232230764 0.820561618250 | 1.137619477368 0.102232486845 0.820562490964
            x3 ~~ x3                       | 0.847138159125 0.091076622797 0.662285133118 | 0.847138519711 0.091076706642 0.662285181755
            x4 ~~ x4                       | 0.372410267961 0.047956573272 0.274807840615 | 0.372410175026 0.047956576043 0.274807644504
            x5 ~~ x5                       | 0.447742575763 0.058684981108 0.268863135366 | 0.447742650981 0.058684982663 0.268863092791
            x6 ~~ x6                       | 0.357389934084 0.043250319021 0.297739119434 | 0.357389964255 0.043250318416 0.297739062746
            x7 ~~ x7                       | 0.802056250697 0.081788805120 0.675653011088 | 0.802056231932 0.081788811069 0.675652885726
            x8 ~~ x8                       | 0.489322712650 0.074565369576 0.477206735568 | 0.489323027307 0.074565345598 0.477207015975
            x9 ~~ x9                       | 0.568018424248 0.071090911416 0.557762796292 | 0.568018188837 0.071090918405 0.557762489361
            visual ~~ visual               | 0.812014295670 0.146190323782 1.000000000000 | 0.812013122803 0.146190292439 1.000000000000
            textual ~~ textual             | 0.982755826017 0.112666802709 1.000000000000 | 0.982756547859 0.112666858415 1.000000000000
            speed ~~ speed                 | 0.385026819361 0.086640600686 1.000000000000 | 0.385027030609 0.086640626200 1.000000000000
            visual ~~ textual              | 0.409593277858 0.073891802367 0.458509321564 | 0.409593147226 0.073891805517 0.458509338076
            visual ~~ speed                | 0.263098767458 0.056558026536 0.470534514453 | 0.263098782620 0.056558024960 0.470534752307
            textual ~~ speed               | 0.174072958116 0.049561427981 0.282984732459 | 0.174073123204 0.049561458159 0.282984819279
            """;

    private static final String MERGED_NORMAL = """
            visual =~ x1                   | 1.000000000000 0.000000000000 0.782768164028 | 1.000000000000 0.000000000000 0.782768844186
            visual =~ x2                   | 0.550776118118 0.103235728978 0.427461687842 | 0.550775097830 0.103235604689 0.427461283258
            visual =~ x3                   | 0.699821449106 0.114533248071 0.565454137499 | 0.699820685137 0.114533152727 0.565453956621
            textual_speed =~ x4            | 1.000000000000 0.000000000000 0.849588284331 | 1.000000000000 0.000000000000 0.849588285164
            textual_speed =~ x5            | 1.109042920131 0.065654579086 0.849971768158 | 1.109042709465 0.065654572115 0.849971791672
            textual_speed =~ x6            | 0.927058147211 0.055725998708 0.836870977035 | 0.927057806432 0.055725994400 0.836870823444
            textual_speed =~ x7            | 0.198434427928 0.066830793271 0.180127975974 | 0.198434671668 0.066830770550 0.180128256670
            textual_speed =~ x8            | 0.197993101183 0.062031938274 0.193379445508 | 0.197993150652 0.062031908382 0.193379587455
            textual_speed =~ x9            | 0.299427159201 0.061022824759 0.293453643420 | 0.299427105592 0.061022812544 0.293453654577
            x1 ~~ x1                       | 0.526061562220 0.127185830757 0.387274001384 | 0.526059879023 0.127185942205 0.387272936572
            x2 ~~ x2                       | 1.129300080893 0.102388152976 0.817276505427 | 1.129299966811 0.102388101167 0.817276851315
            x3 ~~ x3                       | 0.867241855293 0.093887753645 0.680261618385 | 0.867241894187 0.093887721235 0.680261822942
            x4 ~~ x4                       | 0.375754304597 0.047653452287 0.278199747127 | 0.375754522629 0.047653488015 0.278199745713
            x5 ~~ x5                       | 0.460670138102 0.058528364833 0.277547993335 | 0.460670141806 0.058528381529 0.277547953362
            x6 ~~ x6                       | 0.358485081804 0.043013050470 0.299646967796 | 0.358485467922 0.043013076749 0.299647224867
            x7 ~~ x7                       | 1.144751300704 0.093711576468 0.967553912272 | 1.144751097830 0.093711561260 0.967553811149
            x8 ~~ x8                       | 0.983765518937 0.080587555721 0.962604390055 | 0.983765087942 0.080587521133 0.962604335156
            x9 ~~ x9                       | 0.927596628156 0.076527920508 0.913884959164 | 0.927596763603 0.076527932015 0.913884952616
            visual ~~ visual               | 0.832308894717 0.157349563516 1.000000000000 | 0.832309966490 0.157349693310 1.000000000000
            textual_speed ~~ textual_speed | 0.974909412671 0.111875376657 1.000000000000 | 0.974909985229 0.111875445564 1.000000000000
            visual ~~ textual_speed        | 0.435533173259 0.074988763292 0.483500402362 | 0.435533391359 0.074988784449 0.483500191200
            """;

    private static CovarianceData data;
    private static CfaResult normal;
    private static CfaResult wishart;
    private static CfaResult merged;

    @BeforeAll
    static void fit() {
        data = CfaTestData.holzingerSwineford();
        CfaModel model = CfaTestData.threeFactorModel();
        normal = CfaFit.fit(model, data);
        wishart = CfaFit.fit(model, data, CfaOptions.defaults().withConvention(CfaChiSquareConvention.WISHART));
        merged = CfaFit.fit(model.merge("textual", "speed"), data);
    }

    @Test
    void convergesToTheOptimumWithoutWarnings() {
        for (CfaResult r : List.of(normal, wishart, merged)) {
            assertThat(r.convergence().converged()).isTrue();
            assertThat(r.convergence().newtonDecrement()).isLessThan(1e-20);
            assertThat(r.warnings()).isEmpty();
            assertThat(r.isAdmissible()).isTrue();
        }
    }

    @Test
    void threeFactorFitIndicesMatchLavaan() {
        CfaFitIndices fit = normal.fit();
        assertThat(fit.degreesOfFreedom()).isEqualTo(24);
        assertThat(fit.baselineDegreesOfFreedom()).isEqualTo(36);
        // lavaan default fitMeasures()
        assertThat(fit.chiSquare()).isCloseTo(85.3055217699727, within(LAVAAN_INDEX));
        assertThat(fit.pValue()).isCloseTo(8.50255321704907e-09, within(1e-15));
        assertThat(fit.baselineChiSquare()).isCloseTo(918.851589292384, within(1e-9));
        assertThat(fit.cfi()).isCloseTo(0.930559651799336, within(LAVAAN_INDEX));
        assertThat(fit.tli()).isCloseTo(0.895839477699004, within(LAVAAN_INDEX));
        assertThat(fit.rmsea()).isCloseTo(0.0921214845101686, within(LAVAAN_INDEX));
        assertThat(fit.rmseaLower()).isCloseTo(0.0714184904399382, within(LAVAAN_INDEX));
        assertThat(fit.rmseaUpper()).isCloseTo(0.113678016811963, within(LAVAAN_INDEX));
        assertThat(fit.srmr()).isCloseTo(0.0652050571843865, within(LAVAAN_INDEX));
        assertThat(fit.minimumDiscrepancy()).isCloseTo(2 * 0.141703524534838, within(LAVAAN_INDEX));
        // lavaan at the exact optimum; the interval with a 1e-14 root finder instead of uniroot()'s default
        assertThat(fit.chiSquare()).isCloseTo(85.3055217697941, within(EXACT));
        assertThat(fit.cfi()).isCloseTo(0.930559651799538, within(EXACT));
        assertThat(fit.tli()).isCloseTo(0.895839477699307, within(EXACT));
        assertThat(fit.rmsea()).isCloseTo(0.0921214845100345, within(EXACT));
        assertThat(fit.srmr()).isCloseTo(0.0652050562115960, within(EXACT));
        assertThat(fit.rmseaLower()).isCloseTo(0.0714184908108575, within(EXACT));
        assertThat(fit.rmseaUpper()).isCloseTo(0.113678016848393, within(EXACT));
        // the brief's rounded figures
        assertThat(fit.chiSquare()).isCloseTo(85.306, within(5e-4));
        assertThat(fit.cfi()).isCloseTo(.931, within(5e-4));
        assertThat(fit.tli()).isCloseTo(.896, within(5e-4));
        assertThat(fit.rmsea()).isCloseTo(.092, within(5e-4));
        assertThat(fit.rmseaLower()).isCloseTo(.071, within(5e-4));
        assertThat(fit.rmseaUpper()).isCloseTo(.114, within(5e-4));
    }

    @Test
    void wishartConventionMatchesLavaanLikelihoodWishart() {
        CfaFitIndices fit = wishart.fit();
        assertThat(fit.convention()).isEqualTo(CfaChiSquareConvention.WISHART);
        assertThat(fit.chiSquare()).isCloseTo(85.022114722135, within(LAVAAN_INDEX));
        assertThat(fit.chiSquare()).isCloseTo(85.022114720725, within(EXACT));
        assertThat(fit.pValue()).isCloseTo(9.45493442e-09, within(1e-15));
        assertThat(fit.baselineChiSquare()).isCloseTo(915.798926205034, within(1e-9));
        assertThat(fit.cfi()).isCloseTo(0.930640839738, within(EXACT));
        assertThat(fit.tli()).isCloseTo(0.895961259607, within(EXACT));
        assertThat(fit.rmsea()).isCloseTo(0.092061358404, within(EXACT));
        assertThat(fit.rmseaLower()).isCloseTo(0.071315068943, within(EXACT));
        assertThat(fit.rmseaUpper()).isCloseTo(0.113661350108, within(EXACT));
        assertThat(fit.rmseaLower()).isCloseTo(0.071315068494, within(LAVAAN_INDEX));
        assertThat(fit.rmseaUpper()).isCloseTo(0.113661350073, within(LAVAAN_INDEX));
        assertThat(fit.srmr()).isCloseTo(0.065205056212, within(EXACT));
        // both conventions from either result: N·F and (N − 1)·F with the same F_min
        assertThat(normal.fit().chiSquare(CfaChiSquareConvention.WISHART)).isCloseTo(fit.chiSquare(), within(1e-9));
        assertThat(fit.chiSquare(CfaChiSquareConvention.NORMAL))
                .isCloseTo(normal.fit().chiSquare(), within(1e-9));
    }

    @Test
    void threeFactorParametersMatchLavaan() {
        assertParameters(normal, THREE_FACTOR_NORMAL);
    }

    @Test
    void wishartParametersMatchLavaan() {
        assertParameters(wishart, THREE_FACTOR_WISHART);
    }

    @Test
    void mergedModelMatchesLavaan() {
        assertThat(merged.model().factors()).containsExactly("visual", "textual_speed");
        CfaFitIndices fit = merged.fit();
        assertThat(fit.degreesOfFreedom()).isEqualTo(26);
        assertThat(fit.chiSquare()).isCloseTo(236.090686503534, within(LAVAAN_INDEX));
        assertThat(fit.chiSquare()).isCloseTo(236.090686503060, within(EXACT));
        assertThat(fit.cfi()).isCloseTo(0.762031706063, within(EXACT));
        assertThat(fit.tli()).isCloseTo(0.670505439165, within(EXACT));
        assertThat(fit.rmsea()).isCloseTo(0.163845107749, within(EXACT));
        assertThat(fit.rmseaLower()).isCloseTo(0.145042890822, within(EXACT));
        assertThat(fit.rmseaUpper()).isCloseTo(0.183325175508, within(EXACT));
        assertThat(fit.srmr()).isCloseTo(0.126350833752, within(EXACT));
        assertThat(fit.srmr()).isCloseTo(0.126350844069, within(LAVAAN_INDEX));
        assertParameters(merged, MERGED_NORMAL);
    }

    @Test
    void chiSquareDifferenceMatchesLavaanAnova() {
        CfaComparison cmp = CfaFit.compare(normal, merged);
        assertThat(cmp.restricted()).isSameAs(merged);
        assertThat(cmp.full()).isSameAs(normal);
        assertThat(cmp.deltaDegreesOfFreedom()).isEqualTo(2);
        assertThat(cmp.deltaChiSquare()).isCloseTo(150.785164733561, within(LAVAAN_INDEX));
        assertThat(cmp.deltaChiSquare()).isCloseTo(150.785164733266, within(EXACT));
        assertThat(cmp.rmseaOfDifference()).isCloseTo(0.497143275559961, within(LAVAAN_INDEX));
        // lavaan prints "< 2.2e-16"; the exact value from anova()'s table, compared relatively
        assertThat(cmp.pValue() / 1.80891225795272e-33).isCloseTo(1.0, within(1e-9));
        assertThat(cmp.pValue() / 1.80891225768576e-33).isCloseTo(1.0, within(1e-6));
        // argument order does not matter
        assertThat(CfaComparison.of(merged, normal).deltaChiSquare()).isEqualTo(cmp.deltaChiSquare());
    }

    private static void assertParameters(CfaResult r, String table) {
        int checked = 0;
        for (String line : table.strip().split("\\n")) {
            String[] parts = line.split("\\|");
            String[] lhs = parts[0].trim().split("\\s+");
            double[] lavaan = parse(parts[1]);
            double[] exact = parse(parts[2]);
            double est;
            double se;
            double std;
            if (lhs[1].equals("=~")) {
                CfaResult.Loading l = r.loading(lhs[2]);
                assertThat(l.factor()).isEqualTo(lhs[0]);
                assertThat(l.fixed()).isEqualTo(exact[1] == 0);
                est = l.estimate();
                se = l.standardError();
                std = l.standardized();
            } else if (lhs[0].equals(lhs[2]) && r.model().indicators().contains(lhs[0])) {
                CfaResult.ResidualVariance v = r.residualVariance(lhs[0]);
                est = v.estimate();
                se = v.standardError();
                std = v.standardized();
            } else {
                CfaResult.FactorCovariance c = r.factorCovariance(lhs[0], lhs[2]);
                est = c.estimate();
                se = c.standardError();
                std = c.correlation();
            }
            String what = line.substring(0, line.indexOf('|')).trim();
            assertThat(est).as(what + " est (exact)").isCloseTo(exact[0], within(EXACT));
            assertThat(se).as(what + " se (exact)").isCloseTo(exact[1], within(EXACT));
            assertThat(std).as(what + " std.all (exact)").isCloseTo(exact[2], within(EXACT));
            assertThat(est).as(what + " est (lavaan default)").isCloseTo(lavaan[0], within(LAVAAN_ESTIMATE));
            assertThat(se).as(what + " se (lavaan default)").isCloseTo(lavaan[1], within(LAVAAN_SE));
            assertThat(std).as(what + " std.all (lavaan default)").isCloseTo(lavaan[2], within(LAVAAN_ESTIMATE));
            checked++;
        }
        int m = r.model().factorCount();
        assertThat(checked).isEqualTo(2 * r.model().indicatorCount() + m * (m + 1) / 2);
    }

    private static double[] parse(String s) {
        String[] t = s.trim().split("\\s+");
        return new double[] {Double.parseDouble(t[0]), Double.parseDouble(t[1]), Double.parseDouble(t[2])};
    }
}

package org.cocrea.analytics.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.cocrea.analytics.control.BootstrapCiMethod;
import org.cocrea.analytics.control.CfaChiSquareConvention;
import org.cocrea.analytics.control.ProcessConditioning;
import org.cocrea.analytics.data.ColumnMapping;
import org.cocrea.analytics.data.ColumnMapping.Construct;
import org.cocrea.analytics.evidence.Analysis;
import org.cocrea.analytics.evidence.EvidenceAnalysis;
import org.cocrea.analytics.evidence.ExampleStudy;
import org.junit.jupiter.api.Test;

class EvidenceChoicesTest {

    /** The form as a user fills it for the shipped example. */
    static EvidenceChoices example() {
        EvidenceChoices f = new EvidenceChoices();
        f.setName("Example study");
        map(f, EvidenceChoices.ENGAGEMENT, 7, List.of("CE1", "CE2", "CE3"), List.of("CE3"));
        map(f, EvidenceChoices.COCREATION, 7, List.of("VC1", "VC2", "VC3"), List.of());
        map(f, EvidenceChoices.CLIMATE, 5, List.of("IC1", "IC2", "IC3", "IC4"), List.of());
        map(f, EvidenceChoices.PERFORMANCE, 5, List.of("IP1", "IP2", "IP3"), List.of());
        f.setGroup("firm");
        f.setControls(List.of("tenure", "size"));
        f.setResamples(1000);
        f.setSeed(20_261_122L);
        return f;
    }

    static void map(EvidenceChoices f, String construct, int points, List<String> items, List<String> reverse) {
        EvidenceChoices.ConstructChoice c = f.construct(construct);
        c.setItems(items);
        c.setReverse(reverse);
        c.setScalePoints(points);
    }

    @Test
    void theFormStartsWithTheModelsFourConstructsAndEveryAnalysis() {
        EvidenceChoices f = new EvidenceChoices();

        assertThat(f.getConstructs())
                .extracting(EvidenceChoices.ConstructChoice::getName)
                .containsExactly("engagement", "cocreation", "climate", "performance");
        assertThat(f.getConstructs()).allMatch(EvidenceChoices.ConstructChoice::isModel);
        assertThat(f.label("cocreation")).isEqualTo("value co-creation");
        assertThat(f.getAnalyses()).containsExactlyElementsOf(EvidenceChoices.ANALYSES);
        assertThat(f.getResamples()).isEqualTo(5000);
        assertThat(f.getConditioning()).isEqualTo(ProcessConditioning.PERCENTILES);
        assertThat(f.getCi()).isEqualTo(BootstrapCiMethod.PERCENTILE);
    }

    @Test
    void theFilledFormGivesTheStudysMappingAndAnalyses() {
        EvidenceSetup setup = example().toSetup();

        assertThat(setup.name()).isEqualTo("Example study");
        ColumnMapping m = setup.mapping();
        assertThat(m.constructs())
                .containsExactly(
                        Construct.of("engagement", 7, "CE1", "CE2", "CE3").withReverse("CE3"),
                        Construct.of("cocreation", 7, "VC1", "VC2", "VC3"),
                        Construct.of("climate", 5, "IC1", "IC2", "IC3", "IC4"),
                        Construct.of("performance", 5, "IP1", "IP2", "IP3"));
        assertThat(m.group()).isEqualTo("firm");
        assertThat(m.controls()).containsExactly("tenure", "size");
        assertThat(m.missing()).isEqualTo(ColumnMapping.MissingRule.LISTWISE);
        assertThat(setup.labels()).containsEntry("engagement", "customer engagement");

        List<String> all = List.of("engagement", "cocreation", "climate", "performance");
        Analysis.ProcessSettings settings = ExampleStudy.settings(1000);
        assertThat(setup.analyses())
                .containsExactly(
                        new Analysis.Reliability(all),
                        new Analysis.Agreement(List.of("climate")),
                        new Analysis.Cfa(
                                all, CfaChiSquareConvention.NORMAL, List.of(List.of("engagement", "cocreation"))),
                        Analysis.Regression.steps(
                                "performance", List.of("tenure", "size"), "engagement", "cocreation", null),
                        new Analysis.Model4(
                                "engagement", "cocreation", "performance", List.of("tenure", "size"), settings),
                        new Analysis.Model7(
                                "engagement",
                                "climate",
                                "cocreation",
                                "performance",
                                List.of("tenure", "size"),
                                true,
                                settings));
        // and the engine accepts it against the example's header
        assertThat(EvidenceAnalysis.of(setup.mapping(), setup.analyses())
                        .problems(ExampleStudy.data().columns(), "data.csv"))
                .isEmpty();
    }

    @Test
    void settingsReachTheAnalyses() {
        EvidenceChoices f = example();
        f.setAnalyses(List.of("model7", "cfa", "regression"));
        f.setCi(BootstrapCiMethod.BIAS_CORRECTED);
        f.setConditioning(ProcessConditioning.MEAN_AND_SD);
        f.setConvention(CfaChiSquareConvention.WISHART);
        f.setCompareXm(false);
        f.setControlsAsCovariates(false);
        f.setCentre(false);
        f.setRegressionModerator(true);
        f.setConfidence(0.9);
        f.setMissing(ColumnMapping.MissingRule.REFUSE);

        EvidenceSetup setup = f.toSetup();

        assertThat(setup.mapping().missing()).isEqualTo(ColumnMapping.MissingRule.REFUSE);
        assertThat(setup.analyses()).extracting(Analysis::key).containsExactly("cfa", "regression", "model7");
        Analysis.Cfa cfa = (Analysis.Cfa) setup.analyses().get(0);
        assertThat(cfa.convention()).isEqualTo(CfaChiSquareConvention.WISHART);
        assertThat(cfa.compare()).isEmpty();
        Analysis.Regression r = (Analysis.Regression) setup.analyses().get(1);
        assertThat(r.labels()).containsExactly("controls", "predictor", "mediator", "interaction");
        assertThat(r.blocks().get(3)).containsExactly("climate", "engagement*climate");
        Analysis.Model7 m7 = (Analysis.Model7) setup.analyses().get(2);
        assertThat(m7.covariates()).isEmpty();
        assertThat(m7.centre()).isFalse();
        assertThat(m7.settings().ci()).isEqualTo(BootstrapCiMethod.BIAS_CORRECTED);
        assertThat(m7.settings().conditioning()).isEqualTo(ProcessConditioning.MEAN_AND_SD);
        assertThat(m7.settings().confidence()).isEqualTo(0.9);
        assertThat(m7.settings().resamples()).isEqualTo(1000);
        assertThat(m7.settings().seed()).isEqualTo(20_261_122L);
    }

    @Test
    void unmappedConstructsAreLeftOutAndAddedOnesJoinTheMeasurementAnalyses() {
        EvidenceChoices f = example();
        f.construct("climate").setItems(List.of());
        EvidenceChoices.ConstructChoice trust = f.addConstruct();
        trust.setName("trust");
        trust.setLabel("trust in the firm");
        trust.setItems(List.of("T1", "T2"));
        trust.setReverse(List.of("T2", "NOT-AN-ITEM"));
        trust.setScalePoints(7);
        f.setAnalyses(List.of("reliability", "cfa", "model4"));

        EvidenceSetup setup = f.toSetup();

        assertThat(setup.mapping().constructNames())
                .containsExactly("engagement", "cocreation", "performance", "trust");
        assertThat(setup.mapping().construct("trust").reverse()).containsExactly("T2");
        assertThat(setup.labels()).containsEntry("trust", "trust in the firm");
        assertThat(((Analysis.Reliability) setup.analyses().get(0)).constructs())
                .contains("trust");
    }

    @Test
    void saysWhatIsMissingWithTheField() {
        EvidenceChoices f = new EvidenceChoices();

        assertThat(f.problems())
                .extracting(EvidenceChoices.Problem::field)
                .contains("name", "constructs", "group", "agreementConstructs", "x", "m", "w", "y");
        assertThatIllegalStateException().isThrownBy(f::toSetup).withMessage("Give the analysis a name.");

        EvidenceChoices noClimate = example();
        noClimate.construct("climate").setItems(List.of());
        assertThat(noClimate.problems())
                .extracting(EvidenceChoices.Problem::message)
                .contains("Model 7 uses innovation climate as W: choose its item columns, or untick Model 7.");

        EvidenceChoices few = example();
        few.setResamples(50);
        assertThat(few.problems()).extracting(EvidenceChoices.Problem::field).containsExactly("resamples");
        few.setResamples(0);
        assertThat(few.problems()).isEmpty();

        EvidenceChoices same = example();
        same.setW("engagement");
        assertThat(same.problems()).extracting(EvidenceChoices.Problem::field).contains("roles");

        EvidenceChoices badName = example();
        badName.addConstruct().setName("two words");
        assertThat(badName.problems())
                .extracting(EvidenceChoices.Problem::field)
                .containsExactly("constructs");
    }

    @Test
    void theModelsConstructsKeepTheirNamesAndStay() {
        EvidenceChoices f = new EvidenceChoices();
        EvidenceChoices.ConstructChoice engagement = f.construct("engagement");
        engagement.setName("renamed");
        f.removeConstruct(engagement);

        assertThat(f.construct("engagement")).isSameAs(engagement);

        EvidenceChoices.ConstructChoice added = f.addConstruct();
        assertThat(added.getName()).isEqualTo("construct5");
        f.removeConstruct(added);
        assertThat(f.getConstructs()).hasSize(4);
    }

    @Test
    void aSavedSetupFillsTheFormAgain() {
        EvidenceChoices f = example();
        f.setCi(BootstrapCiMethod.BIAS_CORRECTED);
        f.setRegressionModerator(true);
        f.construct("performance").setAggregate(true);
        EvidenceChoices.ConstructChoice trust = f.addConstruct();
        trust.setName("trust");
        trust.setItems(List.of("T1", "T2"));
        EvidenceSetup setup = f.toSetup();

        EvidenceChoices again = EvidenceChoices.fromSetup(setup);

        assertThat(again.toSetup()).isEqualTo(setup);
        assertThat(again.construct("performance").isAggregate()).isTrue();
        assertThat(again.construct("climate").isModel()).isTrue();
        assertThat(again.construct("trust").isModel()).isFalse();
        assertThat(again.getCi()).isEqualTo(BootstrapCiMethod.BIAS_CORRECTED);
        assertThat(again.isRegressionModerator()).isTrue();
    }

    @Test
    void suggestsTheModelsColumnsFromTheirNames() {
        FilePreview preview = FilePreview.of(org.cocrea.analytics.data.DataPreview.of(ExampleStudy.data(), 20));
        EvidenceChoices f = new EvidenceChoices();

        assertThat(f.suggestFrom(preview)).isEqualTo(4);

        assertThat(f.construct("engagement").getItems()).containsExactly("CE1", "CE2", "CE3");
        assertThat(f.construct("engagement").getScalePoints()).isEqualTo(7);
        assertThat(f.construct("climate").getItems()).containsExactly("IC1", "IC2", "IC3", "IC4");
        assertThat(f.construct("climate").getScalePoints()).isEqualTo(5);
        assertThat(f.construct("performance").getItems()).containsExactly("IP1", "IP2", "IP3");
        assertThat(f.getGroup()).isEqualTo("firm");
        assertThat(f.getControls()).isEmpty();
        assertThat(EvidenceChoices.observedScale(preview, List.of("VC1", "VC2")))
                .isEqualTo(7);
        assertThat(EvidenceChoices.observedScale(preview, List.of("VC1", "size")))
                .isZero();
        // a second suggestion leaves what is mapped alone
        f.construct("engagement").setItems(List.of("CE1"));
        assertThat(f.suggestFrom(preview)).isZero();
        assertThat(f.construct("engagement").getItems()).containsExactly("CE1");
    }

    @Test
    void aTrailingRMarksAReverseKeyedItem() {
        FilePreview preview = FilePreview.of(org.cocrea.analytics.data.DataPreview.of(
                org.cocrea.analytics.data.DataTable.parseCsv(
                        "team,ENG_1,ENG_2,ENG_3R,perf1\nA,1,2,5,3\nB,4,5,1,2\n", "s.csv"),
                20));
        EvidenceChoices f = new EvidenceChoices();

        f.suggestFrom(preview);

        assertThat(f.construct("engagement").getItems()).containsExactly("ENG_1", "ENG_2", "ENG_3R");
        assertThat(f.construct("engagement").getReverse()).containsExactly("ENG_3R");
        assertThat(f.construct("performance").getItems()).containsExactly("perf1");
        assertThat(f.getGroup()).isEqualTo("team");
    }
}

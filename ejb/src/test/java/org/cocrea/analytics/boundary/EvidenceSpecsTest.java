package org.cocrea.analytics.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.analytics.cli.ModelSpec;
import org.cocrea.analytics.control.BootstrapCiMethod;
import org.cocrea.analytics.control.BootstrapPercentileRule;
import org.cocrea.analytics.control.CfaChiSquareConvention;
import org.cocrea.analytics.control.ProcessConditioning;
import org.cocrea.analytics.data.ColumnMapping;
import org.cocrea.analytics.evidence.Analysis;
import org.cocrea.analytics.evidence.ExampleStudy;
import org.junit.jupiter.api.Test;

class EvidenceSpecsTest {

    @Test
    void theStoredJsonIsTheCommandLinesModelAndReadsBackTheSame() {
        ColumnMapping mapping = ExampleStudy.mapping();
        List<Analysis> analyses = ExampleStudy.analyses();

        String json = EvidenceSpecs.toJson(mapping, analyses);
        ModelSpec back = ModelSpec.parse(json, "stored");

        assertThat(back.mapping()).isEqualTo(mapping);
        assertThat(back.analyses()).containsExactlyElementsOf(analyses);
    }

    @Test
    void theShippedModelFileSurvivesTheRoundTrip() throws IOException {
        ModelSpec shipped =
                ModelSpec.parse(Files.readString(Path.of("..", "docs", "examples", "model.json")), "model.json");

        ModelSpec back = EvidenceSpecs.parse(EvidenceSpecs.toJson(shipped.mapping(), shipped.analyses()));

        assertThat(back.mapping()).isEqualTo(shipped.mapping());
        assertThat(back.analyses()).containsExactlyElementsOf(shipped.analyses());
    }

    @Test
    void everySettingIsWritten() {
        ColumnMapping mapping = ExampleStudy.mapping()
                .withMissing(ColumnMapping.MissingRule.REFUSE)
                .withGroup("firm");
        ColumnMapping aggregated = new ColumnMapping(
                mapping.constructs().stream()
                        .map(c -> c.name().equals("climate") ? c.withAggregate(true) : c)
                        .toList(),
                mapping.group(),
                mapping.controls(),
                mapping.missing());
        Analysis.ProcessSettings s = new Analysis.ProcessSettings(
                2000,
                7L,
                0.9,
                BootstrapCiMethod.BIAS_CORRECTED,
                BootstrapPercentileRule.HYNDMAN_FAN_TYPE_6,
                ProcessConditioning.MEAN_AND_SD,
                null);
        List<Analysis> analyses = List.of(
                new Analysis.Cfa(List.of("engagement", "cocreation"), CfaChiSquareConvention.WISHART, List.of()),
                new Analysis.Regression(
                        "performance",
                        List.of(List.of("tenure"), List.of("engagement", "engagement*climate")),
                        List.of("a", "b"),
                        List.of("engagement"),
                        0.99),
                new Analysis.Model7("engagement", "climate", "cocreation", "performance", List.of("size"), false, s));

        ModelSpec back = EvidenceSpecs.parse(EvidenceSpecs.toJson(aggregated, analyses));

        assertThat(back.mapping()).isEqualTo(aggregated);
        assertThat(back.analyses()).containsExactlyElementsOf(analyses);
    }

    @Test
    void probedValuesOfWAreKept() {
        Analysis.ProcessSettings s = new Analysis.ProcessSettings(
                0,
                1L,
                0.95,
                BootstrapCiMethod.PERCENTILE,
                BootstrapPercentileRule.PROCESS,
                ProcessConditioning.PERCENTILES,
                new double[] {-1, 0, 1.5});
        Analysis.Model7 m7 =
                new Analysis.Model7("engagement", "climate", "cocreation", "performance", List.of(), true, s);

        Analysis.Model7 back =
                (Analysis.Model7) EvidenceSpecs.parse(EvidenceSpecs.toJson(ExampleStudy.mapping(), List.of(m7)))
                        .analyses()
                        .get(0);

        assertThat(back.settings().wValues()).containsExactly(-1, 0, 1.5);
    }

    @Test
    void labelsRoundTripAndBlankOnesAreDropped() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("cocreation", "value co-creation ");
        labels.put("climate", " ");
        labels.put("quotes", "the \"firm\" 创新");

        Map<String, String> back = EvidenceSpecs.labelsFromJson(EvidenceSpecs.labelsToJson(labels));

        assertThat(back)
                .containsExactly(Map.entry("cocreation", "value co-creation"), Map.entry("quotes", "the \"firm\" 创新"));
        assertThat(EvidenceSpecs.labelsFromJson(null)).isEmpty();
    }

    @Test
    void aModelFromTheApiBecomesASetupOrAProblemNamingItsPath() {
        String json = EvidenceSpecs.toJson(ExampleStudy.mapping(), ExampleStudy.analyses());

        EvidenceSetup setup = EvidenceSpecs.setup("API", json, Map.of("climate", "climate"));
        assertThat(setup.mapping()).isEqualTo(ExampleStudy.mapping());
        assertThat(setup.labels()).containsEntry("climate", "climate");

        assertThatThrownBy(() ->
                        EvidenceSpecs.setup("API", json.replace("\"scalePoints\":7", "\"scalePoints\":\"7\""), null))
                .isInstanceOf(EvidenceInputException.class)
                .hasMessageContaining("constructs.engagement.scalePoints: expected a whole number")
                .satisfies(
                        e -> assertThat(((EvidenceInputException) e).getField()).isEqualTo("model"));
        assertThatThrownBy(() -> EvidenceSpecs.setup("API", " ", null)).isInstanceOf(EvidenceInputException.class);
    }
}

package org.cocrea.climate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.climate.entity.Construct;
import org.cocrea.climate.entity.Respondent;
import org.cocrea.climate.entity.Text;
import org.junit.jupiter.api.Test;

class InstrumentDefinitionTest {

    static InstrumentDefinition fixture() {
        return InstrumentJson.read(new InputStreamReader(
                InstrumentDefinitionTest.class.getResourceAsStream("/climate/fixture-instrument.json"),
                StandardCharsets.UTF_8));
    }

    @Test
    void readsTheJsonFormIncludingReverseKeyedItemsAndBothLanguages() {
        InstrumentDefinition d = fixture();

        assertThat(d.key()).isEqualTo("test-pulse");
        assertThat(d.construct()).isEqualTo(Construct.OTHER);
        assertThat(d.respondent()).isEqualTo(Respondent.EMPLOYEE);
        assertThat(d.anchors()).hasSize(5);
        assertThat(d.factors()).singleElement().satisfies(f -> {
            assertThat(f.group()).isNull();
            assertThat(f.items())
                    .extracting(InstrumentDefinition.ItemDef::reverse)
                    .containsExactly(false, true);
            assertThat(f.items().get(1).text().zh()).isEqualTo("工作让我疲惫。");
        });
        assertThat(d.problems()).isEmpty();
        assertThat(d.itemCount()).isEqualTo(2);
    }

    @Test
    void namesEveryProblemWithItsPath() {
        InstrumentDefinition d = fixture();
        List<InstrumentDefinition.ItemDef> items =
                new ArrayList<>(d.factors().get(0).items());
        items.add(new InstrumentDefinition.ItemDef("energy-1", new Text("I look forward to work.", ""), false));
        InstrumentDefinition broken = new InstrumentDefinition(
                "Bad Key",
                d.construct(),
                d.respondent(),
                7,
                d.name(),
                null,
                null,
                null,
                d.anchors(),
                List.of(new InstrumentDefinition.FactorDef(
                        "energy", null, d.factors().get(0).name(), null, items)));

        assertThat(broken.problems())
                .anyMatch(p -> p.startsWith("key:"))
                .anyMatch(p -> p.startsWith("anchors:"))
                .anyMatch(p -> p.startsWith("factors[0].items[2].key:") && p.contains("used twice"))
                .anyMatch(p -> p.startsWith("factors[0].items[2].text.zh:"))
                .anyMatch(p -> p.startsWith("factors[0].items[2].text:") && p.contains("appears twice"));
    }

    @Test
    void aFactorNeedsAtLeastTwoItems() {
        InstrumentDefinition d = fixture();
        InstrumentDefinition thin = new InstrumentDefinition(
                d.key(),
                d.construct(),
                d.respondent(),
                5,
                d.name(),
                null,
                null,
                null,
                d.anchors(),
                List.of(new InstrumentDefinition.FactorDef(
                        "energy",
                        null,
                        d.factors().get(0).name(),
                        null,
                        List.of(d.factors().get(0).items().get(0)))));

        assertThat(thin.problems()).containsExactly("factors[0].items: a factor needs at least two items");
    }

    @Test
    void textPicksTheLanguageAndFallsBackToEnglish() {
        Text t = new Text("Hello", "你好");
        assertThat(t.in(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("你好");
        assertThat(t.in(java.util.Locale.GERMAN)).isEqualTo("Hello");
        assertThat(t.in(null)).isEqualTo("Hello");
    }

    @Test
    void malformedJsonIsAClearError() {
        assertThatIllegalArgumentException().isThrownBy(() -> InstrumentJson.read(new StringReader("{\"key\": 3")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> InstrumentJson.read(new StringReader("{\"key\": \"x\"}")))
                .withMessageContaining("incomplete");
    }
}

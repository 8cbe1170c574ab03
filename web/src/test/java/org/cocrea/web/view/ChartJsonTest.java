package org.cocrea.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    static JsonObject parse(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }

    @Test
    void aLineHasItsLabelsValuesRoundedAndGapsAsNull() {
        JsonObject c = parse(ChartJson.line(
                List.of("2026-01-01", "2026-01-08", "2026-01-15"),
                List.of(new ChartJson.Series("Engagement", Arrays.asList(12.345, null, Double.NaN), "rgb(1, 2, 3)"))));

        assertThat(c.getString("type")).isEqualTo("line");
        assertThat(c.getJsonObject("data").getJsonArray("labels")).hasSize(3);
        var data = c.getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("data");
        assertThat(data.getJsonNumber(0).doubleValue()).isEqualTo(12.3);
        assertThat(data.isNull(1)).isTrue();
        assertThat(data.isNull(2)).isTrue();
        assertThat(c.getJsonObject("options")
                        .getJsonObject("scales")
                        .getJsonObject("y")
                        .getInt("max"))
                .isEqualTo(100);
    }

    @Test
    void aRadarFillsWithATranslucentColourAndTextsStayStrings() {
        String json = ChartJson.radar(
                List.of("innovation", "</script><script>alert(1)</script>"),
                List.of(new ChartJson.Series("Now", List.of(80.0, 20.0), "rgb(15, 118, 110)")));
        JsonObject c = parse(json);

        assertThat(json).doesNotContain("</script>");
        var set = c.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertThat(set.getString("backgroundColor")).isEqualTo("rgba(15, 118, 110, 0.2)");
        assertThat(c.getJsonObject("data").getJsonArray("labels").getString(1))
                .isEqualTo("</script><script>alert(1)</script>");
    }
}

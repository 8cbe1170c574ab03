package org.cocrea.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cocrea.analytics.evidence.SimpleSlopes;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SlopesChartTest {

    static final SimpleSlopes SLOPES = new SimpleSlopes(
            "customer engagement",
            "climate <W>",
            "value co-creation",
            new double[] {2.67, 3.67, 5.0},
            List.of(
                    new SimpleSlopes.Line("16th percentile", 2.0, new double[] {3.41, 3.55, 3.73}, 0.136),
                    new SimpleSlopes.Line("50th percentile", 2.75, new double[] {3.44, 3.68, 4.01}, 0.243),
                    new SimpleSlopes.Line("84th percentile", 3.75, new double[] {3.48, 3.86, 4.38}, 0.384)));

    @Test
    void drawsOneLineWithPointsPerValueOfTheModerator() throws Exception {
        String svg = SlopesChart.svg(SLOPES);

        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(9);
        assertThat(svg)
                .contains("climate &lt;W&gt; = 2.00 (16th percentile)")
                .contains(">customer engagement<")
                .contains(">value co-creation<")
                .contains("stroke-dasharray")
                .contains("viewBox=\"0 0 640 420\"");
    }

    @Test
    void ticksAreRoundNumbersCoveringTheRange() {
        assertThat(SlopesChart.ticks(3.41, 4.38)).containsExactly(3.25, 3.5, 3.75, 4.0, 4.25, 4.5);
        assertThat(SlopesChart.ticks(0, 100)).containsExactly(0, 25, 50, 75, 100);
        assertThat(SlopesChart.ticks(2, 2)).hasSizeGreaterThan(1);
    }

    @Test
    void nothingToDrawGivesNothing() {
        assertThat(SlopesChart.svg(null)).isEmpty();
        assertThat(SlopesChart.svg(new SimpleSlopes("x", "w", "m", new double[] {1, 1}, List.of())))
                .isEmpty();
    }
}

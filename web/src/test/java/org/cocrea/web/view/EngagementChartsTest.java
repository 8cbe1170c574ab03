package org.cocrea.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cocrea.engagement.control.Quadrant;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class EngagementChartsTest {

    static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theTrendIsOneLineOverTheWeeksWithTheThresholdDashed() throws Exception {
        List<EngagementCharts.DatePoint> points = new ArrayList<>();
        LocalDate today = LocalDate.of(2025, 6, 30);
        for (int w = 52; w >= 0; w--) {
            points.add(new EngagementCharts.DatePoint(today.minusWeeks(w), 40 + w % 10));
        }

        String svg = EngagementCharts.trend(points, "Engagement <52 weeks>", 50, "engaged from 50");

        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getAttribute("class")).isEqualTo("trend-chart");
        assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(1);
        String line = ((Element) doc.getElementsByTagName("polyline").item(0)).getAttribute("points");
        assertThat(line.split(" ")).hasSize(53);
        assertThat(svg)
                .contains("class=\"threshold\"")
                .contains("engaged from 50")
                .contains("Engagement &lt;52 weeks&gt;")
                .contains(">2024-10<")
                .contains(">2025-04<");
    }

    @Test
    void aTrendOfScoresOutsideTheScaleStaysInsideThePlot() throws Exception {
        String svg = EngagementCharts.trend(
                List.of(
                        new EngagementCharts.DatePoint(LocalDate.of(2025, 1, 1), -5),
                        new EngagementCharts.DatePoint(LocalDate.of(2025, 2, 1), 140)),
                "t",
                50,
                null);
        String line = ((Element) parse(svg).getElementsByTagName("polyline").item(0)).getAttribute("points");
        // y of 0 is the plot's bottom (16 + 188), y of 100 its top (16)
        assertThat(line).isEqualTo("44.0,204.0 624.0,16.0");
        assertThat(svg).doesNotContain("threshold");
    }

    @Test
    void lessThanTwoPointsDrawNoTrend() {
        assertThat(EngagementCharts.trend(List.of(), "t", 50, "x")).isEmpty();
        assertThat(EngagementCharts.trend(
                        List.of(new EngagementCharts.DatePoint(LocalDate.of(2025, 1, 1), 3)), "t", 50, "x"))
                .isEmpty();
    }

    @Test
    void theRadarHasFiveAxesFourRingsAndOnePolygonPerSeries() throws Exception {
        String svg = EngagementCharts.radar(
                List.of("Innovation", "Communication", "Recommendation", "Learning", "Knowledge level"),
                List.of(
                        new EngagementCharts.Series("Now", List.of(80.0, 50.0, 20.0, 100.0, 0.0)),
                        new EngagementCharts.Series("On 2024-06-01", List.of(60.0, 40.0, 20.0, 70.0, 10.0))),
                "The five abilities");

        Document doc = parse(svg);
        NodeList polygons = doc.getElementsByTagName("polygon");
        int series = 0;
        for (int i = 0; i < polygons.getLength(); i++) {
            if ("series".equals(((Element) polygons.item(i)).getAttribute("class"))) {
                series++;
            }
        }
        assertThat(series).isEqualTo(2);
        assertThat(polygons.getLength()).isEqualTo(4 + 2);
        assertThat(svg)
                .contains(">Knowledge level<")
                .contains(">On 2024-06-01<")
                .contains("stroke-dasharray");
        // innovation 80 on the axis pointing up: 0.8 × 120 above the centre (260, 180)
        assertThat(svg).contains("points=\"260.0,84.0 ");
    }

    @Test
    void theQuadrantMapShadesTheQuadrantsDrawsTheCutOffsAndLinksEachDot() throws Exception {
        Map<Quadrant, String> names = new EnumMap<>(Quadrant.class);
        names.put(Quadrant.CO_CREATORS, "Co-creators");
        names.put(Quadrant.WILLING_BUT_DEVELOPING, "Willing, developing");
        names.put(Quadrant.ABLE_BUT_RELUCTANT, "Able, reluctant");
        names.put(Quadrant.OBSERVERS, "Observers");
        String svg = EngagementCharts.quadrants(
                List.of(
                        new EngagementCharts.Dot(7, "Li & Wei", 80, 70, Quadrant.CO_CREATORS),
                        new EngagementCharts.Dot(8, "Ann", 20, 10, Quadrant.OBSERVERS)),
                60,
                40,
                "Ability",
                "Willingness",
                names,
                "/cocrea/engagement/profile.xhtml?id=",
                "Ability and willingness");

        Document doc = parse(svg);
        NodeList rects = doc.getElementsByTagName("rect");
        int quadrants = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            if ("quadrant".equals(((Element) rects.item(i)).getAttribute("class"))) {
                quadrants++;
            }
        }
        assertThat(quadrants).isEqualTo(4);
        NodeList links = doc.getElementsByTagName("a");
        assertThat(links.getLength()).isEqualTo(2);
        assertThat(((Element) links.item(0)).getAttribute("href")).isEqualTo("/cocrea/engagement/profile.xhtml?id=7");
        assertThat(svg)
                .contains("Li &amp; Wei: 80.0 / 70.0")
                .contains(">Co-creators<")
                .contains(">Observers<")
                .contains("fill=\"" + EngagementCharts.QUADRANT_COLOURS[0] + "\"");
        // the ability cut-off 60 is a vertical line at 56 + 0.6 × 488
        assertThat(svg).contains("class=\"cutoff\" x1=\"348.8\"");
    }

    @Test
    void aQuadrantMapWithoutStakeholdersStillShowsTheQuadrants() throws Exception {
        String svg = EngagementCharts.quadrants(List.of(), 50, 50, "A", "W", Map.of(), null, "t");
        assertThat(parse(svg).getElementsByTagName("circle").getLength()).isZero();
        assertThat(svg).contains("class=\"quadrant\"");
    }
}

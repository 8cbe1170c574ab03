package org.cocrea.web.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for {@code <p:chart value="…">}: a line over time and a radar of scores
 * on 0..100, in the application's colours. Texts go in as JSON strings, never as script, and
 * {@code </} is written {@code <\/} so a label cannot end the page's script element.
 */
public final class ChartJson {

    /** One line or radar area: its label, values and colour (CSS colour text). */
    public record Series(String label, List<Double> values, String colour) {}

    private ChartJson() {}

    /** A line chart with the given x labels, y fixed to 0..100. */
    public static String line(List<String> labels, List<Series> series) {
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", data(labels, series, false, labels.size() <= 12 ? 3 : 0))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("min", 0)
                                                                .add("max", 100)))
                                .add("plugins", legend(series.size() > 1)))
                .build()
                .toString()
                .replace("</", "<\\/");
    }

    /** A radar chart with one axis per label, 0..100. */
    public static String radar(List<String> labels, List<Series> series) {
        return Json.createObjectBuilder()
                .add("type", "radar")
                .add("data", data(labels, series, true, 3))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "r",
                                                        Json.createObjectBuilder()
                                                                .add("min", 0)
                                                                .add("max", 100)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("stepSize", 25))))
                                .add("plugins", legend(series.size() > 1)))
                .build()
                .toString()
                .replace("</", "<\\/");
    }

    private static JsonObjectBuilder legend(boolean show) {
        return Json.createObjectBuilder()
                .add("legend", Json.createObjectBuilder().add("display", show));
    }

    private static JsonObjectBuilder data(List<String> labels, List<Series> series, boolean fill, int pointRadius) {
        JsonArrayBuilder l = Json.createArrayBuilder();
        labels.forEach(l::add);
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            for (Double v : s.values()) {
                if (v == null || v.isNaN()) {
                    values.addNull();
                } else {
                    values.add(Math.round(v * 10) / 10.0);
                }
            }
            sets.add(Json.createObjectBuilder()
                    .add("label", s.label())
                    .add("data", values)
                    .add("borderColor", s.colour())
                    .add(
                            "backgroundColor",
                            fill ? s.colour().replace("rgb(", "rgba(").replace(")", ", 0.2)") : s.colour())
                    .add("fill", fill)
                    .add("tension", 0.3)
                    .add("pointRadius", pointRadius));
        }
        return Json.createObjectBuilder().add("labels", l).add("datasets", sets);
    }
}

package org.cocrea.web.view;

import static org.cocrea.web.view.SlopesChart.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cocrea.reporting.control.Funnel;
import org.cocrea.reporting.control.KpiFormat;
import org.cocrea.reporting.control.SeriesPoint;

/**
 * The KPI dashboards' charts as inline SVG drawn on the server, like {@link EngagementCharts}: the
 * sparkline of a tile (the values and, dashed, the targets), the time series of a KPI with its
 * target line and each period's status as a dot, and the pipeline funnel. Every chart has a title
 * for screen readers, scales to its container and reads in grey print (dash patterns, labels, dot
 * outlines), not by colour alone.
 */
public final class KpiCharts {

    static final String TEAL = "#0f766e";
    static final String TARGET = "#b45309";

    private KpiCharts() {}

    /** The colour of a status: green, amber, red, none. */
    static String colour(String status) {
        return switch (status == null ? "" : status) {
            case "green" -> "#15803d";
            case "amber" -> "#b45309";
            case "red" -> "#b91c1c";
            default -> "#94a3b8";
        };
    }

    /**
     * A tile's sparkline: the values as a line with the last one as a dot in the status colour, the
     * targets as a dashed line.
     *
     * @return the chart, or "" when no period has a value
     */
    public static String sparkline(List<Double> values, List<Double> targets, String status, String title) {
        double[] range = range(values, targets);
        if (range == null) {
            return "";
        }
        int width = 160;
        int height = 40;
        StringBuilder out = open(width, height, "sparkline", title);
        String target = polyline(targets, width, height, 3, range);
        if (!target.isEmpty()) {
            out.append("<polyline class=\"target\" points=\"")
                    .append(target)
                    .append("\" fill=\"none\" stroke=\"")
                    .append(TARGET)
                    .append("\" stroke-width=\"1.2\" stroke-dasharray=\"3 3\"/>");
        }
        out.append("<polyline class=\"values\" points=\"")
                .append(polyline(values, width, height, 3, range))
                .append("\" fill=\"none\" stroke=\"")
                .append(TEAL)
                .append("\" stroke-width=\"2\" stroke-linejoin=\"round\"/>");
        int last = values.size() - 1;
        if (last >= 0 && values.get(last) != null) {
            double[] xy = point(last, values.size(), values.get(last), width, height, 3, range);
            out.append(f(
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\" stroke=\"#fff\"/>",
                    xy[0], xy[1], colour(status)));
        }
        return out.append("</svg>").toString();
    }

    /**
     * A KPI's time series: the values as a line with a dot per period in its status colour (with
     * the value as a tooltip), the targets as a dashed step line, a grid with the scale and the
     * periods below.
     *
     * @return the chart, or "" when no period has a value or a target
     */
    public static String series(
            List<SeriesPoint> points, String unit, String title, String valueLabel, String targetLabel) {
        List<Double> values = points.stream().map(SeriesPoint::value).toList();
        List<Double> targets = points.stream().map(SeriesPoint::target).toList();
        double[] range = range(values, targets);
        if (range == null) {
            return "";
        }
        if (range[0] > 0 && range[0] < range[1] * 0.5) {
            range[0] = 0;
        }
        int width = 720;
        int height = 280;
        int left = 56;
        int right = 16;
        int top = 16;
        int bottom = 40;
        double plotW = width - left - right;
        double plotH = height - top - bottom;
        StringBuilder out = open(width, height, "series-chart", title);
        for (int k = 0; k <= 4; k++) {
            double v = range[0] + (range[1] - range[0]) * k / 4;
            double y = top + plotH - plotH * k / 4;
            out.append(f(
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e3e8ef\"/>",
                    left, y, width - right, y));
            out.append(f(
                    "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"11\" fill=\"#5b6777\">%s</text>",
                    left - 6, y + 4, esc(KpiFormat.number(v, unit))));
        }
        int n = points.size();
        int step = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < n; i += step) {
            double x = left + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
            out.append(f(
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\" fill=\"#5b6777\">%s</text>",
                    x, height - bottom + 18, esc(points.get(i).period())));
        }
        // the target as a step line: each period's target holds until the next
        StringBuilder steps = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Double t = targets.get(i);
            if (t == null) {
                if (steps.length() > 0) {
                    out.append(stepLine(steps));
                    steps.setLength(0);
                }
                continue;
            }
            double x0 = left + (n == 1 ? 0 : plotW * (i - 0.5) / (n - 1));
            double x1 = left + (n == 1 ? plotW : plotW * (i + 0.5) / (n - 1));
            double y = top + plotH - plotH * (t - range[0]) / (range[1] - range[0]);
            steps.append(f("%.1f,%.1f %.1f,%.1f ", Math.max(left, x0), y, Math.min(width - right, x1), y));
        }
        if (steps.length() > 0) {
            out.append(stepLine(steps));
        }
        List<String> xy = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Double v = values.get(i);
            if (v == null) {
                if (xy.size() > 1) {
                    out.append(line(xy));
                }
                xy.clear();
                continue;
            }
            double x = left + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
            double y = top + plotH - plotH * (v - range[0]) / (range[1] - range[0]);
            xy.add(f("%.1f,%.1f", x, y));
        }
        if (xy.size() > 1) {
            out.append(line(xy));
        }
        for (int i = 0; i < n; i++) {
            SeriesPoint p = points.get(i);
            if (p.value() == null) {
                continue;
            }
            double x = left + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
            double y = top + plotH - plotH * (p.value() - range[0]) / (range[1] - range[0]);
            String tip = p.period() + ": " + KpiFormat.value(p.value(), unit)
                    + (p.target() == null ? "" : " / " + targetLabel + " " + KpiFormat.value(p.target(), unit));
            out.append(f(
                    "<circle class=\"point status-%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\" stroke=\"#1f2a37\""
                            + " stroke-width=\"0.8\"><title>%s</title></circle>",
                    p.status(), x, y, colour(p.status()), esc(tip)));
        }
        int ly = height - 8;
        out.append(f(
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2.2\"/>",
                left, ly - 4, left + 22, ly - 4, TEAL));
        out.append(f(
                "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#1f2a37\">%s</text>", left + 28, ly, esc(valueLabel)));
        out.append(f(
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"1.6\" stroke-dasharray=\"5 4\"/>",
                left + 160, ly - 4, left + 182, ly - 4, TARGET));
        out.append(f(
                "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#1f2a37\">%s</text>",
                left + 188, ly, esc(targetLabel)));
        return out.append("</svg>").toString();
    }

    /**
     * The pipeline funnel: one bar per open stage, as wide as its share of the largest, with the
     * number of ideas; the conversion below.
     */
    public static String funnel(Funnel funnel, List<String> stageLabels, String title, String conversionLabel) {
        List<Funnel.StageCount> stages = funnel.stages();
        long max = Math.max(
                1, stages.stream().mapToLong(Funnel.StageCount::ideas).max().orElse(1));
        int width = 520;
        int row = 40;
        int height = row * stages.size() + 34;
        StringBuilder out = open(width, height, "funnel-chart", title);
        String[] shades = {"#0f766e", "#14897f", "#2a9d8f", "#52b3a6", "#7cc7bb"};
        for (int i = 0; i < stages.size(); i++) {
            Funnel.StageCount s = stages.get(i);
            double w = Math.max(4, 360.0 * s.ideas() / max);
            double x = 150 + (360 - w) / 2;
            double y = 6 + i * row;
            out.append(f(
                    "<rect class=\"stage\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" rx=\"4\" fill=\"%s\">"
                            + "<title>%s: %d</title></rect>",
                    x, y, w, row - 8, shades[i % shades.length], esc(stageLabels.get(i)), s.ideas()));
            out.append(f(
                    "<text x=\"140\" y=\"%.1f\" text-anchor=\"end\" font-size=\"12\" fill=\"#1f2a37\">%s</text>",
                    y + row / 2.0, esc(stageLabels.get(i))));
            out.append(f(
                    "<text x=\"330\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"700\" fill=\"%s\">%d</text>",
                    y + row / 2.0, w > 40 ? "#ffffff" : "#1f2a37", s.ideas()));
        }
        out.append(f(
                "<text x=\"330\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\" fill=\"#5b6777\">%s</text>",
                height - 8, esc(conversionLabel)));
        return out.append("</svg>").toString();
    }

    /** A background colour for a climate index, pale (low) to deep teal (high) over 30–90. */
    public static String heat(Double v) {
        if (v == null) {
            return "#f1f5f9";
        }
        double x = Math.max(0, Math.min(1, (v - 30) / 60));
        int r = (int) Math.round(0xF0 + (0x0F - 0xF0) * x);
        int g = (int) Math.round(0xF9 + (0x76 - 0xF9) * x);
        int b = (int) Math.round(0xF8 + (0x6E - 0xF8) * x);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    /** White text on the darker half of the scale. */
    public static boolean dark(Double v) {
        return v != null && v >= 62;
    }

    private static String stepLine(StringBuilder points) {
        return "<polyline class=\"target\" points=\"" + points.toString().strip() + "\" fill=\"none\" stroke=\""
                + TARGET + "\" stroke-width=\"1.6\" stroke-dasharray=\"5 4\"/>";
    }

    private static String line(List<String> xy) {
        return "<polyline class=\"values\" points=\"" + String.join(" ", xy) + "\" fill=\"none\" stroke=\"" + TEAL
                + "\" stroke-width=\"2.2\" stroke-linejoin=\"round\"/>";
    }

    private static double[] range(List<Double> a, List<Double> b) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (List<Double> l : List.of(a, b)) {
            for (Double v : l) {
                if (v != null && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (a.stream().noneMatch(v -> v != null)) {
            return null;
        }
        if (max == min) {
            double pad = max == 0 ? 1 : Math.abs(max) * 0.1;
            return new double[] {min - pad, max + pad};
        }
        return new double[] {min, max};
    }

    private static String polyline(List<Double> v, int width, int height, int pad, double[] range) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.size(); i++) {
            if (v.get(i) == null) {
                continue;
            }
            double[] xy = point(i, v.size(), v.get(i), width, height, pad, range);
            b.append(f("%.1f,%.1f ", xy[0], xy[1]));
        }
        return b.toString().strip();
    }

    private static double[] point(int i, int n, double v, int width, int height, int pad, double[] range) {
        double x = pad + (n <= 1 ? (width - 2.0 * pad) / 2 : (width - 2.0 * pad) * i / (n - 1));
        double y = height - pad - (height - 2.0 * pad) * (v - range[0]) / (range[1] - range[0]);
        return new double[] {x, y};
    }

    private static StringBuilder open(int width, int height, String cssClass, String title) {
        StringBuilder out = new StringBuilder();
        out.append(f(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"%s\" viewBox=\"0 0 %d %d\" role=\"img\""
                        + " aria-label=\"%s\" preserveAspectRatio=\"xMidYMid meet\">",
                cssClass, width, height, esc(title)));
        return out.append("<title>").append(esc(title)).append("</title>");
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}

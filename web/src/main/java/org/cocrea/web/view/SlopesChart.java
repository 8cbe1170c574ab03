package org.cocrea.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cocrea.analytics.evidence.SimpleSlopes;

/**
 * The simple-slopes plot of PROCESS Model 7 as inline SVG: predicted M over X, one line per probed
 * value of W, with axes, ticks and a legend. Lines differ in colour and dash pattern, so the chart
 * reads in grey print too; the SVG scales to its container's width.
 */
public final class SlopesChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    private static final int LEFT = 64;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 64;
    private static final int LEGEND_LINE = 20;

    private static final String[] COLOURS = {"#0f766e", "#b45309", "#6d28d9", "#be123c", "#1d4ed8"};
    private static final String[] DASHES = {"", "8 5", "2 4", "12 4 2 4", "4 4"};

    private SlopesChart() {}

    /** The chart, or "" when there is nothing to plot. */
    public static String svg(SimpleSlopes s) {
        if (s == null || s.lines().isEmpty() || s.xValues().length < 2) {
            return "";
        }
        double[] xs = s.xValues();
        double pad = (max(xs) - min(xs)) * 0.05;
        double xMin = min(xs) - pad;
        double xMax = max(xs) + pad;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (SimpleSlopes.Line l : s.lines()) {
            for (double v : l.predicted()) {
                if (Double.isFinite(v)) {
                    yMin = Math.min(yMin, v);
                    yMax = Math.max(yMax, v);
                }
            }
        }
        if (!(xMax > xMin) || !Double.isFinite(yMin)) {
            return "";
        }
        double[] yTicks = ticks(yMin, yMax);
        double y0 = yTicks[0];
        double y1 = yTicks[yTicks.length - 1];
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        int height = HEIGHT + LEGEND_LINE * s.lines().size();
        Scale sx = v -> LEFT + (v - xMin) / (xMax - xMin) * plotW;
        Scale sy = v -> TOP + (y1 - v) / (y1 - y0) * plotH;

        StringBuilder out = new StringBuilder();
        String title = "Predicted " + s.m() + " by " + s.x() + " at values of " + s.w();
        out.append(f(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"slopes-chart\" viewBox=\"0 0 %d %d\""
                        + " role=\"img\" aria-label=\"%s\" preserveAspectRatio=\"xMidYMid meet\">",
                WIDTH, height, esc(title)));
        out.append("<title>").append(esc(title)).append("</title>");
        // grid and y ticks
        for (double t : yTicks) {
            double y = sy.at(t);
            out.append(f(
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e3e8ef\"/>",
                    (double) LEFT, y, (double) (WIDTH - RIGHT), y));
            out.append(f(
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" font-size=\"12\" fill=\"#5b6777\">%s</text>",
                    LEFT - 8.0, y + 4, esc(number(t, yTicks))));
        }
        // axes
        double bottom = TOP + plotH;
        out.append(f(
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#1f2a37\"/>",
                LEFT, bottom, WIDTH - RIGHT, bottom));
        out.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%.1f\" stroke=\"#1f2a37\"/>", LEFT, TOP, LEFT, bottom));
        for (double x : xs) {
            double px = sx.at(x);
            out.append(f(
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1f2a37\"/>",
                    px, bottom, px, bottom + 5));
            out.append(f(
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\" fill=\"#5b6777\">%s</text>",
                    px, bottom + 19, esc(String.format(Locale.ROOT, "%.2f", x))));
        }
        out.append(f(
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"13\" fill=\"#1f2a37\">%s</text>",
                LEFT + plotW / 2, bottom + 38, esc(s.x())));
        out.append(f(
                "<text transform=\"translate(16 %.1f) rotate(-90)\" text-anchor=\"middle\" font-size=\"13\""
                        + " fill=\"#1f2a37\">%s</text>",
                TOP + plotH / 2, esc(s.m())));
        // lines and legend
        double legendY = bottom + 62;
        double legendX = LEFT;
        for (int i = 0; i < s.lines().size(); i++) {
            SimpleSlopes.Line l = s.lines().get(i);
            String colour = COLOURS[i % COLOURS.length];
            String dash = DASHES[i % DASHES.length];
            String dashAttr = dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"";
            List<String> points = new ArrayList<>();
            double[] p = l.predicted();
            for (int k = 0; k < xs.length && k < p.length; k++) {
                if (Double.isFinite(p[k])) {
                    points.add(f("%.1f,%.1f", sx.at(xs[k]), sy.at(p[k])));
                }
            }
            out.append(f(
                    "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\"%s/>",
                    String.join(" ", points), colour, dashAttr));
            for (String pt : points) {
                String[] xy = pt.split(",");
                out.append(f("<circle cx=\"%s\" cy=\"%s\" r=\"3.5\" fill=\"%s\"/>", xy[0], xy[1], colour));
            }
            String legend = s.w() + " = " + String.format(Locale.ROOT, "%.2f", l.w())
                    + (l.label() == null || l.label().isBlank() ? "" : " (" + l.label() + ")");
            out.append(f(
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2.5\"%s/>",
                    legendX, legendY, legendX + 26, legendY, colour, dashAttr));
            out.append(f(
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"#1f2a37\">%s</text>",
                    legendX + 32, legendY + 4, esc(legend)));
            legendY += LEGEND_LINE;
        }
        return out.append("</svg>").toString();
    }

    private interface Scale {
        double at(double v);
    }

    /** About five round tick values covering [lo, hi]. */
    static double[] ticks(double lo, double hi) {
        if (!(hi > lo)) {
            double pad = Math.max(Math.abs(lo) * 0.1, 0.5);
            lo -= pad;
            hi += pad;
        }
        double raw = (hi - lo) / 4;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        }
        double start = Math.floor(lo / step) * step;
        double end = Math.ceil(hi / step) * step;
        int n = (int) Math.round((end - start) / step) + 1;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = start + i * step;
        }
        return out;
    }

    private static String number(double v, double[] ticks) {
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        int decimals = Math.max(
                0,
                new java.math.BigDecimal(step)
                        .round(new java.math.MathContext(6))
                        .stripTrailingZeros()
                        .scale());
        return String.format(Locale.ROOT, "%." + Math.min(decimals, 4) + "f", v);
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : v) {
            m = Math.min(m, d);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** Text for XML content and attributes. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

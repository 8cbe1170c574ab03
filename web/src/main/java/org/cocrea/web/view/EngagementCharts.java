package org.cocrea.web.view;

import static org.cocrea.web.view.SlopesChart.esc;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocrea.engagement.control.Quadrant;

/**
 * The engagement screens' charts as inline SVG, drawn on the server like {@link SlopesChart}: the
 * engagement trend of a stakeholder (a line over weeks), the capability radar (five abilities, now
 * and earlier) and the ability × willingness map of identification (one dot per stakeholder, the
 * cut-off lines and the four quadrants). Every chart has a title for screen readers, scales to its
 * container and reads in grey print too (dash patterns and labels, not colour alone).
 */
public final class EngagementCharts {

    /** A value on a day. */
    public record DatePoint(LocalDate date, double value) {}

    /** One polygon of the radar chart: values 0..100 in axis order. */
    public record Series(String name, List<Double> values) {}

    /** One stakeholder on the ability × willingness map. */
    public record Dot(long id, String name, double ability, double willingness, Quadrant quadrant) {}

    static final String[] SERIES_COLOURS = {"#0f766e", "#b45309", "#6d28d9"};
    static final String[] SERIES_DASHES = {"", "6 4", "2 3"};

    /** Colour per quadrant, in {@link Quadrant} order. */
    static final String[] QUADRANT_COLOURS = {"#15803d", "#1d4ed8", "#b45309", "#64748b"};

    private static final String[] QUADRANT_SHADES = {"#ecfdf5", "#eff6ff", "#fff7ed", "#f8fafc"};
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);

    private EngagementCharts() {}

    /**
     * The engagement index over time (0..100), with a dashed line at the engaged threshold.
     *
     * @param thresholdLabel the threshold line's label; no line when null
     * @return the chart, or "" with fewer than two points
     */
    public static String trend(List<DatePoint> points, String title, double threshold, String thresholdLabel) {
        if (points == null || points.size() < 2) {
            return "";
        }
        int width = 640;
        int height = 240;
        int left = 44;
        int right = 16;
        int top = 16;
        int bottom = 36;
        double plotW = width - left - right;
        double plotH = height - top - bottom;
        LocalDate first = points.get(0).date();
        LocalDate last = points.get(points.size() - 1).date();
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        StringBuilder out = open(width, height, "trend-chart", title);
        for (int v = 0; v <= 100; v += 25) {
            double y = top + (100 - v) / 100.0 * plotH;
            out.append(f(
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e3e8ef\"/>",
                    left, y, width - right, y));
            out.append(f(
                    "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"11\" fill=\"#5b6777\">%d</text>",
                    left - 6, y + 4, v));
        }
        // a tick at the first day of every third month in the range
        LocalDate tick = first.withDayOfMonth(1).plusMonths(1);
        while (!tick.isAfter(last)) {
            if ((tick.getMonthValue() - 1) % 3 == 0) {
                double x = left + ChronoUnit.DAYS.between(first, tick) / (double) span * plotW;
                out.append(f(
                        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1f2a37\"/>",
                        x, top + plotH, x, top + plotH + 4));
                out.append(f(
                        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\" fill=\"#5b6777\">%s</text>",
                        x, top + plotH + 18, MONTH.format(tick)));
            }
            tick = tick.plusMonths(1);
        }
        out.append(f(
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#1f2a37\"/>",
                left, top + plotH, width - right, top + plotH));
        if (thresholdLabel != null && threshold >= 0 && threshold <= 100) {
            double y = top + (100 - threshold) / 100.0 * plotH;
            out.append(f(
                    "<line class=\"threshold\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#b45309\""
                            + " stroke-dasharray=\"6 4\"/>",
                    left, y, width - right, y));
            out.append(f(
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" fill=\"#b45309\">%s</text>",
                    left + 6, y - 5, esc(thresholdLabel)));
        }
        List<String> xy = new ArrayList<>();
        for (DatePoint p : points) {
            double x = left + ChronoUnit.DAYS.between(first, p.date()) / (double) span * plotW;
            double y = top + (100 - clamp(p.value())) / 100.0 * plotH;
            xy.add(f("%.1f,%.1f", x, y));
        }
        String bottomY = f("%.1f", top + plotH);
        String area = xy.get(0).split(",")[0] + "," + bottomY + " " + String.join(" ", xy) + " "
                + xy.get(xy.size() - 1).split(",")[0] + "," + bottomY;
        out.append("<polygon points=\"").append(area).append("\" fill=\"#0f766e\" fill-opacity=\"0.10\"/>");
        out.append("<polyline points=\"")
                .append(String.join(" ", xy))
                .append("\" fill=\"none\" stroke=\"#0f766e\" stroke-width=\"2.2\"/>");
        DatePoint end = points.get(points.size() - 1);
        String[] endXy = xy.get(xy.size() - 1).split(",");
        out.append(f(
                "<circle cx=\"%s\" cy=\"%s\" r=\"4\" fill=\"#0f766e\"><title>%s: %.1f</title></circle>",
                endXy[0], endXy[1], end.date(), end.value()));
        return out.append("</svg>").toString();
    }

    /**
     * The capability radar: one axis per label, rings at 25, 50, 75 and 100, one polygon per series.
     *
     * @return the chart, or "" without axes or series
     */
    public static String radar(List<String> axes, List<Series> series, String title) {
        if (axes == null || axes.size() < 3 || series == null || series.isEmpty()) {
            return "";
        }
        int width = 520;
        int legend = 22 * series.size();
        int height = 360 + legend;
        double cx = width / 2.0;
        double cy = 180;
        double r = 120;
        int n = axes.size();
        StringBuilder out = open(width, height, "radar-chart", title);
        for (int ring = 1; ring <= 4; ring++) {
            List<String> pts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                pts.add(point(cx, cy, r * ring / 4.0, i, n));
            }
            out.append("<polygon points=\"")
                    .append(String.join(" ", pts))
                    .append("\" fill=\"none\" stroke=\"#e3e8ef\"/>");
            out.append(f(
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#94a3b8\">%d</text>",
                    cx + 3, cy - r * ring / 4.0 + 10, ring * 25));
        }
        for (int i = 0; i < n; i++) {
            String[] end = point(cx, cy, r, i, n).split(",");
            out.append(f(
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%s\" y2=\"%s\" stroke=\"#cbd5e1\"/>", cx, cy, end[0], end[1]));
            double angle = angle(i, n);
            double lx = cx + (r + 18) * Math.cos(angle);
            double ly = cy + (r + 18) * Math.sin(angle);
            String anchor = Math.abs(lx - cx) < 10 ? "middle" : lx > cx ? "start" : "end";
            out.append(f(
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"12\" fill=\"#1f2a37\">%s</text>",
                    lx, ly + 4, anchor, esc(axes.get(i))));
        }
        double legendY = 360;
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            String colour = SERIES_COLOURS[s % SERIES_COLOURS.length];
            String dash = SERIES_DASHES[s % SERIES_DASHES.length];
            String dashAttr = dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"";
            List<String> pts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double v = i < one.values().size() ? clamp(one.values().get(i)) : 0;
                pts.add(point(cx, cy, r * v / 100.0, i, n));
            }
            out.append(f(
                    "<polygon class=\"series\" points=\"%s\" fill=\"%s\" fill-opacity=\"%s\" stroke=\"%s\""
                            + " stroke-width=\"2\"%s><title>%s</title></polygon>",
                    String.join(" ", pts), colour, s == 0 ? "0.22" : "0.06", colour, dashAttr, esc(one.name())));
            for (String p : pts) {
                String[] xy = p.split(",");
                out.append(f("<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"%s\"/>", xy[0], xy[1], colour));
            }
            out.append(f(
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2.5\"%s/>",
                    90, legendY, 116, legendY, colour, dashAttr));
            out.append(f(
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"12\" fill=\"#1f2a37\">%s</text>",
                    122, legendY + 4, esc(one.name())));
            legendY += 22;
        }
        return out.append("</svg>").toString();
    }

    /**
     * The ability × willingness map: shaded quadrants split at the cut-offs, their names in the
     * corners, and one dot per stakeholder (linked to its profile when a link prefix is given).
     *
     * @param quadrantNames the quadrants' names in the page's language
     * @param link the address a stakeholder id is appended to, e.g. "/cocrea/engagement/profile.xhtml?id="; null for none
     */
    public static String quadrants(
            List<Dot> dots,
            double abilityCutoff,
            double willingnessCutoff,
            String abilityLabel,
            String willingnessLabel,
            Map<Quadrant, String> quadrantNames,
            String link,
            String title) {
        int width = 560;
        int height = 420;
        int left = 56;
        int right = 16;
        int top = 16;
        int bottom = 52;
        double plotW = width - left - right;
        double plotH = height - top - bottom;
        Scale sx = v -> left + clamp(v) / 100.0 * plotW;
        Scale sy = v -> top + (100 - clamp(v)) / 100.0 * plotH;
        StringBuilder out = open(width, height, "quadrant-chart", title);
        double cutX = sx.at(abilityCutoff);
        double cutY = sy.at(willingnessCutoff);
        double plotRight = left + plotW;
        double plotBottom = top + plotH;
        // willing (top) and able (right): co-creators top right, developing top left,
        // reluctant bottom right, observers bottom left
        rect(out, cutX, top, plotRight - cutX, cutY - top, QUADRANT_SHADES[0]);
        rect(out, left, top, cutX - left, cutY - top, QUADRANT_SHADES[1]);
        rect(out, cutX, cutY, plotRight - cutX, plotBottom - cutY, QUADRANT_SHADES[2]);
        rect(out, left, cutY, cutX - left, plotBottom - cutY, QUADRANT_SHADES[3]);
        for (int v = 0; v <= 100; v += 25) {
            out.append(f(
                    "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"11\" fill=\"#5b6777\">%d</text>",
                    left - 6, sy.at(v) + 4, v));
            out.append(f(
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\" fill=\"#5b6777\">%d</text>",
                    sx.at(v), plotBottom + 16, v));
        }
        out.append(f(
                "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"#1f2a37\"/>",
                left, top, plotW, plotH));
        out.append(f(
                "<line class=\"cutoff\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1f2a37\""
                        + " stroke-dasharray=\"5 4\"/>",
                cutX, top, cutX, plotBottom));
        out.append(f(
                "<line class=\"cutoff\" x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1f2a37\""
                        + " stroke-dasharray=\"5 4\"/>",
                left, cutY, plotRight, cutY));
        if (quadrantNames != null) {
            corner(out, quadrantNames.get(Quadrant.CO_CREATORS), plotRight - 6, top + 16, "end", 0);
            corner(out, quadrantNames.get(Quadrant.WILLING_BUT_DEVELOPING), left + 6, top + 16, "start", 1);
            corner(out, quadrantNames.get(Quadrant.ABLE_BUT_RELUCTANT), plotRight - 6, plotBottom - 8, "end", 2);
            corner(out, quadrantNames.get(Quadrant.OBSERVERS), left + 6, plotBottom - 8, "start", 3);
        }
        out.append(f(
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"13\" fill=\"#1f2a37\">%s</text>",
                left + plotW / 2, plotBottom + 38, esc(abilityLabel)));
        out.append(f(
                "<text transform=\"translate(16 %.1f) rotate(-90)\" text-anchor=\"middle\" font-size=\"13\""
                        + " fill=\"#1f2a37\">%s</text>",
                top + plotH / 2, esc(willingnessLabel)));
        for (Dot d : dots == null ? List.<Dot>of() : dots) {
            String colour = QUADRANT_COLOURS[d.quadrant().ordinal()];
            String circle = f(
                    "<circle class=\"dot\" cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\" fill-opacity=\"0.75\""
                            + " stroke=\"#fff\"><title>%s: %.1f / %.1f</title></circle>",
                    sx.at(d.ability()), sy.at(d.willingness()), colour, esc(d.name()), d.ability(), d.willingness());
            if (link != null) {
                out.append("<a href=\"")
                        .append(esc(link + d.id()))
                        .append("\">")
                        .append(circle)
                        .append("</a>");
            } else {
                out.append(circle);
            }
        }
        return out.append("</svg>").toString();
    }

    private static void rect(StringBuilder out, double x, double y, double w, double h, String fill) {
        if (w > 0 && h > 0) {
            out.append(f(
                    "<rect class=\"quadrant\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                    x, y, w, h, fill));
        }
    }

    private static void corner(StringBuilder out, String text, double x, double y, String anchor, int quadrant) {
        if (text == null) {
            return;
        }
        out.append(f(
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"12\" font-weight=\"600\" fill=\"%s\">%s</text>",
                x, y, anchor, QUADRANT_COLOURS[quadrant], esc(text)));
    }

    private interface Scale {
        double at(double v);
    }

    private static StringBuilder open(int width, int height, String cssClass, String title) {
        StringBuilder out = new StringBuilder();
        out.append(f(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"%s\" viewBox=\"0 0 %d %d\" role=\"img\""
                        + " aria-label=\"%s\" preserveAspectRatio=\"xMidYMid meet\">",
                cssClass, width, height, esc(title)));
        return out.append("<title>").append(esc(title)).append("</title>");
    }

    /** The angle of axis i of n, the first pointing up, clockwise. */
    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static String point(double cx, double cy, double radius, int i, int n) {
        double a = angle(i, n);
        return f("%.1f,%.1f", cx + radius * Math.cos(a), cy + radius * Math.sin(a));
    }

    static double clamp(double v) {
        if (Double.isNaN(v)) {
            return 0;
        }
        return Math.max(0, Math.min(100, v));
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}

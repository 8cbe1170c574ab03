package org.cocrea.reporting.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.cocrea.reporting.control.DrillRow;
import org.cocrea.reporting.control.Funnel;
import org.cocrea.reporting.control.Heatmap;
import org.cocrea.reporting.control.IdeaRow;
import org.cocrea.reporting.control.KpiDetail;
import org.cocrea.reporting.control.KpiFormat;
import org.cocrea.reporting.control.Overview;
import org.cocrea.reporting.control.SeriesPoint;
import org.cocrea.reporting.control.Tile;

/**
 * The executive overview and a KPI's detail as PDF (OpenPDF): the status summary, a table of every
 * KPI with its value, target, status, change and a sparkline drawn as vector lines, the pipeline,
 * the engagement trend and the climate heatmap; for one KPI its time series chart with the target
 * line, the periods, the units and campaigns below and the ideas at a campaign.
 *
 * <p>Texts are in English: the standard PDF fonts need no embedding but cover Western European
 * characters only (see {@code UnitReportPdf}); other characters in names print as "?". The Excel
 * export carries every character. Instances are thread-safe; each call builds its own document.
 */
public final class DashboardPdf {

    private static final float MARGIN = 36;
    private static final Color HEADER = new Color(0xE8, 0xEC, 0xF2);
    private static final Color INK = new Color(0x1F, 0x2A, 0x37);
    private static final Color MUTED = new Color(0x5B, 0x67, 0x77);
    private static final Color TEAL = new Color(0x0F, 0x76, 0x6E);
    private static final Color AMBER_LINE = new Color(0xB4, 0x53, 0x09);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The colour of a status. */
    static Color statusColour(String status) {
        return switch (status) {
            case "green" -> new Color(0x15, 0x80, 0x3D);
            case "amber" -> new Color(0xB4, 0x53, 0x09);
            case "red" -> new Color(0xB9, 0x1C, 0x1C);
            default -> new Color(0x94, 0xA3, 0xB8);
        };
    }

    /** Writes the overview. */
    public void writeOverview(Overview o, ZoneId zone, OutputStream out) throws IOException {
        Fonts f = new Fonts();
        Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            String title = "KPI overview: " + scopeName(o.scopeLabel());
            document.addTitle(f.safe(title));
            document.addCreator("Cocrea");
            document.open();
            document.add(new Paragraph(f.safe(title), f.title));
            document.add(new Paragraph(
                    subtitle(
                            o.filter().grain().code(),
                            o.filter().from().toString(),
                            o.filter().to().toString(),
                            o.updatedAt(),
                            zone),
                    f.muted));
            Paragraph summary = new Paragraph(
                    o.count("green") + " on target   " + o.count("amber") + " close to target   " + o.count("red")
                            + " off target   " + o.count("none") + " without a target or value",
                    f.bold);
            summary.setSpacingBefore(6);
            summary.setSpacingAfter(8);
            document.add(summary);

            PdfPTable table = new PdfPTable(new float[] {30, 9, 12, 12, 9, 10, 18});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : List.of("KPI", "Period", "Value", "Target", "Status", "Change", "Trend")) {
                table.addCell(header(h, f));
            }
            for (Tile t : o.tiles()) {
                PdfPCell name = new PdfPCell(new Phrase(f.safe(t.name()), f.normal));
                name.setPadding(4);
                table.addCell(name);
                table.addCell(cell(t.period(), f.normal, Element.ALIGN_LEFT));
                table.addCell(cell(f.safe(KpiFormat.value(t.value(), t.unit())), f.bold, Element.ALIGN_RIGHT));
                table.addCell(cell(f.safe(KpiFormat.value(t.target(), t.unit())), f.normal, Element.ALIGN_RIGHT));
                PdfPCell status = cell(
                        label(t.status()), new Font(f.boldBase, 8, Font.NORMAL, Color.WHITE), Element.ALIGN_CENTER);
                status.setBackgroundColor(statusColour(t.status()));
                table.addCell(status);
                table.addCell(cell(f.safe(KpiFormat.change(t.change(), t.unit())), f.normal, Element.ALIGN_RIGHT));
                PdfPCell spark = new PdfPCell(new Phrase(" ", f.normal));
                spark.setMinimumHeight(20);
                spark.setCellEvent(new Sparkline(t.series(), t.targets()));
                table.addCell(spark);
            }
            document.add(table);

            Funnel funnel = o.funnel();
            document.add(heading("Pipeline at the end of " + funnel.period(), f));
            PdfPTable stages = new PdfPTable(funnel.stages().size() + 2);
            stages.setWidthPercentage(100);
            for (Funnel.StageCount s : funnel.stages()) {
                stages.addCell(header(capital(s.stage()), f));
            }
            stages.addCell(header("Submitted in range", f));
            stages.addCell(header("Conversion", f));
            for (Funnel.StageCount s : funnel.stages()) {
                stages.addCell(cell(Long.toString(s.ideas()), f.bold, Element.ALIGN_CENTER));
            }
            stages.addCell(cell(Long.toString(funnel.submitted()), f.bold, Element.ALIGN_CENTER));
            stages.addCell(cell(KpiFormat.value(funnel.conversion(), "%"), f.bold, Element.ALIGN_CENTER));
            document.add(stages);

            document.add(heading("Customer engagement index (organisation)", f));
            document.add(chart(o.engagement(), "index 0–100", f));

            if (!o.climate().rows().isEmpty()) {
                document.add(heading("Innovation-climate index by unit", f));
                document.add(heatmap(o.climate(), f));
                document.add(small(
                        "Units whose climate result is hidden by the survey's anonymity rules have no value.", f));
            }
            document.add(small(
                    "Values of computed KPIs come from period snapshots kept up to date from the activity;"
                            + " entered KPIs from the values the innovation office entered. Status: green on or better than"
                            + " target, amber within the KPI's tolerance, red beyond it.",
                    f));
            document.close();
        } catch (ExceptionConverter e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Writes one KPI's detail. */
    public void writeDetail(KpiDetail d, ZoneId zone, OutputStream out) throws IOException {
        Fonts f = new Fonts();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            Tile t = d.tile();
            String title = t.name() + ": " + scopeName(d.scopeLabel());
            document.addTitle(f.safe(title));
            document.addCreator("Cocrea");
            document.open();
            document.add(new Paragraph(f.safe(title), f.title));
            document.add(new Paragraph(f.safe(t.description()), f.muted));
            document.add(new Paragraph(
                    subtitle(
                            d.filter().grain().code(),
                            d.filter().from().toString(),
                            d.filter().to().toString(),
                            null,
                            zone),
                    f.muted));
            Paragraph now = new Paragraph(
                    f.safe(t.period() + ": " + KpiFormat.value(t.value(), t.unit()) + "   target "
                            + KpiFormat.value(t.target(), t.unit()) + "   " + label(t.status()) + "   change "
                            + KpiFormat.change(t.change(), t.unit())),
                    f.bold);
            now.setSpacingBefore(6);
            document.add(now);
            document.add(heading("Time series and target", f));
            document.add(chart(d.series(), t.unit(), f));
            PdfPTable table = new PdfPTable(new float[] {20, 20, 20, 14, 26});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : List.of("Period", "Value", "Target", "Status", "Note")) {
                table.addCell(header(h, f));
            }
            for (SeriesPoint p : d.series()) {
                table.addCell(cell(p.period(), f.normal, Element.ALIGN_LEFT));
                table.addCell(cell(f.safe(KpiFormat.value(p.value(), t.unit())), f.bold, Element.ALIGN_RIGHT));
                table.addCell(cell(f.safe(KpiFormat.value(p.target(), t.unit())), f.normal, Element.ALIGN_RIGHT));
                PdfPCell status = cell(
                        label(p.status()), new Font(f.boldBase, 8, Font.NORMAL, Color.WHITE), Element.ALIGN_CENTER);
                status.setBackgroundColor(statusColour(p.status()));
                table.addCell(status);
                table.addCell(cell(p.reason() == null ? "" : f.safe(p.reason()), f.small, Element.ALIGN_LEFT));
            }
            document.add(table);
            if (!d.below().isEmpty()) {
                document.add(heading("Below " + scopeName(d.scopeLabel()) + " in " + t.period(), f));
                PdfPTable below = new PdfPTable(new float[] {46, 14, 14, 14, 12});
                below.setWidthPercentage(100);
                for (String h : List.of("Unit or campaign", "Kind", "Value", "Target", "Status")) {
                    below.addCell(header(h, f));
                }
                for (DrillRow r : d.below()) {
                    below.addCell(cell(f.safe(r.label()), f.normal, Element.ALIGN_LEFT));
                    below.addCell(cell(r.kind(), f.normal, Element.ALIGN_LEFT));
                    below.addCell(cell(f.safe(KpiFormat.value(r.value(), t.unit())), f.bold, Element.ALIGN_RIGHT));
                    below.addCell(cell(f.safe(KpiFormat.value(r.target(), t.unit())), f.normal, Element.ALIGN_RIGHT));
                    PdfPCell status = cell(
                            label(r.status()), new Font(f.boldBase, 8, Font.NORMAL, Color.WHITE), Element.ALIGN_CENTER);
                    status.setBackgroundColor(statusColour(r.status()));
                    below.addCell(status);
                }
                document.add(below);
            }
            if (!d.ideas().isEmpty()) {
                document.add(heading("Ideas", f));
                PdfPTable ideas = new PdfPTable(new float[] {40, 18, 16, 14, 6, 6});
                ideas.setWidthPercentage(100);
                for (String h : List.of("Idea", "Unit", "Stage", "Submitted", "Votes", "Comments")) {
                    ideas.addCell(header(h, f));
                }
                for (IdeaRow i : d.ideas()) {
                    ideas.addCell(cell(f.safe(i.title()), f.normal, Element.ALIGN_LEFT));
                    ideas.addCell(cell(i.unit() == null ? "" : f.safe(i.unit()), f.normal, Element.ALIGN_LEFT));
                    ideas.addCell(cell(f.safe(i.stage() + " (" + i.status() + ")"), f.small, Element.ALIGN_LEFT));
                    ideas.addCell(cell(
                            WHEN.format(i.submittedAt().atZone(zone)).substring(0, 10), f.normal, Element.ALIGN_LEFT));
                    ideas.addCell(cell(Integer.toString(i.votes()), f.normal, Element.ALIGN_RIGHT));
                    ideas.addCell(cell(Integer.toString(i.comments()), f.normal, Element.ALIGN_RIGHT));
                }
                document.add(ideas);
            }
            document.add(heading("Definition", f));
            document.add(small("Owner: " + f.safe(d.owner()) + ". Rolls up by " + d.aggregation() + ".", f));
            for (String v : d.versions()) {
                document.add(small(f.safe(v), f));
            }
            document.close();
        } catch (ExceptionConverter e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static String subtitle(String grain, String from, String to, Instant updated, ZoneId zone) {
        String s = capital(grain) + "s " + from + " to " + to;
        if (updated != null) {
            s += "   ·   snapshots updated " + WHEN.format(updated.atZone(zone));
        }
        return s + "   ·   printed " + WHEN.format(Instant.now().atZone(zone));
    }

    private static String scopeName(String label) {
        return label == null || label.isBlank() ? "whole organisation" : label;
    }

    static String label(String status) {
        return switch (status) {
            case "green" -> "On target";
            case "amber" -> "Close";
            case "red" -> "Off target";
            default -> "No target";
        };
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static PdfPCell header(String text, Fonts f) {
        PdfPCell c = new PdfPCell(new Phrase(text, f.bold));
        c.setBackgroundColor(HEADER);
        c.setPadding(4);
        return c;
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(4);
        return c;
    }

    private static Paragraph heading(String text, Fonts f) {
        Paragraph p = new Paragraph(f.safe(text), f.heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return p;
    }

    private static Paragraph small(String text, Fonts f) {
        Paragraph p = new Paragraph(f.safe(text), f.small);
        p.setSpacingBefore(4);
        return p;
    }

    /** A line chart of a series with its target as a dashed step line, in a full-width cell. */
    private static PdfPTable chart(List<SeriesPoint> series, String unit, Fonts f) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        PdfPCell c = new PdfPCell(new Phrase(" ", f.normal));
        c.setMinimumHeight(150);
        c.setBorder(Rectangle.NO_BORDER);
        c.setCellEvent(new LineChart(series, unit, f));
        t.addCell(c);
        return t;
    }

    private static PdfPTable heatmap(Heatmap h, Fonts f) {
        PdfPTable t = new PdfPTable(h.periods().size() + 1);
        t.setWidthPercentage(100);
        float[] widths = new float[h.periods().size() + 1];
        java.util.Arrays.fill(widths, 1);
        widths[0] = Math.max(4, h.periods().size() / 3f);
        t.setWidths(widths);
        t.addCell(header("Unit", f));
        for (String p : h.periods()) {
            PdfPCell c = header(p, f);
            c.setPhrase(new Phrase(p, f.tiny));
            t.addCell(c);
        }
        for (Heatmap.Row r : h.rows()) {
            t.addCell(cell(f.safe(r.label().isBlank() ? "(this scope)" : r.label()), f.small, Element.ALIGN_LEFT));
            for (Double v : r.values()) {
                PdfPCell c = cell(v == null ? "" : KpiFormat.number(v, "index"), f.tiny, Element.ALIGN_CENTER);
                if (v != null) {
                    c.setBackgroundColor(heat(v));
                }
                t.addCell(c);
            }
        }
        return t;
    }

    /** From pale (low) to deep teal (high) over 30–90. */
    static Color heat(double v) {
        double x = Math.max(0, Math.min(1, (v - 30) / 60));
        int r = (int) Math.round(0xF0 + (0x0F - 0xF0) * x);
        int g = (int) Math.round(0xF9 + (0x76 - 0xF9) * x);
        int b = (int) Math.round(0xF8 + (0x6E - 0xF8) * x);
        return new Color(r, g, b);
    }

    /** Draws a sparkline with its targets in a cell. */
    private record Sparkline(List<Double> values, List<Double> targets) implements PdfPCellEvent {
        @Override
        public void cellLayout(PdfPCell cell, Rectangle r, PdfContentByte[] canvases) {
            PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (List<Double> l : List.of(values, targets)) {
                for (Double v : l) {
                    if (v != null) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
            if (min == Double.POSITIVE_INFINITY) {
                return;
            }
            if (max == min) {
                max = min + 1;
                min = min - 1;
            }
            float x0 = r.getLeft() + 4;
            float w = r.getWidth() - 8;
            float y0 = r.getBottom() + 3;
            float h = r.getHeight() - 6;
            int n = values.size();
            cb.saveState();
            cb.setLineWidth(0.6f);
            cb.setColorStroke(AMBER_LINE);
            cb.setLineDash(2f, 2f, 0f);
            line(cb, targets, n, x0, w, y0, h, min, max);
            cb.setLineDash(0f);
            cb.setLineWidth(1.2f);
            cb.setColorStroke(TEAL);
            line(cb, values, n, x0, w, y0, h, min, max);
            cb.restoreState();
        }

        static void line(
                PdfContentByte cb,
                List<Double> v,
                int n,
                float x0,
                float w,
                float y0,
                float h,
                double min,
                double max) {
            boolean open = false;
            for (int i = 0; i < v.size(); i++) {
                Double d = v.get(i);
                if (d == null) {
                    if (open) {
                        cb.stroke();
                    }
                    open = false;
                    continue;
                }
                float x = x0 + (n <= 1 ? w / 2 : w * i / (n - 1));
                float y = (float) (y0 + h * (d - min) / (max - min));
                if (!open) {
                    cb.moveTo(x, y);
                    open = true;
                } else {
                    cb.lineTo(x, y);
                }
            }
            if (open) {
                cb.stroke();
            }
        }
    }

    /** A line chart with axes, the target as a dashed line and period labels. */
    private record LineChart(List<SeriesPoint> series, String unit, Fonts f) implements PdfPCellEvent {
        @Override
        public void cellLayout(PdfPCell cell, Rectangle r, PdfContentByte[] canvases) {
            PdfContentByte cb = canvases[PdfPTable.TEXTCANVAS];
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (SeriesPoint p : series) {
                for (Double v : new Double[] {p.value(), p.target()}) {
                    if (v != null) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
            if (min == Double.POSITIVE_INFINITY) {
                return;
            }
            if (min > 0 && min < max * 0.6) {
                min = 0;
            }
            if (max == min) {
                max = min + 1;
            }
            float left = r.getLeft() + 40;
            float right = r.getRight() - 8;
            float bottom = r.getBottom() + 18;
            float top = r.getTop() - 8;
            cb.saveState();
            cb.setColorStroke(new Color(0xE3, 0xE8, 0xEF));
            cb.setLineWidth(0.5f);
            for (int k = 0; k <= 4; k++) {
                float y = bottom + (top - bottom) * k / 4;
                cb.moveTo(left, y);
                cb.lineTo(right, y);
                cb.stroke();
                double v = min + (max - min) * k / 4;
                cb.beginText();
                cb.setFontAndSize(f.base, 7);
                cb.setColorFill(MUTED);
                cb.showTextAligned(Element.ALIGN_RIGHT, KpiFormat.number(v, unit), left - 4, y - 2, 0);
                cb.endText();
            }
            int n = series.size();
            int step = Math.max(1, n / 8);
            for (int i = 0; i < n; i += step) {
                float x = left + (n <= 1 ? (right - left) / 2 : (right - left) * i / (n - 1));
                cb.beginText();
                cb.setFontAndSize(f.base, 7);
                cb.setColorFill(MUTED);
                cb.showTextAligned(Element.ALIGN_CENTER, series.get(i).period(), x, r.getBottom() + 6, 0);
                cb.endText();
            }
            List<Double> values = series.stream().map(SeriesPoint::value).toList();
            List<Double> targets = series.stream().map(SeriesPoint::target).toList();
            cb.setColorStroke(AMBER_LINE);
            cb.setLineWidth(1f);
            cb.setLineDash(4f, 3f, 0f);
            Sparkline.line(cb, targets, n, left, right - left, bottom, top - bottom, min, max);
            cb.setLineDash(0f);
            cb.setColorStroke(TEAL);
            cb.setLineWidth(2f);
            Sparkline.line(cb, values, n, left, right - left, bottom, top - bottom, min, max);
            for (int i = 0; i < n; i++) {
                SeriesPoint p = series.get(i);
                if (p.value() == null) {
                    continue;
                }
                float x = left + (n <= 1 ? (right - left) / 2 : (right - left) * i / (n - 1));
                float y = (float) (bottom + (top - bottom) * (p.value() - min) / (max - min));
                cb.setColorFill(statusColour(p.status()));
                cb.circle(x, y, 2.5f);
                cb.fill();
            }
            cb.restoreState();
        }
    }

    /** Helvetica in the sizes used, and a filter for characters the font cannot show. */
    static final class Fonts {
        final BaseFont base;
        final BaseFont boldBase;
        final Font title;
        final Font heading;
        final Font bold;
        final Font normal;
        final Font small;
        final Font tiny;
        final Font muted;

        Fonts() {
            try {
                base = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
                boldBase = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException("the standard PDF fonts could not be loaded", e);
            }
            title = new Font(boldBase, 16, Font.NORMAL, INK);
            heading = new Font(boldBase, 11, Font.NORMAL, INK);
            bold = new Font(boldBase, 9, Font.NORMAL, INK);
            normal = new Font(base, 9, Font.NORMAL, INK);
            small = new Font(base, 8, Font.NORMAL, MUTED);
            tiny = new Font(base, 6, Font.NORMAL, INK);
            muted = new Font(base, 9, Font.NORMAL, MUTED);
        }

        /** The text with typographic signs the font lacks spelt out and anything else as "?". */
        String safe(String s) {
            if (s == null) {
                return "";
            }
            String t = s.replace('\u2212', '-')
                    .replace("\u2264", "<=")
                    .replace("\u2265", ">=")
                    .replace("\u2248", "~")
                    .replace('\u00a0', ' ');
            StringBuilder b = new StringBuilder(t.length());
            t.codePoints().forEach(cp -> {
                if (Character.isWhitespace(cp) || base.charExists(cp)) {
                    b.appendCodePoint(cp);
                } else {
                    b.append('?');
                }
            });
            return b.toString();
        }
    }
}

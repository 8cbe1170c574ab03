package org.cocrea.analytics.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.cocrea.analytics.evidence.SimpleSlopes;

/**
 * A report as a PDF document (OpenPDF), A4 portrait: title and header lines, a summary of every
 * warning, then each table in APA layout (number in bold, title in italics, rules above and below
 * the header and below the body), its notes, its reading and its warnings; the simple-slopes table
 * is followed by a line chart. Text uses the standard Helvetica font (not embedded); Greek letters
 * and mathematical signs come from the Liberation Sans font that OpenPDF ships, embedded as a
 * subset.
 */
final class PdfReportWriter {

    private static final float BODY = 9f;
    private static final float SMALL = 8f;
    private static final Color WARNING = new Color(0x99, 0x1B, 0x1B);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private final BaseFont regular;
    private final BaseFont boldFont;
    private final BaseFont italicFont;

    private PdfReportWriter() throws IOException {
        regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        boldFont = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        italicFont = BaseFont.createFont(BaseFont.HELVETICA_OBLIQUE, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
    }

    static void write(Report report, OutputStream out) throws IOException {
        new PdfReportWriter().render(report, out);
    }

    private enum Style {
        REGULAR,
        BOLD,
        ITALIC
    }

    /**
     * Text in Helvetica, with the characters Helvetica's Windows-1252 encoding lacks (Greek, √, ≤,
     * → …) taken from OpenPDF's fallback font.
     */
    private Phrase phrase(String text, float size, Style style, Color color) {
        FontSelector selector = new FontSelector();
        BaseFont base = switch (style) {
            case BOLD -> boldFont;
            case ITALIC -> italicFont;
            default -> regular;
        };
        selector.addFont(new Font(base, size, Font.NORMAL, color));
        // OpenPDF's selector ends with its own fallback (Liberation Sans, embedded as a subset) for
        // the characters Helvetica lacks; these set its size and colour too
        selector.setDefaultSize(size);
        selector.setDefaultColor(color);
        return selector.process(text);
    }

    private Phrase phrase(String text, float size, Style style) {
        return phrase(text, size, style, Color.BLACK);
    }

    private void render(Report report, OutputStream out) {
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new Footer(report.title()));
        document.addTitle(report.title());
        document.addCreator("Cocrea evidence engine");
        document.open();

        Paragraph title = new Paragraph(phrase(report.title(), 16, Style.BOLD));
        title.setSpacingAfter(6);
        document.add(title);
        for (String line : report.headerLines()) {
            document.add(new Paragraph(phrase(line, BODY, Style.REGULAR)));
        }
        List<String> warnings = report.allWarnings();
        if (!warnings.isEmpty()) {
            Paragraph heading = new Paragraph(phrase("Warnings", 11, Style.BOLD));
            heading.setSpacingBefore(10);
            heading.setSpacingAfter(2);
            document.add(heading);
            for (String w : warnings) {
                Paragraph p = new Paragraph(phrase("\u2022 " + w, BODY, Style.REGULAR, WARNING));
                p.setIndentationLeft(8);
                p.setSpacingAfter(2);
                document.add(p);
            }
        }
        for (ReportTable t : report.tables()) {
            table(document, t);
            if (t.key().equals("simple-slopes") && report.simpleSlopes() != null) {
                chart(document, writer, report.simpleSlopes(), t);
            }
        }
        document.close();
    }

    private void table(Document document, ReportTable t) {
        Paragraph number = new Paragraph(phrase("Table " + t.number(), 10, Style.BOLD));
        number.setSpacingBefore(16);
        number.setKeepTogether(true);
        document.add(number);
        Paragraph title = new Paragraph(phrase(t.title(), 10, Style.ITALIC));
        title.setSpacingAfter(4);
        document.add(title);

        int width = t.columns().size();
        PdfPTable table = new PdfPTable(width);
        table.setWidthPercentage(100);
        table.setWidths(columnWidths(t));
        table.setHeaderRows(1);
        table.setSplitLate(false);
        for (String column : t.columns()) {
            PdfPCell cell = cell(phrase(column, SMALL, Style.BOLD), Element.ALIGN_CENTER);
            cell.setBorder(Rectangle.TOP | Rectangle.BOTTOM);
            cell.setBorderWidthTop(0.8f);
            cell.setBorderWidthBottom(0.5f);
            table.addCell(cell);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            ReportRow row = t.rows().get(r);
            boolean last = r == t.rows().size() - 1;
            if (row.heading()) {
                PdfPCell cell = cell(phrase(row.cells().get(0).text(), SMALL, Style.ITALIC), Element.ALIGN_LEFT);
                cell.setColspan(width);
                cell.setPaddingTop(4);
                bottomRule(cell, last);
                table.addCell(cell);
                continue;
            }
            for (int c = 0; c < width; c++) {
                PdfPCell cell = cell(
                        phrase(row.cells().get(c).text(), SMALL, Style.REGULAR),
                        c == 0 ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
                bottomRule(cell, last);
                table.addCell(cell);
            }
        }
        table.setSpacingAfter(4);
        document.add(table);

        for (String note : t.notes()) {
            Paragraph p = new Paragraph();
            p.add(phrase("Note. ", SMALL, Style.ITALIC));
            p.add(phrase(note, SMALL, Style.REGULAR));
            p.setSpacingAfter(1);
            document.add(p);
        }
        for (String reading : t.readings()) {
            Paragraph p = new Paragraph(phrase(reading, BODY, Style.REGULAR));
            p.setSpacingBefore(3);
            document.add(p);
        }
        for (String w : t.warnings()) {
            Paragraph p = new Paragraph();
            p.add(phrase("Warning: ", BODY, Style.BOLD, WARNING));
            p.add(phrase(w, BODY, Style.REGULAR, WARNING));
            p.setSpacingBefore(3);
            document.add(p);
        }
    }

    private static PdfPCell cell(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(2);
        cell.setPaddingBottom(3);
        cell.setPaddingLeft(2);
        cell.setPaddingRight(2);
        return cell;
    }

    private static void bottomRule(PdfPCell cell, boolean last) {
        if (last) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderWidthBottom(0.8f);
        }
    }

    /** Relative widths from the longest text of each column (heading rows left out), within bounds. */
    private float[] columnWidths(ReportTable t) {
        int width = t.columns().size();
        float[] widths = new float[width];
        for (int c = 0; c < width; c++) {
            widths[c] = regular.getWidthPoint(t.columns().get(c), SMALL);
        }
        for (ReportRow row : t.rows()) {
            if (row.heading()) {
                continue;
            }
            for (int c = 0; c < width; c++) {
                widths[c] = Math.max(
                        widths[c], regular.getWidthPoint(row.cells().get(c).text(), SMALL));
            }
        }
        for (int c = 0; c < width; c++) {
            widths[c] = Math.max(24, Math.min(c == 0 ? 190 : 110, widths[c] + 6));
        }
        return widths;
    }

    /** A line chart of the simple slopes: predicted M over X, one line per value of W. */
    private void chart(Document document, PdfWriter writer, SimpleSlopes s, ReportTable table) {
        float w = 500;
        float h = 250;
        float left = 50;
        float bottom = 40;
        float plotW = 260;
        float plotH = 180;
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate tpl = canvas.createTemplate(w, h);

        double[] xs = s.xValues();
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (SimpleSlopes.Line line : s.lines()) {
            for (double v : line.predicted()) {
                yMin = Math.min(yMin, v);
                yMax = Math.max(yMax, v);
            }
        }
        double[] yTicks = niceTicks(yMin, yMax);
        double y0 = yTicks[0];
        double y1 = yTicks[yTicks.length - 1];
        double x0 = xs[0];
        double x1 = xs[xs.length - 1];
        if (x1 == x0) {
            x1 = x0 + 1;
        }

        // axes
        tpl.setLineWidth(0.6f);
        tpl.setColorStroke(Color.BLACK);
        tpl.moveTo(left, bottom);
        tpl.lineTo(left + plotW, bottom);
        tpl.moveTo(left, bottom);
        tpl.lineTo(left, bottom + plotH);
        tpl.stroke();
        tpl.beginText();
        tpl.setFontAndSize(regular, 7);
        tpl.setColorFill(Color.BLACK);
        for (double tick : yTicks) {
            float y = (float) (bottom + (tick - y0) / (y1 - y0) * plotH);
            tpl.showTextAligned(Element.ALIGN_RIGHT, ApaFormat.number(tick, 2), left - 4, y - 2.5f, 0);
        }
        for (double x : xs) {
            float px = (float) (left + (x - x0) / (x1 - x0) * plotW);
            tpl.showTextAligned(Element.ALIGN_CENTER, ApaFormat.number(x, 2), px, bottom - 11, 0);
        }
        tpl.showTextAligned(Element.ALIGN_CENTER, s.x(), left + plotW / 2, bottom - 24, 0);
        tpl.showTextAligned(Element.ALIGN_CENTER, "predicted " + s.m(), left - 32, bottom + plotH / 2, 90);
        tpl.endText();
        tpl.setLineWidth(0.3f);
        tpl.setColorStroke(Color.LIGHT_GRAY);
        for (double tick : yTicks) {
            float y = (float) (bottom + (tick - y0) / (y1 - y0) * plotH);
            tpl.moveTo(left - 2, y);
            tpl.lineTo(left + plotW, y);
        }
        tpl.stroke();

        // lines and legend
        float[][] dashes = {{}, {4, 2}, {1, 2}, {6, 2, 1, 2}};
        Color[] colours = {Color.BLACK, GREY, new Color(0x1F, 0x4E, 0x79), new Color(0x7F, 0x3F, 0x00)};
        for (int l = 0; l < s.lines().size(); l++) {
            SimpleSlopes.Line line = s.lines().get(l);
            double[] p = line.predicted();
            tpl.setLineWidth(1.2f);
            tpl.setColorStroke(colours[l % colours.length]);
            float[] dash = dashes[l % dashes.length];
            if (dash.length == 0) {
                tpl.setLineDash(0);
            } else {
                tpl.setLineDash(dash, 0);
            }
            for (int i = 0; i < xs.length; i++) {
                float px = (float) (left + (xs[i] - x0) / (x1 - x0) * plotW);
                float py = (float) (bottom + (p[i] - y0) / (y1 - y0) * plotH);
                if (i == 0) {
                    tpl.moveTo(px, py);
                } else {
                    tpl.lineTo(px, py);
                }
            }
            tpl.stroke();
            float ly = bottom + plotH - 12 - l * 14;
            tpl.moveTo(left + plotW + 14, ly + 2.5f);
            tpl.lineTo(left + plotW + 38, ly + 2.5f);
            tpl.stroke();
            tpl.setLineDash(0);
            tpl.beginText();
            tpl.setFontAndSize(regular, 7);
            tpl.setColorFill(Color.BLACK);
            tpl.showTextAligned(
                    Element.ALIGN_LEFT,
                    s.w() + " = " + ApaFormat.number(line.w(), 2) + " (" + line.label() + ")",
                    left + plotW + 42,
                    ly,
                    0);
            tpl.endText();
        }
        try {
            // caption and chart in the one cell of a one-row table, so that they stay on one page
            PdfPTable figure = new PdfPTable(1);
            figure.setWidthPercentage(100);
            figure.setSpacingBefore(14);
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.addElement(new Paragraph(phrase(
                    "Figure. Simple slopes of " + s.x() + " on " + s.m() + " at values of " + s.w() + " (data in Table "
                            + table.number() + ")",
                    BODY,
                    Style.ITALIC)));
            Image image = Image.getInstance(tpl);
            image.setSpacingBefore(6);
            cell.addElement(image);
            figure.addCell(cell);
            document.add(figure);
        } catch (BadElementException e) {
            throw new IllegalStateException("the chart could not be drawn", e);
        }
    }

    /** About five round tick values covering [min, max]. */
    static double[] niceTicks(double min, double max) {
        if (!(max > min)) {
            min -= 0.5;
            max += 0.5;
        }
        double raw = (max - min) / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (raw <= m * magnitude) {
                step = m * magnitude;
                break;
            }
        }
        double start = Math.floor(min / step) * step;
        double end = Math.ceil(max / step) * step;
        int n = (int) Math.round((end - start) / step) + 1;
        double[] ticks = new double[n];
        for (int i = 0; i < n; i++) {
            ticks[i] = start + i * step;
        }
        return ticks;
    }

    /** "Title · page N" at the foot of each page. */
    private final class Footer extends PdfPageEventHelper {
        private final String title;

        Footer(String title) {
            this.title = title;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            canvas.beginText();
            canvas.setFontAndSize(regular, 7);
            canvas.setColorFill(GREY);
            canvas.showTextAligned(
                    Element.ALIGN_CENTER,
                    title + " \u00B7 page " + writer.getPageNumber(),
                    (document.left() + document.right()) / 2,
                    document.bottom() - 20,
                    0);
            canvas.endText();
        }
    }
}

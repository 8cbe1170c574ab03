package org.cocrea.climate.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.cocrea.climate.control.Coefficient;
import org.cocrea.climate.control.FactorQuality;
import org.cocrea.climate.control.FactorResult;
import org.cocrea.climate.control.Heatmap;
import org.cocrea.climate.control.ItemResult;
import org.cocrea.climate.control.RoundResults;
import org.cocrea.climate.entity.Text;

/**
 * Writes a unit's report, or the organisation overview, as PDF from {@link RoundResults}.
 *
 * <p>A unit report holds the title (the unit), the instrument, round and date, n, a factor table
 * (mean, SD, favourable share, r<sub>wg(j)</sub>, change), an item table, the comments if they may
 * be shown, and the notes on scoring and anonymity. The organisation overview adds the reliability
 * and ICC table and the factor means of every unit (hidden units named, marked "hidden", without
 * figures).
 *
 * <p><b>Fonts.</b> The PDF uses the standard Helvetica fonts, which every PDF reader has and which
 * need not be embedded, but which only cover the Western European (WinAnsi) characters. No font
 * with Chinese glyphs is available on the servers, so an instrument text that the font cannot show
 * in the requested language (e.g. Chinese) is printed in English instead; characters outside the
 * font in unit names and comments are printed as "?", and a comment that is mostly such characters
 * is replaced by a note pointing to the Excel export, which shows every character.
 *
 * <p>Instances are immutable and thread-safe; each call builds its own document.
 */
public final class UnitReportPdf {

    private static final float MARGIN = 40;
    private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEC, 0xF2);
    private static final Color HIDDEN_TEXT = new Color(0x70, 0x70, 0x70);

    /**
     * Writes the report of a unit or of a shown "other teams" group.
     *
     * @param results the round's results
     * @param groupId a unit id, an {@link org.cocrea.climate.control.OtherTeamsResult#id()}, or
     *     {@link RoundResults#ORGANISATION_ID} for the overview
     * @param language the language of the instrument texts (English or Chinese; others give English)
     * @param out where the PDF goes; not closed
     * @throws HiddenResultException if the unit's result is hidden
     * @throws IllegalArgumentException if there is no such unit or shown group
     * @throws IOException if writing fails
     */
    public void writeUnit(RoundResults results, String groupId, Locale language, OutputStream out) throws IOException {
        Fonts fonts = new Fonts();
        write(ReportContent.group(results, groupId, language, text -> fonts.choose(text, language)), fonts, out);
    }

    /**
     * Writes the organisation overview.
     *
     * @throws HiddenResultException if the round has fewer respondents than the anonymity threshold
     * @throws IOException if writing fails
     */
    public void writeOrganisation(RoundResults results, Locale language, OutputStream out) throws IOException {
        Fonts fonts = new Fonts();
        write(ReportContent.organisation(results, language, text -> fonts.choose(text, language)), fonts, out);
    }

    private void write(ReportContent c, Fonts fonts, OutputStream out) throws IOException {
        if (out == null) {
            throw new IllegalArgumentException("out must not be null");
        }
        boolean wide = c.organisation && c.instrument().factors().size() > 5;
        Rectangle page = wide ? PageSize.A4.rotate() : PageSize.A4;
        Document document = new Document(page, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle(fonts.safe(c.title() + " – " + c.results.roundName()));
            document.addCreator("Cocrea");
            document.open();

            document.add(new Paragraph(fonts.safe(c.title()), fonts.title));
            document.add(new Paragraph(fonts.safe(c.subtitle()), fonts.normal));
            Paragraph n = new Paragraph(c.respondentsLine(), fonts.bold);
            n.setSpacingAfter(10);
            document.add(n);

            document.add(heading("Factors", fonts));
            document.add(factorTable(c, fonts));
            if (c.organisation) {
                document.add(heading("Reliability and shared climate", fonts));
                document.add(qualityTable(c, fonts));
                document.add(small(c.qualityNote(), fonts));
            }
            document.add(heading("Items", fonts));
            document.add(itemTable(c, fonts));
            if (c.organisation) {
                document.add(heading("Units", fonts));
                document.add(unitTable(c, fonts));
            }
            addComments(document, c, fonts);
            document.add(heading("Notes", fonts));
            for (String note : c.notes()) {
                document.add(small(note, fonts));
            }
            document.close();
        } catch (ExceptionConverter e) {
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    private static PdfPTable factorTable(ReportContent c, Fonts fonts) {
        PdfPTable table = table(new float[] {4, 1.2f, 1.2f, 1.5f, 1.3f, 1.3f});
        header(table, fonts, "Factor", "Mean", "SD", "Favourable", "rwg(j)", "Change");
        for (FactorResult f : c.group.factors()) {
            table.addCell(cell(fonts.safe(c.factorName(f.factorKey())), fonts.normal, Element.ALIGN_LEFT));
            table.addCell(number(ReportContent.format(f.mean()), fonts));
            table.addCell(number(ReportContent.format(f.standardDeviation()), fonts));
            table.addCell(number(ReportContent.percent(f.distribution().favourable()), fonts));
            table.addCell(number(
                    ReportContent.format(f.rwgJ()) + (f.lacksAgreement() ? ReportContent.LACKS_AGREEMENT_MARK : ""),
                    fonts));
            table.addCell(number(ReportContent.change(f.change()), fonts));
        }
        return table;
    }

    private static PdfPTable qualityTable(ReportContent c, Fonts fonts) {
        PdfPTable table = table(new float[] {3, 0.9f, 1.1f, 1.1f, 1.1f, 1.1f, 5});
        header(table, fonts, "Factor", "Items", "Alpha", "Omega", "ICC(1)", "ICC(2)", "Reading");
        for (FactorQuality q : c.quality()) {
            table.addCell(cell(fonts.safe(c.factorName(q.factorKey())), fonts.normal, Element.ALIGN_LEFT));
            table.addCell(number(Integer.toString(q.items()), fonts));
            table.addCell(number(coefficient(q.alpha()), fonts));
            table.addCell(number(coefficient(q.omega()), fonts));
            table.addCell(number(coefficient(q.icc1()), fonts));
            table.addCell(number(coefficient(q.icc2()), fonts));
            table.addCell(cell(q.reading().description(), fonts.small, Element.ALIGN_LEFT));
        }
        return table;
    }

    private static String coefficient(Coefficient c) {
        return c.computable() ? ReportContent.format(c.value()) : ReportContent.NOT_COMPUTABLE;
    }

    private static PdfPTable itemTable(ReportContent c, Fonts fonts) {
        PdfPTable table = table(new float[] {6, 1.1f, 1.1f, 1.4f, 1.3f, 1.6f});
        header(table, fonts, "Item", "Mean", "SD", "Favourable", "Neutral", "Unfavourable");
        String factor = null;
        for (ItemResult item : c.group.items()) {
            if (!item.factorKey().equals(factor)) {
                factor = item.factorKey();
                PdfPCell group = cell(fonts.safe(c.factorName(factor)), fonts.bold, Element.ALIGN_LEFT);
                group.setColspan(6);
                table.addCell(group);
            }
            String text = fonts.safe(c.itemText(item.itemKey())) + (item.reverse() ? ReportContent.REVERSE_MARK : "");
            table.addCell(cell(text, fonts.normal, Element.ALIGN_LEFT));
            table.addCell(number(ReportContent.format(item.mean()), fonts));
            table.addCell(number(ReportContent.format(item.standardDeviation()), fonts));
            table.addCell(number(ReportContent.percent(item.distribution().favourable()), fonts));
            table.addCell(number(ReportContent.percent(item.distribution().neutral()), fonts));
            table.addCell(number(ReportContent.percent(item.distribution().unfavourable()), fonts));
        }
        return table;
    }

    /** Factor means of every unit; hidden units are named and marked, without figures. */
    private static PdfPTable unitTable(ReportContent c, Fonts fonts) {
        List<String> keys = c.results.heatmap().factorKeys();
        float[] widths = new float[keys.size() + 1];
        widths[0] = 5;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.3f;
        }
        PdfPTable table = table(widths);
        table.addCell(headerCell("Unit", fonts));
        for (String key : keys) {
            table.addCell(headerCell(fonts.safe(c.factorName(key)), fonts));
        }
        for (Heatmap.Row row : c.heatmapRows) {
            PdfPCell name =
                    cell(fonts.safe(row.label()), row.visible() ? fonts.normal : fonts.hidden, Element.ALIGN_LEFT);
            name.setPaddingLeft(3 + 10 * Math.max(0, row.depth() + 1));
            table.addCell(name);
            for (Double mean : row.means()) {
                table.addCell(
                        row.visible()
                                ? number(ReportContent.format(mean), fonts)
                                : cell(ReportContent.HIDDEN, fonts.hidden, Element.ALIGN_RIGHT));
            }
        }
        return table;
    }

    private static void addComments(Document document, ReportContent c, Fonts fonts) {
        document.add(heading("Comments", fonts));
        if (!c.group.commentsShown()) {
            document.add(small(c.commentsNotShownNote(), fonts));
            return;
        }
        if (c.group.comments().isEmpty()) {
            document.add(small(ReportContent.noCommentsNote(), fonts));
            return;
        }
        for (String comment : c.group.comments()) {
            Paragraph p = new Paragraph(fonts.comment(comment), fonts.normal);
            p.setIndentationLeft(10);
            p.setSpacingAfter(4);
            document.add(p);
        }
    }

    private static Paragraph heading(String text, Fonts fonts) {
        Paragraph p = new Paragraph(text, fonts.heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        return p;
    }

    private static Paragraph small(String text, Fonts fonts) {
        Paragraph p = new Paragraph(fonts.safe(text), fonts.small);
        p.setSpacingAfter(3);
        return p;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        return table;
    }

    private static void header(PdfPTable table, Fonts fonts, String... labels) {
        for (String label : labels) {
            table.addCell(headerCell(label, fonts));
        }
    }

    private static PdfPCell headerCell(String text, Fonts fonts) {
        PdfPCell cell = cell(text, fonts.bold, Element.ALIGN_LEFT);
        cell.setBackgroundColor(HEADER_BACKGROUND);
        return cell;
    }

    private static PdfPCell number(String text, Fonts fonts) {
        return cell(text, fonts.normal, Element.ALIGN_RIGHT);
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    /** The standard fonts of one document, and what they can show. */
    private static final class Fonts {
        final BaseFont base;
        final Font title;
        final Font heading;
        final Font bold;
        final Font normal;
        final Font small;
        final Font hidden;

        Fonts() {
            try {
                base = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
                BaseFont boldBase =
                        BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
                title = new Font(boldBase, 16);
                heading = new Font(boldBase, 12);
                bold = new Font(boldBase, 9);
                normal = new Font(base, 9);
                small = new Font(base, 8);
                hidden = new Font(base, 9, Font.ITALIC, HIDDEN_TEXT);
            } catch (IOException e) {
                throw new UncheckedIOException("the standard PDF fonts could not be loaded", e);
            }
        }

        /** The text in the requested language if the font can show it, else the English one. */
        String choose(Text text, Locale language) {
            String wanted = text.in(language);
            if (wanted.isBlank()) {
                wanted = text.en();
            }
            if (showable(wanted)) {
                return wanted;
            }
            return safe(text.en());
        }

        boolean showable(String s) {
            return unshowable(substitute(s)) == 0;
        }

        /** The text with common typographic signs spelt out and anything else unshowable as "?". */
        String safe(String s) {
            String t = substitute(s);
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

        /** A comment as written, or a pointer to the Excel export if the font can show little of it. */
        String comment(String comment) {
            String t = substitute(comment);
            long letters =
                    t.codePoints().filter(cp -> !Character.isWhitespace(cp)).count();
            if (unshowable(t) * 2 > letters) {
                return "[This comment uses characters the PDF fonts cannot show; see the Excel export.]";
            }
            return safe(t);
        }

        private long unshowable(String s) {
            return s.codePoints()
                    .filter(cp -> !Character.isWhitespace(cp) && !base.charExists(cp))
                    .count();
        }

        private static String substitute(String s) {
            return s.replace('\u2212', '-')
                    .replace("≥", ">=")
                    .replace("≤", "<=")
                    .replace('\u00A0', ' ');
        }
    }
}

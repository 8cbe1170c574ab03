package org.cocrea.reporting.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocrea.reporting.control.DrillRow;
import org.cocrea.reporting.control.Funnel;
import org.cocrea.reporting.control.Heatmap;
import org.cocrea.reporting.control.IdeaRow;
import org.cocrea.reporting.control.KpiDetail;
import org.cocrea.reporting.control.Overview;
import org.cocrea.reporting.control.SeriesPoint;
import org.cocrea.reporting.control.Tile;

/**
 * The executive overview and a KPI's detail as an Excel workbook (Apache POI): figures stored as
 * numbers (so they can be worked with) with the status as text and colour.
 *
 * <ul>
 *   <li>overview: <b>Overview</b> (one row per KPI: value, target, status, change), <b>Series</b>
 *       (KPIs × periods, value and target rows), <b>Pipeline</b>, <b>Climate</b> (units × periods);
 *   <li>detail: <b>Series</b> (period, value, target, status), <b>Below</b> (units and campaigns),
 *       <b>Ideas</b> at a campaign, <b>Definition</b> (owner, roll-up, versions).
 * </ul>
 *
 * Instances are thread-safe; each call builds its own workbook.
 */
public final class DashboardExcel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** Writes the overview. */
    public void writeOverview(Overview o, ZoneId zone, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles s = new Styles(wb);
            Sheet sheet = wb.createSheet("Overview");
            int r = 0;
            text(sheet.createRow(r++), 0, "KPI overview: " + scope(o.scopeLabel()), s.title);
            text(
                    sheet.createRow(r++),
                    0,
                    o.filter().grain().code() + "s " + o.filter().from() + " to "
                            + o.filter().to(),
                    null);
            r++;
            Row h = sheet.createRow(r++);
            String[] heads = {
                "KPI", "Key", "Kind", "Unit", "Better", "Period", "Value", "Target", "Status", "Change", "Note"
            };
            for (int i = 0; i < heads.length; i++) {
                text(h, i, heads[i], s.header);
            }
            for (Tile t : o.tiles()) {
                Row row = sheet.createRow(r++);
                text(row, 0, t.name(), null);
                text(row, 1, t.key(), null);
                text(row, 2, t.kind(), null);
                text(row, 3, t.unit(), null);
                text(row, 4, t.direction(), null);
                text(row, 5, t.period(), null);
                number(row, 6, t.value(), s.number);
                number(row, 7, t.target(), s.number);
                text(row, 8, DashboardPdf.label(t.status()), s.status(t.status()));
                number(row, 9, t.change(), s.number);
                text(row, 10, t.reason() == null ? "" : t.reason(), null);
            }
            widths(sheet, 34, 28, 10, 16, 8, 10, 14, 14, 12, 12, 50);

            Sheet series = wb.createSheet("Series");
            Row sh = series.createRow(0);
            text(sh, 0, "KPI", s.header);
            text(sh, 1, "Row", s.header);
            List<String> periods =
                    o.tiles().isEmpty() ? List.of() : o.tiles().get(0).periods();
            for (int i = 0; i < periods.size(); i++) {
                text(sh, i + 2, periods.get(i), s.header);
            }
            int sr = 1;
            for (Tile t : o.tiles()) {
                Row values = series.createRow(sr++);
                text(values, 0, t.name(), null);
                text(values, 1, "value (" + t.unit() + ")", null);
                Row targets = series.createRow(sr++);
                text(targets, 0, t.name(), null);
                text(targets, 1, "target", null);
                for (int i = 0; i < t.series().size(); i++) {
                    number(values, i + 2, t.series().get(i), s.number);
                    number(targets, i + 2, t.targets().get(i), s.number);
                }
                if (!t.periods().equals(periods)) {
                    text(targets, t.series().size() + 2, "periods: " + String.join(", ", t.periods()), null);
                }
            }
            series.setColumnWidth(0, 34 * 256);
            series.setColumnWidth(1, 18 * 256);

            Sheet pipeline = wb.createSheet("Pipeline");
            Funnel f = o.funnel();
            text(pipeline.createRow(0), 0, "Pipeline at the end of " + f.period(), s.title);
            int pr = 2;
            for (Funnel.StageCount c : f.stages()) {
                Row row = pipeline.createRow(pr++);
                text(row, 0, c.stage(), null);
                number(row, 1, (double) c.ideas(), s.integer);
            }
            pr++;
            Row sub = pipeline.createRow(pr++);
            text(sub, 0, "Submitted in the range", null);
            number(sub, 1, (double) f.submitted(), s.integer);
            Row impl = pipeline.createRow(pr++);
            text(impl, 0, "Implemented so far", null);
            number(impl, 1, (double) f.implemented(), s.integer);
            Row conv = pipeline.createRow(pr);
            text(conv, 0, "Conversion (%)", null);
            number(conv, 1, f.conversion(), s.number);
            widths(pipeline, 28, 12);

            Sheet engagement = wb.createSheet("Engagement");
            Row eh = engagement.createRow(0);
            text(eh, 0, "Period", s.header);
            text(eh, 1, "Customer engagement index", s.header);
            text(eh, 2, "Target", s.header);
            int er = 1;
            for (SeriesPoint p : o.engagement()) {
                Row row = engagement.createRow(er++);
                text(row, 0, p.period(), null);
                number(row, 1, p.value(), s.number);
                number(row, 2, p.target(), s.number);
            }
            widths(engagement, 12, 26, 12);

            Heatmap hm = o.climate();
            Sheet climate = wb.createSheet("Climate");
            Row ch = climate.createRow(0);
            text(ch, 0, "Unit", s.header);
            for (int i = 0; i < hm.periods().size(); i++) {
                text(ch, i + 1, hm.periods().get(i), s.header);
            }
            int cr = 1;
            for (Heatmap.Row row : hm.rows()) {
                Row x = climate.createRow(cr++);
                text(x, 0, row.label().isBlank() ? "(this scope)" : row.label(), null);
                for (int i = 0; i < row.values().size(); i++) {
                    number(x, i + 1, row.values().get(i), s.number);
                }
            }
            climate.setColumnWidth(0, 34 * 256);
            wb.write(out);
        }
    }

    /** Writes one KPI's detail. */
    public void writeDetail(KpiDetail d, ZoneId zone, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles s = new Styles(wb);
            Tile t = d.tile();
            Sheet sheet = wb.createSheet("Series");
            text(sheet.createRow(0), 0, t.name() + ": " + scope(d.scopeLabel()), s.title);
            text(sheet.createRow(1), 0, t.description(), null);
            Row h = sheet.createRow(3);
            String[] heads = {"Period", "Value (" + t.unit() + ")", "Target", "Status", "Note"};
            for (int i = 0; i < heads.length; i++) {
                text(h, i, heads[i], s.header);
            }
            int r = 4;
            for (SeriesPoint p : d.series()) {
                Row row = sheet.createRow(r++);
                text(row, 0, p.period(), null);
                number(row, 1, p.value(), s.number);
                number(row, 2, p.target(), s.number);
                text(row, 3, DashboardPdf.label(p.status()), s.status(p.status()));
                text(row, 4, p.reason() == null ? "" : p.reason(), null);
            }
            widths(sheet, 14, 18, 14, 12, 50);

            Sheet below = wb.createSheet("Below");
            Row bh = below.createRow(0);
            String[] bheads = {"Unit or campaign", "Kind", "Scope", "Value", "Target", "Status"};
            for (int i = 0; i < bheads.length; i++) {
                text(bh, i, bheads[i], s.header);
            }
            int br = 1;
            for (DrillRow row : d.below()) {
                Row x = below.createRow(br++);
                text(x, 0, row.label(), null);
                text(x, 1, row.kind(), null);
                text(x, 2, row.scope(), null);
                number(x, 3, row.value(), s.number);
                number(x, 4, row.target(), s.number);
                text(x, 5, DashboardPdf.label(row.status()), s.status(row.status()));
            }
            widths(below, 36, 10, 30, 12, 12, 12);

            if (!d.ideas().isEmpty()) {
                Sheet ideas = wb.createSheet("Ideas");
                Row ih = ideas.createRow(0);
                String[] iheads = {
                    "Id",
                    "Idea",
                    "Campaign",
                    "Unit",
                    "Stage",
                    "Phase",
                    "Status",
                    "Submitted",
                    "Votes",
                    "Comments",
                    "Score"
                };
                for (int i = 0; i < iheads.length; i++) {
                    text(ih, i, iheads[i], s.header);
                }
                int ir = 1;
                for (IdeaRow i : d.ideas()) {
                    Row x = ideas.createRow(ir++);
                    number(x, 0, (double) i.id(), s.integer);
                    text(x, 1, i.title(), null);
                    text(x, 2, i.campaign(), null);
                    text(x, 3, i.unit() == null ? "" : i.unit(), null);
                    text(x, 4, i.stage(), null);
                    text(x, 5, i.phase(), null);
                    text(x, 6, i.status(), null);
                    text(x, 7, DAY.format(i.submittedAt().atZone(zone)), null);
                    number(x, 8, (double) i.votes(), s.integer);
                    number(x, 9, (double) i.comments(), s.integer);
                    number(x, 10, i.score(), s.number);
                }
                widths(ideas, 8, 40, 24, 20, 18, 14, 10, 12, 8, 10, 8);
            }

            Sheet def = wb.createSheet("Definition");
            text(def.createRow(0), 0, "Owner: " + d.owner(), null);
            text(def.createRow(1), 0, "Rolls up by " + d.aggregation(), null);
            int dr = 3;
            for (String v : d.versions()) {
                text(def.createRow(dr++), 0, v, null);
            }
            def.setColumnWidth(0, 100 * 256);
            wb.write(out);
        }
    }

    private static String scope(String label) {
        return label == null || label.isBlank() ? "whole organisation" : label;
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static void number(Row row, int col, Double value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null && Double.isFinite(value)) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
    }

    private static void widths(Sheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle number;
        final CellStyle integer;
        final XSSFWorkbook wb;
        final java.util.Map<String, CellStyle> status = new java.util.HashMap<>();

        Styles(XSSFWorkbook wb) {
            this.wb = wb;
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0.0##"));
            integer = wb.createCellStyle();
            integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        }

        CellStyle status(String s) {
            return status.computeIfAbsent(s, k -> {
                XSSFCellStyle st = wb.createCellStyle();
                java.awt.Color c = DashboardPdf.statusColour(k);
                st.setFillForegroundColor(
                        new XSSFColor(new byte[] {(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()}, null));
                st.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                Font white = wb.createFont();
                white.setBold(true);
                white.setColor(IndexedColors.WHITE.getIndex());
                st.setFont(white);
                return st;
            });
        }
    }
}

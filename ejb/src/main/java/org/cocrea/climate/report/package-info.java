/**
 * PDF and Excel exports of climate-survey results, written from {@link
 * org.cocrea.climate.control.RoundResults} alone: what the results hide (units below the anonymity
 * threshold and those hidden to protect them) cannot reach a report, and asking for such a unit
 * fails with {@link org.cocrea.climate.report.HiddenResultException}.
 *
 * <ul>
 *   <li>{@link org.cocrea.climate.report.UnitReportPdf}: a unit's (or "other teams" group's) report
 *       and the organisation overview as PDF (OpenPDF);
 *   <li>{@link org.cocrea.climate.report.UnitReportExcel}: the same as an Excel workbook (Apache
 *       POI), with the full distributions and a heatmap sheet.
 * </ul>
 *
 * Labels are English; instrument texts (instrument, factor and item names, scale labels) come in
 * the requested language.
 */
package org.cocrea.climate.report;

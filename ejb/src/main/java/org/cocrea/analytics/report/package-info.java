/**
 * The results report of the evidence engine: {@link org.cocrea.analytics.report.EvidenceReport}
 * turns an {@link org.cocrea.analytics.evidence.EvidenceResult} into a {@link
 * org.cocrea.analytics.report.Report} of APA-style tables as plain data ({@link
 * org.cocrea.analytics.report.ReportTable}: title, column headers, rows of formatted cells, notes,
 * plain-language readings, warnings), and {@link org.cocrea.analytics.report.ReportExporter} writes
 * it as PDF, Excel or a ZIP of CSV files. Numbers follow {@link
 * org.cocrea.analytics.report.ApaFormat}; effect sentences come from {@link
 * org.cocrea.analytics.report.Readings}.
 */
package org.cocrea.analytics.report;

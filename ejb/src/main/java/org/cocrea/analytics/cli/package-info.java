/**
 * The evidence engine on the command line, without the server: reads survey items from a CSV or
 * Excel file ({@link org.cocrea.analytics.data.DataTable}) and a model specification in JSON ({@link
 * org.cocrea.analytics.cli.ModelSpec}: the column mapping and the analyses), runs them with {@link
 * org.cocrea.analytics.evidence.EvidenceAnalysis} ({@link org.cocrea.analytics.cli.EvidenceRunner})
 * and prints the results as JSON ({@link org.cocrea.analytics.cli.JsonResults}). Entry point:
 * {@link org.cocrea.analytics.cli.EvidenceCli}; the format is documented in {@code
 * docs/evidence-cli.md}.
 */
package org.cocrea.analytics.cli;

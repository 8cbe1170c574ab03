/**
 * The evidence engine on the command line, without the server: reads survey items from a CSV file
 * ({@link org.cocrea.analytics.cli.ItemData}) and a model specification in JSON ({@link
 * org.cocrea.analytics.cli.ModelSpec}), scores the constructs ({@link
 * org.cocrea.analytics.cli.ConstructScores}), runs the requested analyses ({@link
 * org.cocrea.analytics.cli.EvidenceRunner}) and prints the results as JSON ({@link
 * org.cocrea.analytics.cli.JsonResults}). Entry point: {@link org.cocrea.analytics.cli.EvidenceCli};
 * the format is documented in {@code docs/evidence-cli.md}.
 */
package org.cocrea.analytics.cli;

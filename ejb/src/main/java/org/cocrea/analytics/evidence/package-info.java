/**
 * The evidence engine's analysis run: the {@link org.cocrea.analytics.evidence.Analysis analyses}
 * that can be asked for, {@link org.cocrea.analytics.evidence.EvidenceAnalysis} which runs them on
 * uploaded data with a column mapping (with progress and cancellation), and the serialisable {@link
 * org.cocrea.analytics.evidence.EvidenceResult}.
 */
package org.cocrea.analytics.evidence;

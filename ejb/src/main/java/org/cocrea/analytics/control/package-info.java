/**
 * Statistics of the evidence engine, plain Java without container dependencies: ordinary least
 * squares ({@link org.cocrea.analytics.control.OlsRegression}), hierarchical regression ({@link
 * org.cocrea.analytics.control.HierarchicalRegression}) and Hayes' PROCESS models 4 and 7 ({@link
 * org.cocrea.analytics.control.ProcessModel4}, {@link org.cocrea.analytics.control.ProcessModel7})
 * with reproducible, parallel bootstrap confidence intervals.
 *
 * <p>Distributions come from Apache Commons Statistics; linear algebra from Hipparchus. Results
 * are immutable records; nothing here prints.
 */
package org.cocrea.analytics.control;

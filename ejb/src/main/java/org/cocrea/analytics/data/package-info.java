/**
 * Loading item-level data for the evidence engine: a CSV or Excel file as a {@link
 * org.cocrea.analytics.data.DataTable}, a {@link org.cocrea.analytics.data.DataPreview} for the
 * mapping screen, the {@link org.cocrea.analytics.data.ColumnMapping} (constructs and their item
 * columns, reverse-keyed items and scales, group column, controls, missing-data rule), and the {@link
 * org.cocrea.analytics.data.PreparedData} the analyses run on. Problems are reported as {@link
 * org.cocrea.analytics.data.InputException} with a list of {@link
 * org.cocrea.analytics.data.DataProblem}s that name the column and the row as the user sees it.
 */
package org.cocrea.analytics.data;

/**
 * The evidence engine in the application: preview an uploaded file, save an analysis (file, column
 * mapping, analyses), run it in the background with progress and cancellation kept in the
 * database, and read, export and compare the results.
 */
package org.cocrea.analytics.boundary;

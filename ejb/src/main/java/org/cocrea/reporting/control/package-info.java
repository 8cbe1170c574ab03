/**
 * What the executive dashboards and reports show, as plain records (no numbers that JSON cannot
 * carry: a missing value is null): the {@link org.cocrea.reporting.control.DashboardFilter} kept in
 * the address, {@link org.cocrea.reporting.control.Overview} with its {@link
 * org.cocrea.reporting.control.Tile}s, {@link org.cocrea.reporting.control.KpiDetail} with its
 * series and drill-down.
 */
package org.cocrea.reporting.control;

/**
 * Plain-Java KPI logic, free of container and persistence dependencies:
 *
 * <ul>
 *   <li>the vocabulary: {@link org.cocrea.kpi.control.Period} (month, quarter, year: parsing,
 *       containment, roll-up), {@link org.cocrea.kpi.control.Grain}, {@link
 *       org.cocrea.kpi.control.Direction}, {@link org.cocrea.kpi.control.Scope};
 *   <li>definitions: {@link org.cocrea.kpi.control.KpiDefinition}, {@link
 *       org.cocrea.kpi.control.Aggregation}, {@link org.cocrea.kpi.control.KpiCatalogue} (versions,
 *       so history keeps its definition) and {@link org.cocrea.kpi.control.BuiltInKpis} (twelve
 *       computed, four entered);
 *   <li>computed KPIs: the events other features report ({@link
 *       org.cocrea.kpi.control.KpiEvent}), per-period snapshots of additive components ({@link
 *       org.cocrea.kpi.control.KpiSnapshot}) kept current by {@link
 *       org.cocrea.kpi.control.SnapshotEngine}, rebuilt identically by {@link
 *       org.cocrea.kpi.control.Recompute}, read by {@link org.cocrea.kpi.control.KpiReadings};
 *   <li>entered KPIs: {@link org.cocrea.kpi.control.MeasurementInput} (form and REST), {@link
 *       org.cocrea.kpi.control.MeasurementRows} (CSV and XLSX, all-or-nothing) and {@link
 *       org.cocrea.kpi.control.MeasurementLedger} (corrections and roll-up);
 *   <li>targets: {@link org.cocrea.kpi.control.Targets}, {@link
 *       org.cocrea.kpi.control.RagThresholds}, {@link org.cocrea.kpi.control.Trend}, {@link
 *       org.cocrea.kpi.control.Sparkline}.
 * </ul>
 *
 * <p>Every KPI, formula and rule is described in {@code docs/kpis.md}.
 */
package org.cocrea.kpi.control;

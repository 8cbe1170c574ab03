/**
 * The KPI feature's tables: KPIs with their thresholds, definition versions, targets and entered
 * values (with their corrections). Snapshots, the feed, audiences, climate results and jobs are
 * written with plain JDBC by the boundary (see {@code V13__kpi.sql}).
 */
package org.cocrea.kpi.entity;

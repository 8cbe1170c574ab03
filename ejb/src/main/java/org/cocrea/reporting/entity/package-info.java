/** Scheduled reports (the delivery log is written with JDBC). */
package org.cocrea.reporting.entity;

/** The dashboards as files: PDF (OpenPDF) and Excel (Apache POI). */
package org.cocrea.reporting.report;

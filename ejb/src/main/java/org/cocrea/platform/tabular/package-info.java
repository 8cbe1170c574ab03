/** Reading tabular files (Excel) into the rows the CSV imports use. */
package org.cocrea.platform.tabular;

/** Downloads for signed-in users that are plain addresses (the dashboards' PDF and Excel files). */
package org.cocrea.web.export;

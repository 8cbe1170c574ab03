/** Cross-cutting pieces every feature uses: business-rule failures, persistence set-up, role names. */
package org.cocrea.platform;

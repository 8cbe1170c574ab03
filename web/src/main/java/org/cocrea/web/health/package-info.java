/** MicroProfile Health checks. */
package org.cocrea.web.health;

/** Outgoing mail: one small service over Jakarta Mail, configured by {@code cocrea.mail.*}. */
package org.cocrea.platform.mail;

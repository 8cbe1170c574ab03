/**
 * REST API under {@code /api/v1}: bearer tokens from the {@code cocrea} realm, JSON bodies, errors
 * as RFC 9457 problem details naming the field at fault.
 */
package org.cocrea.web.api;

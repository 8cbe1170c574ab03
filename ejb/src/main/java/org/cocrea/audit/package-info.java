/**
 * Audit trail: an append-only record of security-relevant actions (who, what, on which record,
 * when), written by every feature and read by administrators.
 */
package org.cocrea.audit;

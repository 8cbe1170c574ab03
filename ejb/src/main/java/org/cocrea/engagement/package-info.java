/**
 * Stakeholder engagement: who the firm's customers, partners, suppliers and employees are, what
 * they do (the activity log), how engaged they are (the engagement index), what they are able to
 * contribute (the capability profile), who should be invited to co-create (identification), who
 * puts value at risk (co-destruction) and how taking part felt to them (experience).
 *
 * <p>The calculations live in {@link org.cocrea.engagement.control} as plain Java; the formulas
 * and their reasons are in {@code docs/engagement-index.md}.
 */
package org.cocrea.engagement;

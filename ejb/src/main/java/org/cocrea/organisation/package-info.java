/**
 * The organisation: the unit tree (company, division, department, team) and the employees in it.
 * Climate surveys target units, KPIs are measured per unit, and employees are linked to their
 * Keycloak user names.
 */
package org.cocrea.organisation;

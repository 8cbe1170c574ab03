package org.cocrea.reporting.control;

import java.io.Serializable;

/**
 * A unit or campaign below the scope shown, with the KPI's value in the last period: a step of the
 * drill-down (organisation → unit → campaign → ideas).
 *
 * @param scope the scope to drill into, e.g. {@code unit:RD}
 * @param kind unit or campaign
 * @param label the unit's or campaign's name
 * @param value the value, or null
 * @param target the target, or null
 * @param status green, amber, red or none
 * @param below whether it has units below it (campaigns lead to their ideas)
 */
public record DrillRow(
        String scope, String kind, String label, Double value, Double target, String status, boolean below)
        implements Serializable {}

package org.cocrea.kpi.control;

/** A KPI's status against its target (see {@link RagThresholds}). */
public enum Rag {
    /** On or better than target (within the green tolerance). */
    GREEN,
    /** Short of target, but within the amber tolerance. */
    AMBER,
    /** Further from target than the amber tolerance. */
    RED,
    /** No target for the period, or no value. */
    NONE
}

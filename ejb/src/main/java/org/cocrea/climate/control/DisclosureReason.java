package org.cocrea.climate.control;

/** Why a unit's result is shown or hidden. */
public enum DisclosureReason {
    /** Shown: at least k respondents, and no smaller group can be derived from it. */
    SHOWN,
    /** Hidden: fewer than k respondents in the unit including its sub-units. */
    BELOW_THRESHOLD,
    /**
     * Hidden although it has k or more respondents: with it visible, subtracting visible results
     * from a visible ancestor's result would reveal a group of 1..k−1 people (complementary
     * suppression). {@link UnitDisclosure#protectedUnitId()} names that ancestor.
     */
    COMPLEMENTARY
}

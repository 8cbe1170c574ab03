package org.cocrea.climate.control;

/**
 * A plain reading of ICC(1) and ICC(2) of a factor: may unit means be read as the units' shared
 * climate?
 *
 * <p>Cut-offs:
 *
 * <ul>
 *   <li>ICC(1) ≥ {@value #ICC1_CUT_OFF}: a noticeable share of the variance in individual scores
 *       lies between units. Bliese (2000, in Klein &amp; Kozlowski, <i>Multilevel Theory, Research,
 *       and Methods in Organizations</i>) reports values of .05 to .20 as typical of organisational
 *       data, and LeBreton &amp; Senter (2008, <i>Organizational Research Methods</i> 11(4)) treat
 *       .05 as a small but meaningful group effect.
 *   <li>ICC(2) ≥ {@value #ICC2_CUT_OFF}: unit means are reliable enough to tell units apart. The
 *       .70 convention for the reliability of group means goes back to Glick (1985, <i>Academy of
 *       Management Review</i> 10(3)) and is repeated by LeBreton &amp; Senter (2008).
 * </ul>
 *
 * These are rules of thumb, not tests: ICC(2) grows with the group size, so small units may fall
 * short of .70 even with a real unit effect.
 */
public enum ClimateReading {
    /** ICC(1) ≥ .05 and ICC(2) ≥ .70. */
    SHARED_CLIMATE("Units differ and their means are reliable: unit means may be read as a shared climate."),
    /** ICC(1) ≥ .05 but ICC(2) &lt; .70. */
    UNRELIABLE_UNIT_MEANS(
            "Units differ, but at these group sizes their means are not reliable enough to be read as a shared"
                    + " climate; compare units with care."),
    /** ICC(1) &lt; .05. */
    INDIVIDUAL_VIEWS(
            "Scores hardly depend on the unit: they reflect individual views more than a shared unit climate."),
    /** ICC could not be computed (e.g. fewer than two units with two or more respondents). */
    NOT_COMPUTABLE("ICC could not be computed, so there is no reading.");

    /** The ICC(1) from which units are taken to differ noticeably. */
    public static final double ICC1_CUT_OFF = 0.05;
    /** The ICC(2) from which unit means are taken as reliable. */
    public static final double ICC2_CUT_OFF = 0.70;

    private final String description;

    ClimateReading(String description) {
        this.description = description;
    }

    /** One English sentence for reports. */
    public String description() {
        return description;
    }

    /** The reading of an ICC(1), ICC(2) pair; {@link #NOT_COMPUTABLE} if either is missing. */
    public static ClimateReading of(Coefficient icc1, Coefficient icc2) {
        if (icc1 == null || icc2 == null || !icc1.computable() || !icc2.computable()) {
            return NOT_COMPUTABLE;
        }
        if (icc1.value() < ICC1_CUT_OFF) {
            return INDIVIDUAL_VIEWS;
        }
        return icc2.value() >= ICC2_CUT_OFF ? SHARED_CLIMATE : UNRELIABLE_UNIT_MEANS;
    }
}

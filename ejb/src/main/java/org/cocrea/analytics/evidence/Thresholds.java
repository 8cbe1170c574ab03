package org.cocrea.analytics.evidence;

/**
 * Conventional cut-offs the evidence engine and its report warn about. One place, so that the
 * command line's warnings and the report's agree.
 */
public final class Thresholds {

    private Thresholds() {}

    /** Fewer rows than this are a small sample for regression and bootstrap estimates. */
    public static final int SMALL_SAMPLE = 100;

    /** Cases per free parameter a CFA should have at least (Bentler and Chou's rule of thumb). */
    public static final int CFA_CASES_PER_PARAMETER = 10;

    /** Minimum of Cronbach's alpha, omega and composite reliability. */
    public static final double MIN_RELIABILITY = 0.70;

    /** Minimum of the average variance extracted. */
    public static final double MIN_AVE = 0.50;

    /** HTMT at or above this is a discriminant-validity problem (conservative threshold). */
    public static final double MAX_HTMT = 0.85;

    /** The liberal HTMT threshold. */
    public static final double MAX_HTMT_LIBERAL = 0.90;

    /** Minimum of the mean r<sub>wg(j)</sub> for aggregating individual answers to the unit. */
    public static final double MIN_RWG = 0.70;

    /** Minimum of ICC(2), the reliability of the unit means. */
    public static final double MIN_ICC2 = 0.70;

    /** Minimum CFI for an acceptable fit. */
    public static final double MIN_CFI = 0.90;

    /** CFI of a good fit (Hu and Bentler). */
    public static final double GOOD_CFI = 0.95;

    /** Maximum RMSEA for an acceptable fit. */
    public static final double MAX_RMSEA = 0.08;

    /** RMSEA of a good fit (Hu and Bentler). */
    public static final double GOOD_RMSEA = 0.06;

    /** Maximum SRMR of a good fit (Hu and Bentler). */
    public static final double MAX_SRMR = 0.08;

    /** Significance level of the tests the engine interprets. */
    public static final double ALPHA = 0.05;
}

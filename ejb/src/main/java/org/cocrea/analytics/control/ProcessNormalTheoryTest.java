package org.cocrea.analytics.control;

import java.io.Serializable;

/**
 * Normal-theory (Sobel) test of an indirect effect ab: SE = √(a²·SE(b)² + b²·SE(a)²), z = ab/SE,
 * two-sided p from the standard normal (PROCESS {@code normal=1}).
 */
public record ProcessNormalTheoryTest(double effect, double standardError, double z, double p)
        implements Serializable {}

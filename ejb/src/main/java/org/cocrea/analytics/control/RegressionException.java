package org.cocrea.analytics.control;

/**
 * The data cannot be analysed as asked: too few cases, a constant or perfectly collinear column, a
 * missing value where none is allowed. The message names the column or variable.
 */
public class RegressionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public RegressionException(String message) {
        super(message);
    }
}

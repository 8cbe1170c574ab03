package org.cocrea.kpi.control;

import java.util.Objects;

/**
 * Input that breaks a rule of the KPI feature, with the field at fault: the record component,
 * request field or file column, so that a screen can put the message beside it and the API can
 * return it as a problem detail (the boundary turns it into a {@code BusinessRuleException}). The
 * message says what to do, without repeating the field name.
 */
public class InvalidFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The field at fault, e.g. {@code period} or {@code key}. */
    public String field() {
        return field;
    }

    @Override
    public String toString() {
        return "InvalidFieldException[" + field + "]: " + getMessage();
    }
}

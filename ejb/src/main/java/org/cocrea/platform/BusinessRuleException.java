package org.cocrea.platform;

import jakarta.ejb.ApplicationException;

/**
 * A request that breaks a business rule (an unknown parent, a unit that still has people, a cycle
 * in the tree ...). Names the field at fault so screens can put the message beside it and the API
 * can return it as a problem detail. Rolls the transaction back: nothing is half-written.
 */
@ApplicationException(rollback = true)
public class BusinessRuleException extends RuntimeException {

    /** Whether the request is malformed (400) or clashes with the current state (409). */
    public enum Kind {
        INVALID,
        CONFLICT
    }

    private final String field;
    private final Kind kind;

    public BusinessRuleException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static BusinessRuleException invalid(String field, String message) {
        return new BusinessRuleException(Kind.INVALID, field, message);
    }

    public static BusinessRuleException conflict(String field, String message) {
        return new BusinessRuleException(Kind.CONFLICT, field, message);
    }

    public String getField() {
        return field;
    }

    public Kind getKind() {
        return kind;
    }
}

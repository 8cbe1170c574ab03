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

    /** One field at fault and what to do about it. */
    public record FieldProblem(String field, String message) implements java.io.Serializable {}

    private final String field;
    private final Kind kind;
    private final java.util.List<FieldProblem> problems;

    public BusinessRuleException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
        this.problems = java.util.List.of(new FieldProblem(field, message));
    }

    private BusinessRuleException(String summary, java.util.List<FieldProblem> problems) {
        super(summary);
        this.kind = Kind.INVALID;
        this.field = problems.get(0).field();
        this.problems = java.util.List.copyOf(problems);
    }

    /**
     * Several fields at fault at once (a batch, a form): every problem is listed.
     *
     * @param problems at least one
     */
    public static BusinessRuleException invalid(String summary, java.util.List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        return new BusinessRuleException(summary, problems);
    }

    /** Every field at fault, the first being {@link #getField()}. */
    public java.util.List<FieldProblem> getFieldProblems() {
        return problems;
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

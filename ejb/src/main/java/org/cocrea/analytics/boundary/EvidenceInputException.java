package org.cocrea.analytics.boundary;

import java.util.List;
import org.cocrea.analytics.data.DataProblem;
import org.cocrea.analytics.data.InputException;
import org.cocrea.platform.BusinessRuleException;

/**
 * An uploaded file, its mapping or the analyses chosen cannot be used: a business-rule violation
 * (400) that lists every problem found, each naming its column and row where it has one. The field
 * is the first problem's column, or "file" (the file as a whole) or "mapping".
 */
public class EvidenceInputException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    /** Problems listed at most, so a file with thousands of bad cells gives a readable answer. */
    static final int MAX_PROBLEMS = 50;

    private final List<DataProblem> problems;

    public EvidenceInputException(String field, String message, List<DataProblem> problems) {
        super(Kind.INVALID, field, message);
        this.problems = List.copyOf(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
    }

    /** The engine's input problem as a business-rule violation. */
    public static EvidenceInputException of(InputException e) {
        List<DataProblem> problems = e.problems();
        String field = problems.isEmpty() ? "file" : fieldOf(problems.get(0));
        return new EvidenceInputException(field, e.getMessage(), problems);
    }

    /** The field a problem is about: its column, else "file" or "mapping". */
    public static String fieldOf(DataProblem p) {
        if (p.column() != null) {
            return p.column();
        }
        return switch (p.kind()) {
            case MAPPING, UNKNOWN_COLUMN -> "mapping";
            default -> "file";
        };
    }

    /** Every problem found (at most 50), in the order found. */
    public List<DataProblem> getProblems() {
        return problems;
    }
}

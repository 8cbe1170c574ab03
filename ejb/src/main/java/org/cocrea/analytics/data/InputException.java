package org.cocrea.analytics.data;

import java.util.List;

/**
 * The data file, its column mapping or the analyses asked for cannot be used as given. The message
 * is one sentence for the user, naming the file and, where it applies, the row and column (or, on
 * the command line, the JSON path of the model specification). {@link #problems()} lists every
 * problem found, for a screen that shows them all; it is empty when the exception is about the model
 * specification file rather than the data. The command line answers it with exit code 2.
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 2L;

    private final List<DataProblem> problems;

    public InputException(String message) {
        super(message);
        this.problems = List.of();
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    /** One problem; the message is the problem's. */
    public InputException(DataProblem problem) {
        this(problem, null);
    }

    /** One problem; the message is the problem's. */
    public InputException(DataProblem problem, Throwable cause) {
        super(problem.message(), cause);
        this.problems = List.of(problem);
    }

    /**
     * Several problems: the message is the first problem's, followed by how many more there are.
     *
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public InputException(List<DataProblem> problems) {
        this(summary(problems), problems);
    }

    /** Several problems summarised by a message of the caller's. */
    public InputException(String message, List<DataProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order found (file, mapping, cells, rows, columns). */
    public List<DataProblem> problems() {
        return problems;
    }

    private static String summary(List<DataProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems to report");
        }
        String first = problems.get(0).message();
        int more = problems.size() - 1;
        return more == 0 ? first : first + " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")";
    }
}

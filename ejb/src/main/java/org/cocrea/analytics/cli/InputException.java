package org.cocrea.analytics.cli;

/**
 * The data file or the model specification cannot be used as given. The message is one sentence
 * for the researcher, naming the file and, where it applies, the JSON path or the line and column
 * of the CSV file. The command line answers it with exit code 2.
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}

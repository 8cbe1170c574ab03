package org.cocrea.launcher;

/** A failure with a message meant for the person running the command: printed without a stack trace. */
public class LauncherException extends RuntimeException {
    public LauncherException(String message) {
        super(message);
    }

    public LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}

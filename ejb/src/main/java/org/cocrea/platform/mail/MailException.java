package org.cocrea.platform.mail;

/** A message could not be sent; the message says why in words fit for a status column. */
public class MailException extends RuntimeException {

    public MailException(String message) {
        super(message);
    }

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}

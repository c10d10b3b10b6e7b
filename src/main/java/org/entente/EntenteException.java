package org.entente;

/**
 * The one unchecked exception family of Entente. Its message is a single line meant for a
 * user: it names the file, value or resource at fault and the cause.
 */
public class EntenteException extends RuntimeException {
    public EntenteException(String message) {
        super(message);
    }

    public EntenteException(String message, Throwable cause) {
        super(message, cause);
    }
}

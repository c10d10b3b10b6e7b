package org.entente;

/**
 * A request Entente cannot answer as asked: a parameter the question does not take, or a value
 * of the wrong kind. The command line exits with status 2 on it, as on any other misuse.
 */
public class UsageException extends EntenteException {
    public UsageException(String message) {
        super(message);
    }
}

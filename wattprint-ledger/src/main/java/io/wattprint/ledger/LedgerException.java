package io.wattprint.ledger;

/**
 * A ledger could not be opened, read or written. The message names the ledger (path or
 * URL, password masked), says what is wrong and what to do; it is meant for the user,
 * so a command prints it without a stack trace.
 */
public class LedgerException extends RuntimeException {
    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.wattprint.ledger.spool;

import io.wattprint.ledger.LedgerException;

/**
 * A spool file or directory could not be created, listed or read. The message names the file
 * and says what is wrong, for the user; a command prints it without a stack trace.
 */
public class SpoolException extends LedgerException {
    public SpoolException(String message) {
        super(message);
    }

    public SpoolException(String message, Throwable cause) {
        super(message, cause);
    }
}

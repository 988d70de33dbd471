package io.wattprint.ledger;

/**
 * A write that gave up because other processes held a SQLite ledger for all of the time it was given. Nothing of it
 * was written; the same write may be tried again later. Callers that can keep the data elsewhere meanwhile (the run's
 * spool file) catch it; everyone else sees a {@link LedgerException} with the same message.
 */
public final class LedgerBusyException extends LedgerException {
    LedgerBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}

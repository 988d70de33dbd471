package io.wattprint.ledger;

import java.nio.file.Path;

/** An existing SQLite ledger that this process may read but not write; reading commands open it read-only. */
final class ReadOnlyLedgerException extends LedgerException {
    private final transient Path file;

    ReadOnlyLedgerException(Path file, String message) {
        super(message);
        this.file = file;
    }

    ReadOnlyLedgerException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    Path file() { return file; }
}

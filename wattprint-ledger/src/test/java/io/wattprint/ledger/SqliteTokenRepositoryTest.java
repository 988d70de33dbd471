package io.wattprint.ledger;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token contract on SQLite, each test in its own temporary file. */
class SqliteTokenRepositoryTest extends TokenRepositoryContract {
    @TempDir
    Path dir;

    @Override
    protected String freshLedgerSpec() {
        return dir.resolve("ledger.db").toString();
    }

    @Test
    void pingFailsOnceTheConnectionIsClosed() {
        ledger.close();
        assertThatThrownBy(ledger::ping).isInstanceOf(LedgerException.class);
        ledger = null;
    }
}

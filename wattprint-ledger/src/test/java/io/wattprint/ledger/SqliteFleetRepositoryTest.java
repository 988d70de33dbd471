package io.wattprint.ledger;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The fleet contract on SQLite, each test in its own temporary file. */
class SqliteFleetRepositoryTest extends FleetRepositoryContract {
    @TempDir
    Path dir;

    @Override
    protected String freshLedgerSpec() {
        return dir.resolve("ledger.db").toString();
    }
}

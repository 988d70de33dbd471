package io.wattprint.ingest.grid;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The grid importers into a SQLite ledger. */
class SqliteGridImportTest extends GridImportContract {
    @TempDir
    Path dir;

    @Override
    protected String freshLedgerSpec() { return dir.resolve("ledger.db").toString(); }
}

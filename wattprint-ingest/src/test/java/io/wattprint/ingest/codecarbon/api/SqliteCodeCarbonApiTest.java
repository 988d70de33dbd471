package io.wattprint.ingest.codecarbon.api;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The CodeCarbon-compatible API on SQLite, each test in its own temporary file. */
class SqliteCodeCarbonApiTest extends CodeCarbonApiContract {
    @TempDir
    Path dir;

    @Override
    protected String freshLedgerSpec() {
        return dir.resolve("ledger.db").toString();
    }
}

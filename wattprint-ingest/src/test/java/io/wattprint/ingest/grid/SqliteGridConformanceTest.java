package io.wattprint.ingest.grid;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Conformance on the real files into a SQLite ledger. */
class SqliteGridConformanceTest extends GridConformanceContract {
    @TempDir
    Path dir;

    @Override
    protected String freshLedgerSpec() { return dir.resolve("ledger.db").toString(); }
}

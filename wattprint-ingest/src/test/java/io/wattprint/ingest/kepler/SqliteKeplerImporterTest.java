package io.wattprint.ingest.kepler;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The Kepler importer against a SQLite ledger. */
class SqliteKeplerImporterTest extends KeplerImporterContract {
    @TempDir
    Path ledgerDir;

    @Override
    protected String freshLedgerSpec() { return ledgerDir.resolve("ledger.db").toString(); }
}

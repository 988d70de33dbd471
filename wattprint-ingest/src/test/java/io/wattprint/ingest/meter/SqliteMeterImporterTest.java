package io.wattprint.ingest.meter;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The meter importer against a SQLite ledger. */
class SqliteMeterImporterTest extends MeterImporterContract {
    @TempDir
    Path ledgerDir;

    @Override
    protected String freshLedgerSpec() { return ledgerDir.resolve("ledger.db").toString(); }
}

package io.wattprint.ingest;

/** The ingest runner on SQLite. */
class SqliteIngestTest extends IngestContract {
    @Override
    protected String freshLedgerSpec() {
        return tmp.resolve("ledger.db").toString();
    }
}

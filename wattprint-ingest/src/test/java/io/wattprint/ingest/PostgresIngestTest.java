package io.wattprint.ingest;

import io.wattprint.testkit.EmbeddedPg;

/** The ingest runner on PostgreSQL, each test in a database of its own. */
class PostgresIngestTest extends IngestContract {
    @Override
    protected String freshLedgerSpec() throws Exception {
        return EmbeddedPg.freshDatabaseUrl();
    }
}

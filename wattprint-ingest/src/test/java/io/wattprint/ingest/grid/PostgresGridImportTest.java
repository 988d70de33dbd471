package io.wattprint.ingest.grid;

import io.wattprint.testkit.EmbeddedPg;

/** The grid importers into a PostgreSQL ledger. */
class PostgresGridImportTest extends GridImportContract {
    @Override
    protected String freshLedgerSpec() throws Exception { return EmbeddedPg.freshDatabaseUrl(); }
}

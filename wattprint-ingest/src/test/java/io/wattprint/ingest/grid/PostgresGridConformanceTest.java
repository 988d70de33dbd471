package io.wattprint.ingest.grid;

import io.wattprint.testkit.EmbeddedPg;

/** Conformance on the real files into a PostgreSQL ledger. */
class PostgresGridConformanceTest extends GridConformanceContract {
    @Override
    protected String freshLedgerSpec() throws Exception { return EmbeddedPg.freshDatabaseUrl(); }
}

package io.wattprint.ingest.codecarbon.api;

import io.wattprint.testkit.EmbeddedPg;

/** The CodeCarbon-compatible API on PostgreSQL, each test in a database of its own. */
class PostgresCodeCarbonApiTest extends CodeCarbonApiContract {
    @Override
    protected String freshLedgerSpec() throws Exception {
        return EmbeddedPg.freshDatabaseUrl();
    }
}

package io.wattprint.ledger;

import io.wattprint.testkit.EmbeddedPg;

/** The footprint repository contract on PostgreSQL, each test in a database of its own. */
class PostgresFootprintRepositoryTest extends FootprintRepositoryContract {
    @Override
    protected String freshLedgerSpec() throws Exception {
        return EmbeddedPg.freshDatabaseUrl();
    }
}

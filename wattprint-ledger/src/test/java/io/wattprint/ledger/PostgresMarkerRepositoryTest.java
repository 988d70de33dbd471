package io.wattprint.ledger;

import io.wattprint.testkit.EmbeddedPg;

/** The marker repository contract on PostgreSQL, each test in a database of its own. */
class PostgresMarkerRepositoryTest extends MarkerRepositoryContract {
    @Override
    protected String freshLedgerSpec() throws Exception {
        return EmbeddedPg.freshDatabaseUrl();
    }
}

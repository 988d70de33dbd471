package io.wattprint.ledger;

import io.wattprint.testkit.EmbeddedPg;

/** The repository contract on PostgreSQL, each test in a database of its own. */
class PostgresRunRepositoryTest extends RunRepositoryContract {
    @Override
    protected String freshLedgerSpec() throws Exception {
        return EmbeddedPg.freshDatabaseUrl();
    }
}

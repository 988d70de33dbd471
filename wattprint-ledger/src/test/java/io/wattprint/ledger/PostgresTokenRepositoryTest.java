package io.wattprint.ledger;

import io.wattprint.testkit.EmbeddedPg;

/** The token contract on PostgreSQL, each test in a database of its own. */
class PostgresTokenRepositoryTest extends TokenRepositoryContract {
    @Override
    protected String freshLedgerSpec() throws Exception {
        return EmbeddedPg.freshDatabaseUrl();
    }
}

package io.wattprint.ledger;

import io.wattprint.testkit.EmbeddedPg;

/** The interval repository contract on PostgreSQL, each test in a database of its own. */
class PostgresIntervalRepositoryTest extends IntervalRepositoryContract {
    @Override
    protected String freshLedgerSpec() throws Exception {
        return EmbeddedPg.freshDatabaseUrl();
    }
}

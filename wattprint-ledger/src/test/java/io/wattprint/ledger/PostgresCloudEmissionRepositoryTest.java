package io.wattprint.ledger;

import io.wattprint.testkit.EmbeddedPg;

/** The cloud emissions contract on PostgreSQL, each test in a database of its own. */
class PostgresCloudEmissionRepositoryTest extends CloudEmissionRepositoryContract {
    @Override
    protected String freshLedgerSpec() throws Exception {
        return EmbeddedPg.freshDatabaseUrl();
    }
}

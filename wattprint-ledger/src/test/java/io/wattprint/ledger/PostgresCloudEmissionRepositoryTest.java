package io.wattprint.ledger;

/** The cloud emissions contract on PostgreSQL, each test in a database of its own. */
class PostgresCloudEmissionRepositoryTest extends CloudEmissionRepositoryContract {
    @Override
    protected String freshLedgerSpec() throws Exception {
        return EmbeddedPg.freshDatabaseUrl();
    }
}

package io.wattprint.ledger;

import io.wattprint.testkit.EmbeddedPg;

/** The factor series contract on PostgreSQL, each test in a database of its own. */
class PostgresFactorSeriesRepositoryTest extends FactorSeriesRepositoryContract {
    @Override
    protected String freshLedgerSpec() throws Exception {
        return EmbeddedPg.freshDatabaseUrl();
    }
}

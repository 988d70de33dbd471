package io.wattprint.ledger;

import io.wattprint.testkit.EmbeddedPg;

/** The instrument repository contract on PostgreSQL, each test in a database of its own. */
class PostgresInstrumentRepositoryTest extends InstrumentRepositoryContract {
    @Override
    protected String freshLedgerSpec() throws Exception {
        return EmbeddedPg.freshDatabaseUrl();
    }
}

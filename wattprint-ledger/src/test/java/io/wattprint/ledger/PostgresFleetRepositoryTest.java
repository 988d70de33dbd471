package io.wattprint.ledger;

import io.wattprint.testkit.EmbeddedPg;

/** The fleet contract on PostgreSQL, each test in a database of its own. */
class PostgresFleetRepositoryTest extends FleetRepositoryContract {
    @Override
    protected String freshLedgerSpec() throws Exception {
        return EmbeddedPg.freshDatabaseUrl();
    }
}

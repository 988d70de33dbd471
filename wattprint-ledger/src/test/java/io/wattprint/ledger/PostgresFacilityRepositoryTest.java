package io.wattprint.ledger;

import io.wattprint.testkit.EmbeddedPg;

/** The facility contract on PostgreSQL, each test in a database of its own. */
class PostgresFacilityRepositoryTest extends FacilityRepositoryContract {
    @Override
    protected String freshLedgerSpec() throws Exception {
        return EmbeddedPg.freshDatabaseUrl();
    }
}

package io.wattprint.ledger;

import io.wattprint.testkit.EmbeddedPg;

/** The CodeCarbon API storage contract on PostgreSQL, each test in a database of its own. */
class PostgresCodeCarbonApiRepositoryTest extends CodeCarbonApiRepositoryContract {
    @Override
    protected String freshLedgerSpec() throws Exception {
        return EmbeddedPg.freshDatabaseUrl();
    }
}

package io.wattprint.ledger;

import io.wattprint.testkit.EmbeddedPg;

/** The imported-run repository contract on PostgreSQL, each test in a database of its own. */
class PostgresImportedRunRepositoryTest extends ImportedRunRepositoryContract {
    @Override
    protected String freshLedgerSpec() throws Exception {
        return EmbeddedPg.freshDatabaseUrl();
    }
}

package io.wattprint.ledger;

import io.wattprint.testkit.EmbeddedPg;

/** The import contract on PostgreSQL, each test in a database of its own. */
class PostgresImportRepositoryTest extends ImportRepositoryContract {
    @Override
    protected String freshLedgerSpec() throws Exception {
        return EmbeddedPg.freshDatabaseUrl();
    }
}

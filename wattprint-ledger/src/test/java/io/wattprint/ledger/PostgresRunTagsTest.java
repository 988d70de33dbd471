package io.wattprint.ledger;

import io.wattprint.testkit.EmbeddedPg;

/** The run tags contract on PostgreSQL, each test in a database of its own. */
class PostgresRunTagsTest extends RunTagsContract {
    @Override
    protected String freshLedgerSpec() throws Exception {
        return EmbeddedPg.freshDatabaseUrl();
    }
}

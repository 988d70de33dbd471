package io.wattprint.ingest.agent;

import io.wattprint.testkit.EmbeddedPg;

/** Agent batches on PostgreSQL, each test in a database of its own. */
class PostgresAgentBatchesTest extends AgentBatchesContract {
    @Override
    protected String freshLedgerSpec() throws Exception {
        return EmbeddedPg.freshDatabaseUrl();
    }
}

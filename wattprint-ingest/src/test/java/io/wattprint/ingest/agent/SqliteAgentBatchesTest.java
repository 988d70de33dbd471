package io.wattprint.ingest.agent;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Agent batches on SQLite, each test in its own temporary file. */
class SqliteAgentBatchesTest extends AgentBatchesContract {
    @TempDir
    Path dir;

    @Override
    protected String freshLedgerSpec() {
        return dir.resolve("ledger.db").toString();
    }
}

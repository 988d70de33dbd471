package io.wattprint.ledger;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The run tags contract on SQLite, each test in its own temporary file. */
class SqliteRunTagsTest extends RunTagsContract {
    @TempDir
    Path dir;

    @Override
    protected String freshLedgerSpec() {
        return dir.resolve("home/.wattprint/ledger.db").toString();
    }
}

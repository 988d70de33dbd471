package io.wattprint.ledger;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The allocation-rule and hardware-record contract on SQLite, each test in its own file. */
class SqliteAllocationHardwareTest extends AllocationHardwareContract {
    @TempDir
    Path dir;

    @Override
    protected String freshLedgerSpec() {
        return dir.resolve("ledger.db").toString();
    }
}

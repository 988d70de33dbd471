package io.wattprint.ledger;

import io.wattprint.testkit.EmbeddedPg;

/** The allocation-rule and hardware-record contract on PostgreSQL, each test in a database of its own. */
class PostgresAllocationHardwareTest extends AllocationHardwareContract {
    @Override
    protected String freshLedgerSpec() throws Exception {
        return EmbeddedPg.freshDatabaseUrl();
    }
}

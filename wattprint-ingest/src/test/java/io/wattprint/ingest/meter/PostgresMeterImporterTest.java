package io.wattprint.ingest.meter;

import io.wattprint.testkit.EmbeddedPg;

/** The meter importer against PostgreSQL, each test in a database of its own. */
class PostgresMeterImporterTest extends MeterImporterContract {
    @Override
    protected String freshLedgerSpec() throws Exception { return EmbeddedPg.freshDatabaseUrl(); }
}

package io.wattprint.ingest.kepler;

import io.wattprint.testkit.EmbeddedPg;

/** The Kepler importer against PostgreSQL, each test in a database of its own. */
class PostgresKeplerImporterTest extends KeplerImporterContract {
    @Override
    protected String freshLedgerSpec() throws Exception { return EmbeddedPg.freshDatabaseUrl(); }
}

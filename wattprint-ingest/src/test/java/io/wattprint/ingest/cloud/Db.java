package io.wattprint.ingest.cloud;

import io.wattprint.testkit.EmbeddedPg;
import io.wattprint.ledger.Ledger;
import java.nio.file.Path;

/** The two ledger databases every importer test runs on. */
enum Db {
    SQLITE, POSTGRESQL;

    Ledger open(Path dir) throws Exception {
        return Ledger.open(this == SQLITE ? dir.resolve("ledger-" + System.nanoTime() + ".db").toString()
                : EmbeddedPg.freshDatabaseUrl());
    }
}

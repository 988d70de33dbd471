package io.wattprint.ledger.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link LedgerListBench} inside the build's test class path, so {@code bench/ledger-list.sh} needs no installed
 * artifacts. Not part of the build: enabled by {@code -Dwattprint.bench=true}; {@code -Dbench.runs=N},
 * {@code -Dbench.ledger=SPEC}.
 */
@EnabledIfSystemProperty(named = "wattprint.bench", matches = "true")
class LedgerListBenchTest {
    @Test
    void listRuns() throws Exception {
        String n = System.getProperty("bench.runs", "100000");
        String spec = System.getProperty("bench.ledger", "");
        LedgerListBench.main(spec.isEmpty() ? new String[] {n} : new String[] {n, spec});
    }
}

package io.wattprint.report.bench;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link EsrsReportBench} inside the build's test class path, so {@code bench/report-esrs.sh} needs no installed
 * artifacts. Not part of the build: enabled by {@code -Dwattprint.bench=true}; {@code -Dbench.runs=N} (ledger size),
 * {@code -Dbench.repeat=RUNS} (0: one cold run), {@code -Dbench.ledger=PATH} (generated when missing).
 */
@EnabledIfSystemProperty(named = "wattprint.bench", matches = "true")
class EsrsReportBenchTest {
    @Test
    void esrsReport() throws Exception {
        EsrsReportBench.run(Integer.parseInt(System.getProperty("bench.runs", "100000")),
                Integer.parseInt(System.getProperty("bench.repeat", "5")), Path.of(System.getProperty("bench.ledger")));
    }
}

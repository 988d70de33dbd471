package io.wattprint.ingest.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link CodeCarbonImportBench} inside the build's test class path, so {@code bench/ingest-codecarbon.sh} needs no
 * installed artifacts. Not part of the build: enabled by {@code -Dwattprint.bench=true}; {@code -Dbench.rows=N},
 * {@code -Dbench.db=sqlite|postgresql|both}.
 */
@EnabledIfSystemProperty(named = "wattprint.bench", matches = "true")
class CodeCarbonImportBenchTest {
    @Test
    void importCodeCarbonRows() throws Exception {
        CodeCarbonImportBench.run(Integer.parseInt(System.getProperty("bench.rows", "1000000")),
                System.getProperty("bench.db", "both"));
    }
}

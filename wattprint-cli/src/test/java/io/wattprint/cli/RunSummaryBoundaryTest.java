package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run summary (the engineering view) says the boundary of the factor behind its location-based figure
 * (METHODOLOGY.md §3.3): Ember's life-cycle factor for FR, eGRID's direct factor for a US subregion.
 */
class RunSummaryBoundaryTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() { cli = new CliHarness(tmp); }

    @Test
    void aRunInFranceSaysItsFactorIsLifecycle() {
        var r = cli.run("run", "--location", "FR", "--interval", "200ms", "--", "sleep", "0.3");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).containsPattern("\\n  location-based +\\S+ \\S+ CO2e \\(life-cycle factor\\)\\n");
    }

    @Test
    void aRunInAnEgridSubregionSaysItsFactorIsDirect() {
        var r = cli.run("run", "--location", "US-EGRID-NYUP", "--interval", "200ms", "--", "sleep", "0.3");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).containsPattern("\\n  location-based +\\S+ \\S+ CO2e \\(direct factor\\)\\n");
    }
}

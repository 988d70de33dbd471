package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad reconcile input exits 2 with one line naming the option and what was expected. */
class ReconcileCommandNegativeTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        assertThat(cli.run("facility", "add", "dc-paris", "--zone", "FR").code()).isZero();
        assertThat(cli.run("facility", "reading", "dc-paris", "--from", "2026-10-01", "--to", "2026-11-01", "--kwh", "10000",
                "--kind", "utility-bill", "--source", "EDF").code()).isZero();
    }

    private void assertUsageError(CliHarness.Result r, String message) {
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("wattprint: " + message + "\n");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--period   | October | invalid value for --period: 'October' is not a period (expected a year 2026, a month 2026-10, or dates 2026-10-01..2026-10-15 with the end exclusive)",
        "--period   | 2026-10-15..2026-10-01 | invalid value for --period: a period must end after it starts, got 2026-10-15T00:00:00Z..2026-10-01T00:00:00Z",
        "--residual | spread  | invalid value for --residual: 'spread' (expected report or pro-rata)",
        "--facility | dc lyon | invalid facility name: 'dc lyon' is not a facility name (expected 1–64 letters, digits, '.', '_' or '-', starting with a letter or digit)",
    })
    void badValuesNameTheOption(String option, String value, String message) {
        java.util.Map<String, String> o = new java.util.TreeMap<>(java.util.Map.of("--facility", "dc-paris", "--period", "2026-10"));
        o.put(option, value);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("reconcile"));
        o.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });

        assertUsageError(cli.run(args.toArray(String[]::new)), message);
    }

    @Test
    void aFacilityWithoutPueCannotBeReconciledAgainstItsMeter() {
        assertUsageError(cli.run("reconcile", "--facility", "dc-paris", "--period", "2026-10"), "facility dc-paris has no PUE on "
                + "record, and the hybrid method needs one for 2026-10 (add it with wattprint facility pue dc-paris --year YEAR "
                + "--value PUE --measured --category N | --declared --source TEXT)");
    }

    @Test
    void anUnknownFacilityNamesTheKnownOnes() {
        var r = cli.run("reconcile", "--facility", "dc-lyon", "--period", "2026-10");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("wattprint: unknown facility 'dc-lyon' in sqlite ").endsWith("(known: dc-paris; add one with "
                + "wattprint facility add)\n");
    }

    @Test
    void topDownTakesNoResidualTreatment() {
        assertUsageError(cli.run("reconcile", "--facility", "dc-paris", "--period", "2026-10", "--top-down", "--residual", "pro-rata"),
                "--residual applies to the hybrid reconciliation; --top-down attributes the whole meter");
    }

    @Test
    void missingOptionsAreUsageErrors() {
        var r = cli.run("reconcile", "--period", "2026-10");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option: '--facility=NAME'");
    }
}

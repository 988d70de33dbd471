package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EstimateCommandNegativeTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() { cli = new CliHarness(tmp); }

    private CliHarness.Result estimate(String option, String value) {
        List<String> args = new ArrayList<>(List.of("estimate", "--gpu", "T4", "--count", "1", "--hours", "1", "--location", "FR"));
        int at = args.indexOf(option);
        if (at >= 0) {
            args.set(at + 1, value);
        } else {
            args.add(option);
            args.add(value);
        }
        return cli.run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--count       | 0        | invalid value for --count: 0 (expected a whole number of GPUs, from 1 to 10000000)",
        "--count       | -3       | invalid value for --count: -3 (expected a whole number of GPUs, from 1 to 10000000)",
        "--hours       | 0        | invalid value for --hours: 0 (expected a number of hours, more than 0 and at most 876000)",
        "--hours       | -1       | invalid value for --hours: -1 (expected a number of hours, more than 0 and at most 876000)",
        "--hours       | NaN      | invalid value for --hours: NaN (expected a number of hours, more than 0 and at most 876000)",
        "--hours       | 1e308    | invalid value for --hours: 1e308 (expected a number of hours, more than 0 and at most 876000)",
        "--hours       | Infinity | invalid value for --hours: Infinity (expected a number of hours, more than 0 and at most 876000)",
        "--utilisation | 0        | invalid value for --utilisation: 0 (expected a share of the power, more than 0 and at most 1)",
        "--utilisation | 1.2      | invalid value for --utilisation: 1.2 (expected a share of the power, more than 0 and at most 1)",
        "--power-w     | 0        | invalid value for --power-w: 0 (expected watts per GPU, more than 0 and at most 100000)",
        "--power-w     | -700     | invalid value for --power-w: -700 (expected watts per GPU, more than 0 and at most 100000)",
        "--power-w     | 1e308    | invalid value for --power-w: 1e308 (expected watts per GPU, more than 0 and at most 100000)",
        "--pue         | 0.9      | invalid value for --pue: 0.9 (expected a PUE, from 1 to 5)",
        "--pue         | 6        | invalid value for --pue: 6 (expected a PUE, from 1 to 5)",
    })
    void aBadValueNamesItsOptionAndTheExpectedRange(String option, String value, String message) {
        var r = estimate(option, value);

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("wattprint: " + message);
        assertThat(r.out()).isEmpty();
    }

    /** Issue 12: this printed half the estimate, then "internal error … energy must be finite" and a stack trace. */
    @Test
    void hoursTooLargeForAFiniteEnergyIsAUsageErrorWithNothingPrintedBeforeIt() {
        var r = cli.run("estimate", "--gpu", "H100 SXM5 80GB", "--count", "8", "--hours", "1e308", "--location", "FR");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).as(r.toString()).isEmpty();
        assertThat(r.err()).isEqualTo("wattprint: invalid value for --hours: 1e308 "
                + "(expected a number of hours, more than 0 and at most 876000)\n");
    }

    @Test
    void theLargestValuesAllowedStillGiveAFiniteEstimate() {
        var r = cli.run("estimate", "--gpu", "H100 SXM5 80GB", "--count", "10000000", "--hours", "876000",
                "--power-w", "100000", "--pue", "5", "--location", "FR", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        // 10,000,000 × 100,000 W × 876,000 h / 1000 = 8.76e14 kWh IT, × PUE 5 = 4.38e15 kWh at the facility.
        assertThat(r.out()).contains("\"energy_kwh\" : 8.76E14", "\"facility_energy_kwh\" : 4.38E15");
    }

    @Test
    void aNonNumericCountIsAUsageError() {
        var r = estimate("--count", "eight");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--count", "eight");
    }

    @Test
    void anUnknownGpuNamesCloseCatalogueModelsAndPowerOption() {
        var r = cli.run("estimate", "--gpu", "H100", "--count", "8", "--hours", "24", "--location", "FR");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown GPU 'H100' for --gpu: did you mean H100 SXM5 80GB, H100 NVL 94GB, H100 PCIe 80GB?",
                "wattprint data hardware --kind gpu", "--power-w W");
        assertThat(r.err()).doesNotContain("A10");
    }

    @Test
    void aMisspeltGpuIsMatchedByEditDistance() {
        var r = cli.run("estimate", "--gpu", "A1OO SXM4 80GB", "--hours", "1", "--location", "FR");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("did you mean A100 SXM4 80GB");
    }

    @Test
    void anUnknownLocationSuggestsZones() {
        var r = estimate("--location", "FRA");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown location 'FRA': did you mean FR");
    }

    @Test
    void noLocationAtAllIsAUsageError() {
        var r = cli.run("estimate", "--gpu", "T4", "--hours", "1");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("missing --location");
    }

    @Test
    void gpuAndHoursAreRequired() {
        var r = cli.run("estimate", "--location", "FR");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--gpu", "--hours");
    }
}

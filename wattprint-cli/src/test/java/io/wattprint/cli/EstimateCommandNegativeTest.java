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
        "--count       | 0    | invalid value for --count: 0 (expected a whole number ≥ 1)",
        "--count       | -3   | invalid value for --count: -3 (expected a whole number ≥ 1)",
        "--hours       | 0    | invalid value for --hours: 0.0 (expected a number > 0)",
        "--hours       | -1   | invalid value for --hours: -1.0 (expected a number > 0)",
        "--hours       | NaN  | invalid value for --hours: NaN (expected a number > 0)",
        "--utilisation | 0    | invalid value for --utilisation: 0.0 (expected 0 < U ≤ 1)",
        "--utilisation | 1.2  | invalid value for --utilisation: 1.2 (expected 0 < U ≤ 1)",
        "--power-w     | 0    | invalid value for --power-w: 0.0 (expected watts > 0)",
        "--power-w     | -700 | invalid value for --power-w: -700.0 (expected watts > 0)",
        "--pue         | 0.9  | invalid value for --pue: 0.9 (expected a number between 1.0 and 5.0)",
        "--pue         | 6    | invalid value for --pue: 6.0 (expected a number between 1.0 and 5.0)",
    })
    void aBadValueNamesItsOptionAndTheExpectedRange(String option, String value, String message) {
        var r = estimate(option, value);

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("wattprint: " + message);
        assertThat(r.out()).isEmpty();
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

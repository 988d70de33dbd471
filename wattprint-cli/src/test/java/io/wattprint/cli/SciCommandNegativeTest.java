package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SciCommandNegativeTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() { cli = new CliHarness(tmp); }

    /** A valid command line with one option replaced. */
    private CliHarness.Result runWith(String option, String value) {
        Map<String, String> o = new TreeMap<>(Map.of("--energy-kwh", "0.023", "--intensity", "951",
                "--embodied-kg", "1205.52", "--lifetime-years", "4", "--reserved-hours", "1",
                "--reserved-share", "0.125", "--per", "500"));
        o.put(option, value);
        List<String> args = new ArrayList<>(List.of("sci"));
        o.forEach((k, v) -> args.add(k + "=" + v));
        return cli.run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--energy-kwh     | -0.5 | invalid value for --energy-kwh: -0.5 (expected a number of kWh, 0 or more)",
        "--intensity      | -1   | invalid value for --intensity: -1 (expected a number of gCO2e/kWh, 0 or more)",
        "--embodied-kg    | -10  | invalid value for --embodied-kg: -10 (expected a number of kgCO2e, 0 or more)",
        "--lifetime-years | 0    | invalid value for --lifetime-years: 0 (expected a number of years, more than 0)",
        "--lifetime-years | -4   | invalid value for --lifetime-years: -4 (expected a number of years, more than 0)",
        "--reserved-hours | -1   | invalid value for --reserved-hours: -1 (expected a number of hours, 0 or more)",
        "--reserved-share | 0    | invalid value for --reserved-share: 0 (expected a share more than 0 and at most 1)",
        "--reserved-share | 1.5  | invalid value for --reserved-share: 1.5 (expected a share more than 0 and at most 1)",
        "--per            | 0    | invalid value for --per: 0 (expected a number of functional units, more than 0)",
        "--per            | -2   | invalid value for --per: -2 (expected a number of functional units, more than 0)",
        "--energy-kwh     | NaN  | invalid value for --energy-kwh: NaN (expected a number of kWh, 0 or more)",
    })
    void badValueExitsTwoNamingTheOptionAndTheRange(String option, String value, String message) {
        var r = runWith(option, value);

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("wattprint: " + message + "\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void notANumberIsAUsageError() {
        var r = runWith("--intensity", "lots");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--intensity", "lots");
    }

    @Test
    void missingOptionIsAUsageError() {
        var r = cli.run("sci", "--energy-kwh", "1");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required options", "--intensity", "--per");
    }

    @Test
    void blankUnitIsAUsageError() {
        var r = cli.run("sci", "--energy-kwh", "1", "--intensity", "1", "--embodied-kg", "1", "--lifetime-years", "1",
                "--reserved-hours", "1", "--reserved-share", "1", "--per", "1", "--unit", " ");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("invalid value for --unit: it must not be blank");
    }
}

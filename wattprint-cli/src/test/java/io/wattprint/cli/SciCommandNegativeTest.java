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
        "--energy-kwh     | -0.5   | invalid value for --energy-kwh: -0.5 (expected a number of kWh, 0 or more and at most 1e12)",
        "--energy-kwh     | 1e308  | invalid value for --energy-kwh: 1e308 (expected a number of kWh, 0 or more and at most 1e12)",
        "--intensity      | -1     | invalid value for --intensity: -1 (expected a number of gCO2e/kWh, 0 or more and at most 10000)",
        "--intensity      | 1e308  | invalid value for --intensity: 1e308 (expected a number of gCO2e/kWh, 0 or more and at most 10000)",
        "--embodied-kg    | -10    | invalid value for --embodied-kg: -10 (expected a number of kgCO2e, 0 or more and at most 1e12)",
        "--lifetime-years | 0      | invalid value for --lifetime-years: 0 (expected a number of years, from 0.001 to 100)",
        "--lifetime-years | -4     | invalid value for --lifetime-years: -4 (expected a number of years, from 0.001 to 100)",
        "--lifetime-years | 1e-300 | invalid value for --lifetime-years: 1e-300 (expected a number of years, from 0.001 to 100)",
        "--reserved-hours | -1     | invalid value for --reserved-hours: -1 (expected a number of hours, 0 or more and at most 876000)",
        "--reserved-share | 0      | invalid value for --reserved-share: 0 (expected a share, more than 0 and at most 1)",
        "--reserved-share | 1.5    | invalid value for --reserved-share: 1.5 (expected a share, more than 0 and at most 1)",
        "--per            | 0      | invalid value for --per: 0 (expected a number of functional units, from 0.000001 to 1e15)",
        "--per            | -2     | invalid value for --per: -2 (expected a number of functional units, from 0.000001 to 1e15)",
        "--per            | 1e-320 | invalid value for --per: 1e-320 (expected a number of functional units, from 0.000001 to 1e15)",
        "--energy-kwh     | NaN    | invalid value for --energy-kwh: NaN (expected a number of kWh, 0 or more and at most 1e12)",
    })
    void badValueExitsTwoNamingTheOptionAndTheRange(String option, String value, String message) {
        var r = runWith(option, value);

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("wattprint: " + message + "\n");
        assertThat(r.out()).isEmpty();
    }

    /** Issue 12: E × I overflowed to infinity and ended in "internal error" with a stack trace. */
    @Test
    void energyAndIntensityWhoseProductOverflowsAreAUsageError() {
        var r = cli.run("sci", "--energy-kwh", "1e308", "--intensity", "1e308", "--embodied-kg", "1", "--lifetime-years", "4",
                "--reserved-hours", "1", "--reserved-share", "0.5", "--per", "1");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("wattprint: invalid value for --energy-kwh: 1e308 "
                + "(expected a number of kWh, 0 or more and at most 1e12)\n");
    }

    @Test
    void theLargestValuesAllowedStillGiveAFiniteScore() throws Exception {
        var r = cli.run("sci", "--energy-kwh", "1e12", "--intensity", "10000", "--embodied-kg", "1e12", "--lifetime-years",
                "0.001", "--reserved-hours", "876000", "--reserved-share", "1", "--per", "0.000001", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        // E × I = 1e16 g; M = 1e15 g × 876000 h / 8.76 h = 1e20 g; / 1e-6 = 1.0001e26 g per unit.
        var json = io.wattprint.cli.out.Json.mapper().readTree(r.out());
        assertThat(json.get("operational_g").asDouble()).isEqualTo(1e16);
        assertThat(json.get("sci_g").asDouble()).isCloseTo(1.0001e26, org.assertj.core.api.Assertions.withinPercentage(1e-9));
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

package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code wattprint hardware add}: exit 2, the option named with what was expected, nothing stored. */
class HardwareCommandNegativeTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
    }

    private void usageError(String expected, String option, String value) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("hardware", "add", "node-a", "--model", "m",
                "--embodied-kg", "1000", "--source", "s", "--lifetime-years", "4", "--resources", "8", "--unit", "gpu"));
        int i = args.indexOf(option);
        if (i >= 0) args.set(i + 1, value);
        else {
            args.add(option);
            args.add(value);
        }
        var r = cli.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).as(r.toString()).contains(expected).doesNotContain("Exception");
        assertThat(cli.run("hardware", "list", "--json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void unknownUnit() { usageError("invalid value for --unit: 'tpu' (expected gpu or vcpu)", "--unit", "tpu"); }

    @Test
    void lifetimeNotPositive() {
        usageError("invalid value for --lifetime-years: 0 (expected a number of years, from 0.001 to 100)", "--lifetime-years", "0");
    }

    @Test
    void negativeOrNotANumberEmbodied() {
        usageError("invalid value for --embodied-kg: -1 (expected a number of kgCO2e, 0 or more and at most 1e12)", "--embodied-kg", "-1");
        usageError("invalid value for --embodied-kg: NaN", "--embodied-kg", "NaN");
    }

    @Test
    void resourcesBelowOneOrNotWhole() {
        usageError("invalid value for --resources: 0 (expected a whole number of GPUs or vCPUs, from 1 to 1000000)", "--resources", "0");
        usageError("Invalid value for option '--resources': '2.5' is not an int", "--resources", "2.5");
    }

    @Test
    void blankSourceOrModel() {
        usageError("invalid value for --source: it must not be blank", "--source", " ");
        usageError("invalid value for --model: it must not be blank", "--model", "");
    }

    @Test
    void badValidFrom() {
        usageError("invalid value for --valid-from: 'soon'", "--valid-from", "soon");
    }

    @Test
    void missingRequiredOption() {
        var r = cli.run("hardware", "add", "node-a", "--model", "m");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required options");
    }
}

package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every numeric option of every command, given a number that parses but no real workload has — 1e308, a value
 * so small that dividing by it overflows, infinity, NaN — is a usage error naming the option (issue 12): the
 * shared {@link NumberArg} check, not a stack trace from the arithmetic behind it. {@code X} in each command
 * line is where the value goes.
 */
class NumericOptionsNegativeTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        assertThat(cli.run("facility", "add", "dc-paris", "--zone", "FR").code()).isZero();
    }

    static Stream<Arguments> commandLines() {
        return Stream.of(
                line("--hours", "estimate --gpu T4 --count 8 --hours X --location FR"),
                line("--power-w", "estimate --gpu T4 --hours 1 --power-w X --location FR"),
                line("--utilisation", "estimate --gpu T4 --hours 1 --utilisation X --location FR"),
                line("--pue", "estimate --gpu T4 --hours 1 --pue X --location FR"),
                line("--energy-kwh", SCI.replace("--energy-kwh 1", "--energy-kwh X")),
                line("--intensity", SCI.replace("--intensity 1", "--intensity X")),
                line("--embodied-kg", SCI.replace("--embodied-kg 1", "--embodied-kg X")),
                line("--lifetime-years", SCI.replace("--lifetime-years 4", "--lifetime-years X")),
                line("--reserved-hours", SCI.replace("--reserved-hours 1", "--reserved-hours X")),
                line("--reserved-share", SCI.replace("--reserved-share 0.5", "--reserved-share X")),
                line("--per", SCI.replace("--per 1", "--per X")),
                line("--per", "runs show abcd --per inferences=X"),
                line("--kwh", "facility reading dc-paris --from 2026-11-23 --to 2026-11-24 --kwh X --kind interval-meter --source s"),
                line("--value", "facility pue dc-paris --year 2026 --value X --declared --source s"),
                line("--mwh", "instruments add --id GO-1 --type GO --mwh X --vintage 2026 --zone FR"),
                line("--rate-g-per-kwh", "instruments add --id S-1 --type SUPPLIER-RATE --mwh 1 --rate-g-per-kwh X --vintage 2026 --zone FR"),
                line("--g-per-kwh", "instruments residual-mix --zone FR --year 2026 --g-per-kwh X --source s"),
                line("--embodied-kg", HARDWARE.replace("--embodied-kg 1", "--embodied-kg X")),
                line("--lifetime-years", HARDWARE.replace("--lifetime-years 4", "--lifetime-years X")),
                line("--pool-kwh", "allocate --by gpu-hours --period 2026-10 --pool-kwh X --pool-kgco2e 1"),
                line("--pool-kgco2e", "allocate --by gpu-hours --period 2026-10 --pool-kwh 1 --pool-kgco2e X"),
                line("--capacity-gpu-hours", "allocate --by gpu-hours --period 2026-10 --capacity-gpu-hours X"),
                line("--capacity-cpu-hours", "allocate --by cpu-hours --period 2026-10 --capacity-cpu-hours X"),
                line("--pue", "run --pue X --location FR -- true"),
                line("--net-revenue", "report esrs-e1 --year 2026 --net-revenue X"),
                line("--flops", "report ai-act --model m --version v --flops X"),
                line("--inference-flops", "report ai-act --model m --version v --inference-flops X"));
    }

    private static final String SCI = "sci --energy-kwh 1 --intensity 1 --embodied-kg 1 --lifetime-years 4 --reserved-hours 1 "
            + "--reserved-share 0.5 --per 1";
    private static final String HARDWARE = "hardware add node-1 --model m --embodied-kg 1 --source s --lifetime-years 4 "
            + "--resources 8 --unit gpu";

    private static Arguments line(String option, String commandLine) { return Arguments.of(option, commandLine); }

    @ParameterizedTest(name = "{0} 1e308: {1}")
    @MethodSource("commandLines")
    void aHugeNumberIsAUsageErrorNamingTheOption(String option, String commandLine) {
        assertUsageError(option, commandLine, "1e308");
    }

    @ParameterizedTest(name = "{0} 1e-320: {1}")
    @MethodSource("commandLines")
    void aTinyNumberNeverEndsInAStackTrace(String option, String commandLine) {
        // 1e-320 is nearly nothing: an amount some options accept, a divisor others refuse; never an internal error.
        var r = cli.run(commandLine.replace("X", "1e-320").split(" "));

        assertThat(r.err()).as(r.toString()).doesNotContain("internal error", "Exception", "\tat ");
        assertThat(r.code()).as(r.toString()).isIn(0, 2);
    }

    static Stream<Arguments> divisors() {
        return Stream.of(
                line("--per", SCI.replace("--per 1", "--per X")),
                line("--per", "runs show abcd --per inferences=X"),
                line("--lifetime-years", SCI.replace("--lifetime-years 4", "--lifetime-years X")),
                line("--lifetime-years", HARDWARE.replace("--lifetime-years 4", "--lifetime-years X")),
                // A revenue too small for a double was divided by and the intensity printed as 0.000.
                line("--net-revenue", "report esrs-e1 --year 2026 --net-revenue X"));
    }

    @ParameterizedTest(name = "{0} 1e-320: {1}")
    @MethodSource("divisors")
    void aDivisorSoSmallTheResultOverflowsIsAUsageErrorNamingTheOption(String option, String commandLine) {
        assertUsageError(option, commandLine, "1e-320");
    }

    @ParameterizedTest(name = "{0} Infinity: {1}")
    @MethodSource("commandLines")
    void infinityIsAUsageErrorNamingTheOption(String option, String commandLine) {
        assertUsageError(option, commandLine, "Infinity");
    }

    @ParameterizedTest(name = "{0} NaN: {1}")
    @MethodSource("commandLines")
    void nanIsAUsageErrorNamingTheOption(String option, String commandLine) {
        assertUsageError(option, commandLine, "NaN");
    }

    private void assertUsageError(String option, String commandLine, String value) {
        var r = cli.run(commandLine.replace("X", value).split(" "));

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).as(r.toString()).startsWith("wattprint: invalid value for " + option + ": ")
                .doesNotContain("internal error", "Exception", "\tat ");
        assertThat(r.err().lines()).as(r.toString()).hasSize(1);
        assertThat(r.out()).as(r.toString()).isEmpty();
    }
}

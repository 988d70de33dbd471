package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code wattprint allocate}: one message naming the option and what was expected, exit 2, no stack trace. */
class AllocateCommandNegativeTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        GpuRunFixture.addRun(cli.ledgerFile(), "r1000000-alpha", "alpha", "node-a", Instant.parse("2026-10-02T08:00:00Z"),
                1, 2, 3, 50, Map.of());
    }

    private void usageError(String expected, String... args) {
        var r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).as(r.toString()).contains(expected).doesNotContain("Exception", "\tat ");
    }

    @Test
    void neitherOrBothOfRuleAndBy() {
        usageError("give either --rule NAME (a saved rule) or --by BASIS", "allocate", "--period", "2026-10");
        usageError("give either --rule NAME", "allocate", "--rule", "x", "--by", "gpu-hours", "--period", "2026-10");
    }

    @Test
    void unknownBasis() {
        usageError("invalid value for --by: unknown allocation basis 'watts': expected gpu-hours, cpu-hours, requests or tag:KEY",
                "allocate", "--by", "watts", "--period", "2026-10");
        usageError("invalid value for --by: allocation basis tag needs a tag key", "allocate", "--by", "tag:", "--period", "2026-10");
    }

    @Test
    void unknownMeasureOrMeasureWithoutTag() {
        usageError("invalid value for --measure: unknown usage measure 'tokens'",
                "allocate", "--by", "tag:project", "--measure", "tokens", "--period", "2026-10");
        usageError("a usage measure is only chosen for a tag basis",
                "allocate", "--by", "gpu-hours", "--measure", "requests", "--period", "2026-10");
    }

    @Test
    void badPeriod() {
        usageError("invalid value for --period: 'October' is not a period (expected a year 2026, a month 2026-10",
                "allocate", "--by", "gpu-hours", "--period", "October");
        usageError("invalid value for --period: '2026-13'", "allocate", "--by", "gpu-hours", "--period", "2026-13");
    }

    @Test
    void missingPeriod() {
        usageError("Missing required option: '--period=PERIOD'", "allocate", "--by", "gpu-hours");
    }

    @Test
    void unknownIdlePolicy() {
        usageError("invalid value for --idle: unknown idle policy 'later': expected separate or spread",
                "allocate", "--by", "gpu-hours", "--idle", "later", "--period", "2026-10");
    }

    @Test
    void negativeOrMismatchedCapacity() {
        usageError("invalid value for --capacity-gpu-hours: -1 (expected GPU-hours, 0 or more and at most 8.76e11)",
                "allocate", "--by", "gpu-hours", "--capacity-gpu-hours", "-1", "--period", "2026-10");
        usageError("--capacity-gpu-hours needs a gpu-hours measure, not requests",
                "allocate", "--by", "requests", "--capacity-gpu-hours", "10", "--period", "2026-10");
        usageError("--capacity-cpu-hours needs a cpu-hours measure, not gpu-hours",
                "allocate", "--by", "gpu-hours", "--capacity-cpu-hours", "10", "--period", "2026-10");
    }

    @Test
    void capacityBelowUsage() {
        usageError("cannot allocate 2026-10: capacity 1 gpu-hours is less than the 2 gpu-hours the consumers used",
                "allocate", "--by", "gpu-hours", "--capacity-gpu-hours", "1", "--period", "2026-10");
    }

    @Test
    void poolFiguresGoTogetherAndAreNotNegative() {
        usageError("--pool-kwh and --pool-kgco2e go together", "allocate", "--by", "gpu-hours", "--pool-kwh", "5", "--period", "2026-10");
        usageError("invalid value for --pool-kgco2e: NaN", "allocate", "--by", "gpu-hours", "--pool-kwh", "5",
                "--pool-kgco2e", "NaN", "--period", "2026-10");
    }

    @Test
    void zeroUsageIsAnErrorNamingTheMeasure() {
        usageError("cannot allocate 2026-10: the consumers used 0 requests in total",
                "allocate", "--by", "requests", "--period", "2026-10");
        usageError("cannot allocate 2025: the consumers used 0 gpu-hours in total", "allocate", "--by", "gpu-hours", "--period", "2025");
    }

    @Test
    void unknownSavedRuleSaysWhichExist() {
        usageError("no allocation rule 'nope' in sqlite", "allocate", "--rule", "nope", "--period", "2026-10");
        usageError("none saved yet", "allocate", "--rule", "nope", "--period", "2026-10");
    }

    @Test
    void ruleOptionsDoNotGoWithASavedRule() {
        usageError("--measure, --idle and --save-rule go with --by", "allocate", "--rule", "x", "--idle", "spread", "--period", "2026-10");
    }

    @Test
    void noLedgerYetIsARunTimeFailure() {
        var other = new CliHarness(tmp.resolve("empty"));
        var r = other.run("allocate", "--by", "gpu-hours", "--period", "2026-10");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("nothing to allocate: there is no ledger at");
    }
}

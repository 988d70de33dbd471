package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact {@code --json} of the commands a script reads, on a small fixed ledger (a facility, instruments, a
 * hardware record, GPU runs) and the shipped reference data: key names and order, number formats, nulls.
 */
class CommandsJsonGoldenTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        cli.clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
        Path db = cli.ledgerFile();
        GpuRunFixture.addRun(db, "r1000000-alpha", "alpha", "node-a", Instant.parse("2026-10-02T08:00:00Z"), 1, 2, 3, 50,
                Map.of("requests", "300"));
        GpuRunFixture.addRun(db, "r2000000-beta", "beta", "node-a", Instant.parse("2026-10-03T08:00:00Z"), 2, 1, 1, 50,
                Map.of("requests", "100"));
        ok("facility", "add", "dc-paris", "--zone", "FR", "--description", "hall 2");
        ok("facility", "pue", "dc-paris", "--from", "2026-01", "--to", "2026-12", "--value", "1.3", "--measured",
                "--category", "2", "--source", "2026 BMS report");
        ok("facility", "reading", "dc-paris", "--from", "2026-10-01", "--to", "2026-11-01", "--kwh", "10000",
                "--kind", "interval-meter", "--source", "smart meter export");
        ok("instruments", "add", "--id", "GO-17", "--type", "GO", "--mwh", "600", "--vintage", "2026", "--zone", "FR",
                "--retired-for", "ACME", "--registry", "EECS FR-2026-17");
        ok("instruments", "residual-mix", "--zone", "FR", "--year", "2026", "--g-per-kwh", "550", "--source", "AIB 2026");
        ok("hardware", "add", "node-a", "--model", "HGX", "--embodied-kg", "1000", "--source", "test",
                "--lifetime-years", "4", "--resources", "8", "--unit", "gpu");
    }

    private CliHarness.Result ok(String... args) {
        var r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    @Test
    void facilities() {
        JsonGolden.check("facility-list", cli.run("facility", "list", "--json"));
        JsonGolden.check("facility-show", cli.run("facility", "show", "dc-paris", "--json"));
    }

    @Test
    void instruments() {
        JsonGolden.check("instruments-list", cli.run("instruments", "list", "--json"));
        JsonGolden.check("instruments-add-again", cli.run("instruments", "add", "--id", "GO-17", "--type", "GO", "--mwh", "600",
                "--vintage", "2026", "--zone", "FR", "--retired-for", "ACME", "--registry", "EECS FR-2026-17", "--json"));
        JsonGolden.check("instruments-residual-mix-again", cli.run("instruments", "residual-mix", "--zone", "FR", "--year",
                "2026", "--g-per-kwh", "550", "--source", "AIB 2026", "--json"));
    }

    @Test
    void hardware() {
        JsonGolden.check("hardware-list", cli.run("hardware", "list", "--json"));
        JsonGolden.check("hardware-embodied", cli.run("hardware", "embodied", "node-a", "--period", "2026-10-02..2026-10-04",
                "--json"));
    }

    @Test
    void allocate() {
        JsonGolden.check("allocate-by-project", cli.run("allocate", "--by", "tag:project", "--period", "2026-10", "--json"));
    }

    @Test
    void sciAndEstimate() {
        JsonGolden.check("sci", cli.run("sci", "--energy-kwh", "2", "--intensity", "50", "--embodied-kg", "1000",
                "--lifetime-years", "4", "--reserved-hours", "1", "--reserved-share", "1", "--per", "10000", "--json"));
        JsonGolden.check("estimate", cli.run("estimate", "--gpu", "T4", "--count", "2", "--hours", "3", "--location", "FR",
                "--json"));
    }

    @Test
    void referenceData() {
        JsonGolden.check("data-factors-fr", cli.run("data", "factors", "--zone", "FR", "--json"));
        JsonGolden.check("data-regions-aws", cli.run("data", "regions", "--provider", "aws", "--json"));
        JsonGolden.check("data-hardware-gpu", cli.run("data", "hardware", "--kind", "gpu", "--json"));
        JsonGolden.check("data-zones-us", cli.run("data", "zones", "--country", "us", "--json"));
        JsonGolden.check("data-pue", cli.run("data", "pue", "--json"));
    }
}

package io.wattprint.cli;

import io.wattprint.run.Environment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() { cli = new CliHarness(tmp); }

    @Test
    void runsTheCommandStoresTheRunAndPrintsItsFootprint() throws Exception {
        var r = cli.run("run", "--project", "demo", "--phase", "training", "--location", "FR", "--json", "--", "sleep", "1.2");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("succeeded (exit 0)", "IT energy", "cpu", "estimated (model: cpu-tdp-load-curve",
                "dram", "facility energy", "PUE 1.000", "location-based", "CO2e", "zone FR", "year ");
        JsonNode run = new ObjectMapper().readTree(r.out());
        assertThat(run.get("project").asText()).isEqualTo("demo");
        assertThat(run.get("phase").asText()).isEqualTo("training");
        assertThat(run.get("status").asText()).isEqualTo("succeeded");
        assertThat(run.get("zone").asText()).isEqualTo("FR");
        assertThat(run.get("duration_s").asDouble()).isGreaterThanOrEqualTo(1.2);
        assertThat(run.get("intervals").asInt()).as("one CPU and one memory interval per second at least").isGreaterThanOrEqualTo(2);
        double kwh = run.get("energy_kwh").asDouble();
        double factor = run.get("factor").get("g_per_kwh").asDouble();
        assertThat(kwh).isPositive();
        assertThat(run.get("co2e_kg").asDouble()).isCloseTo(kwh * factor / 1000, org.assertj.core.data.Percentage.withPercentage(1e-9));
        assertThat(cli.ledgerFile()).exists();
    }

    @Test
    void traceWritesEveryIntervalAsCsvAndItsEnergyAddsUpToTheRun() throws Exception {
        java.nio.file.Path trace = tmp.resolve("out.csv");
        var r = cli.run("run", "--location", "FR", "--interval", "200ms", "--trace", trace.toString(), "--json", "--", "sleep", "0.7");

        assertThat(r.code()).as(r.toString()).isZero();
        java.util.List<String> lines = java.nio.file.Files.readAllLines(trace);
        assertThat(lines.get(0)).isEqualTo("start,end,component,energy_j,provenance,method");
        JsonNode run = new ObjectMapper().readTree(r.out());
        assertThat(lines).hasSize(1 + run.get("intervals").asInt());
        double joules = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertThat(f).hasSize(6);
            assertThat(java.time.Instant.parse(f[1])).isAfterOrEqualTo(java.time.Instant.parse(f[0]));
            assertThat(f[4]).isIn("MEASURED_COUNTER", "MEASURED_POWER", "ESTIMATED");
            joules += Double.parseDouble(f[3]);
        }
        assertThat(joules / 3.6e6).isCloseTo(run.get("energy_kwh").asDouble(), org.assertj.core.data.Percentage.withPercentage(1e-6));
    }

    @Test
    void traceIntoAMissingDirectoryIsAUsageErrorBeforeAnythingRuns() {
        var r = cli.run("run", "--location", "FR", "--trace", tmp.resolve("no/such/dir/out.csv").toString(), "--", "true");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("invalid value for --trace", "does not exist");
        assertThat(cli.ledgerFile()).doesNotExist();
    }

    @Test
    void samplesEverySecondByDefaultAndAtTheGivenInterval() throws Exception {
        assertThat(cli.run("run", "--location", "FR", "--", "sleep", "2.2").code()).isZero();
        assertThat(cli.run("run", "--location", "FR", "--interval", "250ms", "--", "sleep", "1.1").code()).isZero();

        try (var ledger = io.wattprint.ledger.Ledger.open(cli.ledgerFile().toString())) {
            var runs = ledger.runs().list(io.wattprint.ledger.RunQuery.all()); // newest first
            java.util.List<java.time.Duration> fast = cpuIntervals(ledger, runs.get(0).run().id());
            java.util.List<java.time.Duration> slow = cpuIntervals(ledger, runs.get(1).run().id());
            // All but the last interval (cut short when the command ends) are one tick long; a tick
            // delayed by a busy machine is followed by a shorter one, hence the tolerance.
            assertThat(slow.size()).isBetween(3, 4);
            assertThat(slow.subList(0, slow.size() - 1)).allSatisfy(d -> assertThat(d.toMillis()).isBetween(500L, 1500L));
            assertThat(fast.size()).isGreaterThanOrEqualTo(4);
            assertThat(fast.subList(0, fast.size() - 1)).allSatisfy(d -> assertThat(d.toMillis()).isBetween(100L, 400L));
        }
    }

    private static java.util.List<java.time.Duration> cpuIntervals(io.wattprint.ledger.Ledger ledger, String runId) {
        return ledger.intervals().ofRun(runId).stream()
                .filter(i -> i.component().equals(io.wattprint.core.model.Component.CPU))
                .map(io.wattprint.core.model.EnergyInterval::duration).toList();
    }

    @Test
    void passesTheCommandsExitCodeThroughAndRecordsTheRunAsFailed() {
        var r = cli.run("run", "--location", "DE", "--", "sh", "-c", "exit 3");

        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).contains("failed (exit 3)");
        var list = cli.run("runs", "list");
        assertThat(list.out()).contains("failed");
    }

    @Test
    void cloudRegionAppliesTheProvidersPublishedPue() throws Exception {
        var r = cli.run("run", "--location", "aws:eu-west-1", "--json", "--", "true");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode run = new ObjectMapper().readTree(r.out());
        assertThat(run.get("cloud_region").asText()).isEqualTo("aws:eu-west-1");
        assertThat(run.get("pue").asDouble()).isGreaterThan(1.0);
        assertThat(run.get("pue_basis").asText()).contains("aws published fleet PUE");
        assertThat(run.get("facility_energy_kwh").asDouble())
                .isCloseTo(run.get("energy_kwh").asDouble() * run.get("pue").asDouble(), org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void cloudRegionEstimatesCpuWithCcfPerVcpuCoefficientsAndSaysWhy() {
        // Like the first test, this assumes a host whose RAPL counters cannot be read (VMs, CI).
        var r = cli.run("run", "--location", "aws:us-east-1", "--", "true");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("estimated (model: ccf-vcpu-linear min=",
                "model: CPU estimated: P = vCPUs × (min + u × (max − min)), Cloud Carbon Footprint's per-vCPU coefficients for ",
                "note: running in aws:us-east-1: CPU estimated with Cloud Carbon Footprint's per-vCPU coefficients for ");
        assertThat(r.err()).doesNotContain("cpu-tdp-load-curve");
    }

    @Test
    void explicitPueIsAppliedAndNamed() {
        var r = cli.run("run", "--location", "FR", "--pue", "1.5", "--", "true");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("PUE 1.500 — given with --pue");
    }

    @Test
    void withoutLocationTheRunIsStoredAsUnknownAndNoCo2eIsInvented() throws Exception {
        var r = cli.run("run", "--json", "--", "true");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("not computed: location unknown");
        JsonNode run = new ObjectMapper().readTree(r.out());
        assertThat(run.get("zone").isNull()).isTrue();
        assertThat(run.get("co2e_kg").isNull()).isTrue();
    }

    @Test
    void locationComesFromTheEnvironmentWhenConfigured() throws Exception {
        cli.env.put(Environment.LOCATION_VAR, "SE");
        var r = cli.run("run", "--json", "--", "true");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("zone").asText()).isEqualTo("SE");
    }

    @Test
    void worldAverageOnlyWhenAskedAndLabelled() throws Exception {
        var r = cli.run("run", "--world-average", "--json", "--", "true");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("world-average factor used because it was asked for");
        assertThat(new ObjectMapper().readTree(r.out()).get("zone").asText()).isEqualTo("WORLD");
    }

    @Test
    void sharedHostChargesNoMoreThanAReservedHost() throws Exception {
        var shared = new ObjectMapper().readTree(cli.run("run", "--location", "FR", "--shared-host", "--json", "--", "sleep", "1.1").out());
        var reserved = new ObjectMapper().readTree(cli.run("run", "--location", "FR", "--json", "--", "sleep", "1.1").out());

        // sleep uses almost no CPU: its share of the host is far below the whole host's power.
        assertThat(shared.get("energy_kwh").asDouble()).isLessThan(reserved.get("energy_kwh").asDouble());
    }
}

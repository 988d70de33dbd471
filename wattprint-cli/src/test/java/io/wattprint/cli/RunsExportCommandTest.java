package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.method.FootprintCalculator;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Pue;
import io.wattprint.ledger.Ledger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wattprint runs export --format codecarbon: filters, stdout/--out, the round trip through ingest codecarbon, bad input. */
class RunsExportCommandTest {
    static final String HEADER = "timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,cpu_power,gpu_power,"
            + "ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,water_consumed,country_name,country_iso_code,region,"
            + "cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,"
            + "latitude,ram_total_size,tracking_mode,cpu_utilization_percent,gpu_utilization_percent,ram_utilization_percent,"
            + "ram_used_gb,on_cloud,pue,wue";
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        cli.clock = Clock.fixed(Instant.parse("2026-11-10T00:00:00Z"), ZoneOffset.UTC);
    }

    /**
     * A closed one-hour run: cpu 0.1 kWh, gpu:0 0.5 kWh, dram 0.02 kWh, PUE 1.25, then {@code runs recompute} so that its
     * CO2e uses the shipped factors (the ones an import uses).
     */
    String addRun(String id, String project, Instant start, String zone) {
        Instant end = start.plusSeconds(3600);
        Workload w = Workload.builder(project).project(project).tag("experiment", "exp-" + id).build();
        Location location = zone == null ? Location.unknown() : Location.zone(zone);
        Run run = new Run(id, "fixture:" + id, w, "host-a", location, start, null, RunStatus.RUNNING, null, "train.py");
        List<EnergyInterval> xs = List.of(
                new EnergyInterval(start, end, Component.CPU, Energy.ofKilowattHours(0.1), new Provenance.MeasuredCounter("rapl-energy-uj package-0")),
                new EnergyInterval(start, end, Component.gpu("0"), Energy.ofKilowattHours(0.5), new Provenance.MeasuredCounter("nvml-total-energy uuid=GPU-0")),
                new EnergyInterval(start, end, Component.DRAM, Energy.ofKilowattHours(0.02), new Provenance.Estimated("memory-per-gb 0.375W/GB")));
        Footprint f = new FootprintCalculator().compute(xs, location, new PueAssumption(Pue.of(1.25), "fixture"),
                (z, t) -> Optional.empty());
        try (Ledger l = Ledger.open(cli.ledgerFile().toString())) {
            l.runs().insertRun(run);
            l.intervals().append(id, xs);
            l.runs().closeRun(id, end, RunStatus.SUCCEEDED, 0);
            l.footprints().save(id, f, "fixture 1");
        }
        var r = cli.run("runs", "recompute", id);
        assertThat(r.code()).as(r.toString()).isZero();
        return id;
    }

    static List<String> lines(String csv) { return List.of(csv.split("\r\n")); }

    static Map<String, String> row(String header, String line) {
        String[] h = header.split(",", -1), v = line.split(",", -1);
        assertThat(v).hasSize(38);
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < h.length; i++) m.put(h[i], v[i]);
        return m;
    }

    JsonNode show(String db, String id) throws Exception {
        var r = cli.run("runs", "show", id, "--json", "--db", db);
        assertThat(r.code()).as(r.toString()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void toStdoutTheHeaderThenClosedRunsOldestFirstAndTheCountOnStderr() throws Exception {
        addRun("aaaa0001-run", "alpha", Instant.parse("2026-11-01T08:00:00Z"), "FR");
        addRun("bbbb0001-run", "alpha", Instant.parse("2026-11-02T08:00:00Z"), "DE");
        try (Ledger l = Ledger.open(cli.ledgerFile().toString())) {
            l.runs().insertRun(new Run("cccc0001-run", "fixture:c", Workload.builder("alpha").project("alpha").build(), "h",
                    Location.zone("FR"), Instant.parse("2026-11-03T08:00:00Z"), null, RunStatus.RUNNING, null, "x"));
        }
        var r = cli.run("runs", "export", "--format", "codecarbon");

        assertThat(r.code()).as(r.toString()).isZero();
        List<String> lines = lines(r.out());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(HEADER);
        assertThat(lines.get(1)).startsWith("2026-11-01T09:00:00,alpha,aaaa0001-run,exp-aaaa0001-run,3600,");
        assertThat(lines.get(2)).startsWith("2026-11-02T09:00:00,alpha,bbbb0001-run,");
        assertThat(r.err()).contains("exported 2 run(s) as codecarbon; 1 left out (open, or without a footprint)");
        assertThat(cli.run("runs", "export", "--format", "codecarbon", "--out", "-").out()).isEqualTo(r.out());
    }

    @Test
    void theRowOfAKnownRunHasItsEnergyTimesPueAndItsCo2e() throws Exception {
        addRun("aaaa0001-run", "alpha", Instant.parse("2026-11-01T08:00:00Z"), "FR");
        JsonNode stored = show(cli.ledgerFile().toString(), "aaaa0001");
        var r = cli.run("runs", "export", "--format", "codecarbon");

        Map<String, String> m = row(HEADER, lines(r.out()).get(1));
        // by hand: IT 0.62 kWh, × 1.25 = 0.775 kWh; cpu 0.125, gpu 0.625, ram 0.025 kWh; power 100/500/20 W over 1 h
        assertThat(Double.parseDouble(m.get("cpu_energy"))).isCloseTo(0.125, within(1e-12));
        assertThat(Double.parseDouble(m.get("gpu_energy"))).isCloseTo(0.625, within(1e-12));
        assertThat(Double.parseDouble(m.get("ram_energy"))).isCloseTo(0.025, within(1e-12));
        assertThat(Double.parseDouble(m.get("energy_consumed"))).isCloseTo(0.775, within(1e-12));
        assertThat(Double.parseDouble(m.get("cpu_power"))).isCloseTo(100, within(1e-9));
        assertThat(Double.parseDouble(m.get("gpu_power"))).isCloseTo(500, within(1e-9));
        assertThat(Double.parseDouble(m.get("ram_power"))).isCloseTo(20, within(1e-9));
        // CO2e = 0.775 kWh × the FR factor the run was computed with
        double g = stored.get("factor").get("g_per_kwh").asDouble();
        assertThat(Double.parseDouble(m.get("emissions"))).isCloseTo(0.775 * g / 1000, within(1e-12));
        assertThat(Double.parseDouble(m.get("emissions_rate"))).isCloseTo(0.775 * g / 1000 / 3600, within(1e-15));
        assertThat(m.get("pue")).isEqualTo("1.25");
        assertThat(m.get("country_iso_code")).isEqualTo("FRA");
        assertThat(m.get("gpu_count")).isEqualTo("1");
        assertThat(m.get("tracking_mode")).isEqualTo("machine");
        assertThat(m.get("codecarbon_version")).isEqualTo("wattprint " + VersionProvider.version());
    }

    @Test
    void exportThenIngestGivesTheSameEnergyByComponentAndTheSameCo2e() throws Exception {
        addRun("aaaa0001-run", "alpha", Instant.parse("2026-11-01T08:00:00Z"), "FR");
        addRun("bbbb0001-run", "beta", Instant.parse("2026-11-02T08:00:00Z"), "DE");
        Path file = tmp.resolve("emissions.csv");
        var e = cli.run("runs", "export", "--format", "codecarbon", "--out", file.toString());
        assertThat(e.code()).as(e.toString()).isZero();
        assertThat(e.out()).contains("exported 2 run(s) as codecarbon to " + file);

        String other = tmp.resolve("other.db").toString();
        var i = cli.run("ingest", "codecarbon", file.toString(), "--db", other);
        assertThat(i.code()).as(i.toString()).isZero();
        assertThat(i.out()).contains("2 imported, 0 quarantined");

        JsonNode imported = JSON.readTree(cli.run("runs", "list", "--json", "--db", other).out());
        assertThat(imported).hasSize(2);
        for (JsonNode run : imported) {
            String originalId = run.get("tags").get("codecarbon_run_id").asText();
            JsonNode before = show(cli.ledgerFile().toString(), originalId);
            JsonNode after = show(other, run.get("id").asText());
            assertThat(after.get("project").asText()).isEqualTo(before.get("project").asText());
            assertThat(after.get("tags").get("codecarbon_experiment_id").asText()).isEqualTo("exp-" + originalId);
            assertThat(after.get("start").asText()).isEqualTo(before.get("start").asText());
            assertThat(after.get("zone").asText()).isEqualTo(before.get("zone").asText());
            assertThat(after.get("pue").asDouble()).isCloseTo(1.25, within(1e-12));
            assertThat(after.get("energy_kwh").asDouble()).isCloseTo(before.get("energy_kwh").asDouble(), within(1e-12));
            assertThat(after.get("co2e_kg").asDouble()).isCloseTo(before.get("co2e_kg").asDouble(), within(1e-12));
            assertThat(byKind(after)).containsOnlyKeys("cpu", "gpu", "dram");
            byKind(before).forEach((k, kwh) -> assertThat(byKind(after).get(k)).as(k).isCloseTo(kwh, within(1e-12)));
            assertThat(after.get("components").get(0).get("method").asText()).isEqualTo("codecarbon wattprint " + VersionProvider.version());
        }
    }

    static Map<String, Double> byKind(JsonNode detail) {
        Map<String, Double> m = new HashMap<>();
        for (JsonNode c : detail.get("components")) m.merge(c.get("component").asText().replaceAll(":.*", ""), c.get("energy_kwh").asDouble(), Double::sum);
        return m;
    }

    @Test
    void anUnknownLocationHasEmptyEmissions() throws Exception {
        addRun("aaaa0001-run", "alpha", Instant.parse("2026-11-01T08:00:00Z"), null);
        var r = cli.run("runs", "export", "--format", "codecarbon");

        Map<String, String> m = row(HEADER, lines(r.out()).get(1));
        assertThat(m.get("emissions")).isEmpty();
        assertThat(m.get("emissions_rate")).isEmpty();
        assertThat(m.get("country_iso_code")).isEmpty();
        assertThat(Double.parseDouble(m.get("energy_consumed"))).isCloseTo(0.775, within(1e-12));
    }

    @Test
    void theFiltersOfRunsListApply() {
        addRun("aaaa0001-run", "alpha", Instant.parse("2026-11-01T08:00:00Z"), "FR");
        addRun("bbbb0001-run", "beta", Instant.parse("2026-11-08T08:00:00Z"), "FR");
        addRun("cccc0001-run", "alpha", Instant.parse("2026-11-09T08:00:00Z"), "FR");

        assertThat(lines(cli.run("runs", "export", "--format", "codecarbon", "--project", "alpha").out())).hasSize(3);
        assertThat(lines(cli.run("runs", "export", "--format", "codecarbon", "--since", "7d").out())).hasSize(3);
        List<String> one = lines(cli.run("runs", "export", "--format", "codecarbon", "--project", "alpha", "--since", "2026-11-05",
                "--until", "2026-11-10").out());
        assertThat(one).hasSize(2);
        assertThat(one.get(1)).contains(",cccc0001-run,");
    }

    @Test
    void aFormulaLikeProjectIsNeutralisedInEveryCsvAndRawInJson() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
        addRun("r-formula", formula, Instant.parse("2026-11-01T10:00:00Z"), "FR");

        List<String> export = lines(cli.run("runs", "export", "--format", "codecarbon").out());
        assertThat(export.get(1)).contains(",\"'=HYPERLINK(").doesNotContain(",\"=HYPERLINK(").doesNotContain(",=HYPERLINK(");
        String summary = cli.run("report", "summary", "--by", "project", "--format", "csv", "--from", "2026-11-01",
                "--to", "2026-11-02").out();
        assertThat(summary).contains("\"'=HYPERLINK(").doesNotContain(",\"=HYPERLINK(").doesNotContain("\n\"=HYPERLINK(");
        JsonNode json = JSON.readTree(cli.run("runs", "list", "--json").out());
        assertThat(json.get(0).get("project").asText()).isEqualTo(formula);
    }

    @Test
    void aFormulaLikeProjectComesBackAsItWasThroughExportAndIngest() throws Exception {
        // The export neutralises it ('=HYPERLINK…); the importer takes exactly that quote off again.
        String formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
        addRun("r-formula", formula, Instant.parse("2026-11-01T10:00:00Z"), "FR");
        Path file = tmp.resolve("emissions.csv");
        assertThat(cli.run("runs", "export", "--format", "codecarbon", "--out", file.toString()).code()).isZero();
        assertThat(Files.readString(file)).contains(",\"'=HYPERLINK(");

        String other = tmp.resolve("other.db").toString();
        var i = cli.run("ingest", "codecarbon", file.toString(), "--db", other);
        assertThat(i.code()).as(i.toString()).isZero();
        JsonNode imported = JSON.readTree(cli.run("runs", "list", "--json", "--db", other).out());
        assertThat(imported).hasSize(1);
        assertThat(imported.get(0).get("project").asText()).isEqualTo(formula);
    }

    @Test
    void withoutALedgerOnlyTheHeader() {
        var r = cli.run("runs", "export", "--format", "codecarbon");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo(HEADER + "\r\n");
        assertThat(r.err()).contains("exported 0 run(s)", "no ledger at");
    }

    @Test
    void jsonIsTheRunObjectsOfRunsList() throws Exception {
        addRun("aaaa0001-run", "alpha", Instant.parse("2026-11-01T08:00:00Z"), "FR");
        JsonNode a = JSON.readTree(cli.run("runs", "export", "--format", "json").out());

        assertThat(a).hasSize(1);
        assertThat(a.get(0).get("id").asText()).isEqualTo("aaaa0001-run");
    }

    void refused(CliHarness.Result r, int code, String message) {
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        assertThat(r.err()).contains(message).doesNotContain("\tat ", "Exception");
    }

    @Test
    void anUnknownFormatExitsTwoNamingTheFormats() {
        refused(cli.run("runs", "export", "--format", "parquet"), 2, "unknown --format 'parquet' (formats: codecarbon, json)");
    }

    @Test
    void theFormatIsRequired() {
        refused(cli.run("runs", "export"), 2, "--format");
    }

    @Test
    void aBadSinceExitsTwo() {
        refused(cli.run("runs", "export", "--format", "codecarbon", "--since", "yesterday"), 2, "invalid value for --since: 'yesterday'");
    }

    @Test
    void anUntilBeforeSinceExitsTwo() {
        refused(cli.run("runs", "export", "--format", "codecarbon", "--since", "2026-11-05", "--until", "2026-11-01"), 2,
                "--until 2026-11-01");
    }

    @Test
    void anOutInAMissingDirectoryExitsOneNamingThePath() {
        Path out = tmp.resolve("no-such-dir").resolve("e.csv");
        refused(cli.run("runs", "export", "--format", "codecarbon", "--out", out.toString()), 1, "cannot write " + out);
    }

    @Test
    void anOutThatIsADirectoryExitsOne() {
        refused(cli.run("runs", "export", "--format", "codecarbon", "--out", tmp.toString()), 1,
                "cannot write " + tmp + ": it is a directory");
    }

    @Test
    void anUnwritableOutExitsOne() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root writes any file");
        Path dir = Files.createDirectory(tmp.resolve("ro"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path out = dir.resolve("e.csv");
        refused(cli.run("runs", "export", "--format", "codecarbon", "--out", out.toString()), 1, "cannot write " + out + ": permission denied");
    }
}

package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wattprint ingest: summaries, --json, quarantine list, --strict, --dry-run, re-import, runs show beside CodeCarbon. */
class IngestCommandTest {
    static final String HEADER = "timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,cpu_power,gpu_power,"
            + "ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,water_consumed,country_name,country_iso_code,region,"
            + "cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,"
            + "latitude,ram_total_size,tracking_mode,cpu_utilization_percent,gpu_utilization_percent,ram_utilization_percent,"
            + "ram_used_gb,on_cloud,pue,wue";
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() { cli = new CliHarness(tmp); }

    /** A v3 row: 38 fields, France, pue 1.2. */
    static String row(String runId, String cpuKwh) {
        return "2026-01-10T10:00:00,bert," + runId + ",exp,3600,0.05,0.0,10,0,3," + cpuKwh + ",0.6,0.06,0.78,0,France,FRA,,,,Linux,"
                + "3.11,3.0.1,8,Xeon,1,A100,,,64,machine,50,90,20,12,N,1.2,0";
    }

    Path file(String name, String... rows) throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(List.of(rows));
        Path f = tmp.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void anImportPrintsTheCountsAndWhereToSeeQuarantinedRows() throws Exception {
        Path f = file("e.csv", row("a", "0.12"), row("b", "-1"), row("c", "0.12"));
        var r = cli.run("ingest", "codecarbon", f.toString());

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("2 imported, 1 quarantined, 0 skipped as duplicates — wattprint ingest quarantine list");
        var q = cli.run("ingest", "quarantine", "list");
        assertThat(q.out()).contains(f.toString()).contains("cpu_energy").contains("'-1' is negative").contains(row("b", "-1"));
    }

    @Test
    void jsonSummaryHasTheCountsPerFileAndNotes() throws Exception {
        Path f = file("e.csv", row("a", "0.12"), row("b", "x"));
        var r = cli.run("ingest", "codecarbon", f.toString(), "--json");

        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("imported").asLong()).isEqualTo(1);
        assertThat(j.get("skipped_duplicates").asLong()).isZero();
        assertThat(j.get("quarantined").asLong()).isEqualTo(1);
        assertThat(j.get("files").get(0).get("file").asText()).isEqualTo(f.toString());
        assertThat(j.get("notes").toString()).contains("read as UTC");
    }

    @Test
    void aSecondImportOfTheSameFileSkipsEveryRowAndSaysWhenItWasImported() throws Exception {
        Path f = file("e.csv", row("a", "0.12"), row("c", "0.12"));
        String firstId = new ObjectMapper().readTree(cli.run("ingest", "codecarbon", f.toString(), "--json").out())
                .get("files").get(0).get("import_id").asText();
        var r = cli.run("ingest", "codecarbon", f.toString());

        assertThat(r.out()).contains("0 imported, 0 quarantined, 2 skipped as duplicates").contains("already imported on ")
                .contains(" as " + firstId);
        assertThat(cli.run("runs", "list", "--json").out()).containsOnlyOnce("\"a\"".replace("\"a\"", "codecarbon_run_id\" : \"a\""));
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        Path f = file("e.csv", row("a", "0.12"));
        var r = cli.run("ingest", "codecarbon", f.toString(), "--dry-run");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("dry run, nothing written: 1 would be imported");
        assertThat(cli.run("runs", "list", "--json").out().strip()).isEqualTo("[ ]");
        assertThat(cli.run("ingest", "quarantine", "list").out()).startsWith("no quarantined rows");
    }

    @Test
    void strictStopsWithExitThreeNamingTheRow() throws Exception {
        Path f = file("e.csv", row("a", "0.12"), row("b", "nope"), row("c", "0.12"));
        var r = cli.run("ingest", "codecarbon", f.toString(), "--strict");

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("--strict: stopped at " + f + " line 3, field cpu_energy: 'nope' is not a number")
                .doesNotContain("\tat ");
    }

    @Test
    void runsShowPrintsCodeCarbonsOwnFigureBesideOurs() throws Exception {
        cli.run("ingest", "codecarbon", file("e.csv", row("a", "0.12")).toString());
        String id = new ObjectMapper().readTree(cli.run("runs", "list", "--json").out()).get(0).get("id").asText();
        var r = cli.run("runs", "show", id);

        assertThat(r.out()).contains("CO2e (CodeCarbon)    0.05 kgCO2e (CodeCarbon's own figure").contains("CO2e (location)")
                .contains("imported (codecarbon 3.0.1)");
    }

    @Test
    void helpListsTheKindsAndTheExitCodes() {
        var r = cli.run("ingest", "--help");
        assertThat(r.out()).contains("Kinds:").contains("codecarbon").contains("CodeCarbon emissions.csv")
                .contains("3    --strict stopped at a bad row");
    }

    @Test
    void aLaterSnapshotOfARunUpdatesItAndRunsShowPrintsItsHistory() throws Exception {
        // CodeCarbon rewrote run "u" an hour later with twice the energy (update mode).
        String later = "2026-01-10T11:00:00,bert,u,exp,7200,0.1,0.0,10,0,3,0.24,1.2,0.12,1.56,0,France,FRA,,,,Linux,"
                + "3.11,3.0.1,8,Xeon,1,A100,,,64,machine,50,90,20,12,N,1.2,0";
        cli.run("ingest", "codecarbon", file("first.csv", row("u", "0.12")).toString());

        var second = cli.run("ingest", "codecarbon", file("second.csv", later).toString());
        var again = cli.run("ingest", "codecarbon", tmp.resolve("second.csv").toString());
        var show = cli.run("runs", "show", "--json", runId());
        var text = cli.run("runs", "show", runId());

        assertThat(second.out()).as(second.toString()).contains("1 imported, 0 quarantined, 0 skipped as duplicates");
        assertThat(again.out()).contains("0 imported, 0 quarantined, 1 skipped as duplicates");
        JsonNode j = new ObjectMapper().readTree(show.out());
        assertThat(j.get("versions")).hasSize(2);
        // IT energy of the latest version: 1.56 kWh / pue 1.2 = 1.3 kWh; the run ends at the later snapshot (2 h).
        assertThat(j.get("energy_kwh").asDouble()).isCloseTo(1.3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(j.get("duration_s").asDouble()).isEqualTo(7200);
        assertThat(text.out()).contains("history (footprint versions, oldest first; the figures above are the last):")
                .contains("as first stored").contains("updated by import");
        assertThat(cli.run("runs", "list", "--json").out()).satisfies(out ->
                assertThat(new ObjectMapper().readTree(out)).hasSize(1));
    }

    private String runId() throws Exception {
        return new ObjectMapper().readTree(cli.run("runs", "list", "--json").out()).get(0).get("id").asText();
    }
}

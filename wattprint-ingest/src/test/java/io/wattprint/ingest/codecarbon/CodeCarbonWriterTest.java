package io.wattprint.ingest.codecarbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.StoredFootprint;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CodeCarbonWriter: the v3 header byte for byte, each column of a row computed by hand, quoting, what is left empty. */
class CodeCarbonWriterTest {
    /** Typed out from FORMATS.md "CodeCarbon", not taken from CodeCarbonColumns. */
    static final String HEADER = "timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,"
            + "cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,water_consumed,country_name,"
            + "country_iso_code,region,cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,"
            + "gpu_count,gpu_model,longitude,latitude,ram_total_size,tracking_mode,cpu_utilization_percent,"
            + "gpu_utilization_percent,ram_utilization_percent,ram_used_gb,on_cloud,pue,wue";
    static final Instant START = Instant.parse("2026-01-10T09:00:00.400Z");
    static final Instant END = Instant.parse("2026-01-10T10:00:00.400Z");

    /** cpu 0.1 kWh, gpu:0 0.5 + gpu:1 0.3 kWh (NVML), dram 0.02 kWh over one hour; PUE 1.5; 50 g/kWh when located. */
    static RunRecord run(String project, Location loc, RunStatus status, boolean footprint, String gpuMethod) {
        Workload w = Workload.builder(project).project(project).tag("experiment", "exp-7").build();
        Run run = new Run("r-1", "k-1", w, "host", loc, START, status == RunStatus.RUNNING ? null : END, status, 0, "train.py");
        if (!footprint) return new RunRecord(run, null);
        Provenance nvml = new Provenance.MeasuredCounter(gpuMethod);
        List<ComponentEnergy> cs = List.of(
                new ComponentEnergy(Component.CPU, new Provenance.MeasuredCounter("rapl-energy-uj package-0"), Energy.ofKilowattHours(0.1)),
                new ComponentEnergy(Component.gpu("0"), nvml, Energy.ofKilowattHours(0.5)),
                new ComponentEnergy(Component.gpu("1"), nvml, Energy.ofKilowattHours(0.3)),
                new ComponentEnergy(Component.DRAM, new Provenance.Estimated("memory-per-gb"), Energy.ofKilowattHours(0.02)));
        Energy it = Energy.ofKilowattHours(0.92);
        Energy facility = Energy.ofKilowattHours(0.92 * 1.5);
        Co2e co2e = loc.isKnown() ? Co2e.ofGrams(0.92 * 1.5 * 50) : null;
        StoredFootprint f = new StoredFootprint(END, it, facility, 1.5, "fixture", co2e, loc.zone(), loc.isKnown() ? 50.0 : null,
                2026, "test", "test 1", 1.0, cs, List.of());
        return new RunRecord(run, f);
    }

    static RunRecord run(Location loc) { return run("bert", loc, RunStatus.SUCCEEDED, true, "nvml-total-energy uuid=GPU-1"); }

    static String col(List<String> row, String column) { return row.get(CodeCarbonColumns.V3.indexOf(column)); }

    static double num(List<String> row, String column) { return Double.parseDouble(col(row, column)); }

    @Test
    void theHeaderIsTheV3HeaderExactlyWithCrlf() throws Exception {
        StringWriter out = new StringWriter();
        new CodeCarbonWriter(out, "wattprint test").flush();

        assertThat(out.toString()).isEqualTo(HEADER + "\r\n");
        assertThat(HEADER.split(",")).hasSize(38);
    }

    @Test
    void theFileIsTheHeaderThenOneRowPerRunQuotedPerRfc4180() throws Exception {
        StringWriter out = new StringWriter();
        CodeCarbonWriter w = new CodeCarbonWriter(out, "wattprint test");
        w.write(run("a,\"b\"", Location.zone("FR"), RunStatus.SUCCEEDED, true, "nvml-total-energy uuid=GPU-1"));
        w.flush();

        String[] lines = out.toString().split("\r\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo(HEADER);
        assertThat(lines[1]).startsWith("2026-01-10T10:00:00,\"a,\"\"b\"\"\",r-1,exp-7,3600,");
        assertThat(lines[2]).isEmpty();
    }

    @Test
    void everyColumnOfAKnownRunIsComputedByHand() {
        List<String> r = CodeCarbonWriter.row(run(Location.zone("FR")), "wattprint 1.2.3");

        assertThat(r).hasSize(38);
        assertThat(col(r, "timestamp")).isEqualTo("2026-01-10T10:00:00");   // the end, UTC, seconds
        assertThat(col(r, "project_name")).isEqualTo("bert");
        assertThat(col(r, "run_id")).isEqualTo("r-1");
        assertThat(col(r, "experiment_id")).isEqualTo("exp-7");
        assertThat(col(r, "duration")).isEqualTo("3600");
        // 0.92 kWh IT × 1.5 = 1.38 kWh × 50 g/kWh = 69 g
        assertThat(num(r, "emissions")).isCloseTo(0.069, within(1e-12));
        assertThat(num(r, "emissions_rate")).isCloseTo(0.069 / 3600, within(1e-15));
        // mean power = IT energy / duration: 0.1 kWh in 1 h = 100 W; gpu 0.8 kWh = 800 W; ram 20 W
        assertThat(num(r, "cpu_power")).isCloseTo(100, within(1e-9));
        assertThat(num(r, "gpu_power")).isCloseTo(800, within(1e-9));
        assertThat(num(r, "ram_power")).isCloseTo(20, within(1e-9));
        // energy × PUE, as CodeCarbon writes it: 0.1 × 1.5, 0.8 × 1.5, 0.02 × 1.5, 0.92 × 1.5
        assertThat(num(r, "cpu_energy")).isCloseTo(0.15, within(1e-12));
        assertThat(num(r, "gpu_energy")).isCloseTo(1.2, within(1e-12));
        assertThat(num(r, "ram_energy")).isCloseTo(0.03, within(1e-12));
        assertThat(num(r, "energy_consumed")).isCloseTo(1.38, within(1e-12));
        assertThat(col(r, "country_name")).isEqualTo("France");
        assertThat(col(r, "country_iso_code")).isEqualTo("FRA");
        assertThat(col(r, "region")).isEmpty();
        assertThat(col(r, "cloud_provider")).isEmpty();
        assertThat(col(r, "codecarbon_version")).isEqualTo("wattprint 1.2.3");
        assertThat(col(r, "gpu_count")).isEqualTo("2");
        assertThat(col(r, "tracking_mode")).isEqualTo("machine");
        assertThat(col(r, "on_cloud")).isEqualTo("N");
        assertThat(col(r, "pue")).isEqualTo("1.5");
        for (String empty : List.of("water_consumed", "os", "python_version", "cpu_count", "cpu_model", "gpu_model", "longitude",
                "latitude", "ram_total_size", "cpu_utilization_percent", "gpu_utilization_percent", "ram_utilization_percent",
                "ram_used_gb", "wue")) {
            assertThat(col(r, empty)).as(empty).isEmpty();
        }
        for (String c : r) assertThat(c).as("no exponent").doesNotContain("E");
    }

    @Test
    void anUnknownLocationHasNoEmissionsButItsEnergy() {
        List<String> r = CodeCarbonWriter.row(run(Location.unknown()), null);

        assertThat(col(r, "emissions")).isEmpty();
        assertThat(col(r, "emissions_rate")).isEmpty();
        assertThat(num(r, "energy_consumed")).isCloseTo(1.38, within(1e-12));
        assertThat(col(r, "country_iso_code")).isEmpty();
        assertThat(col(r, "on_cloud")).isEmpty();
        assertThat(col(r, "codecarbon_version")).isEmpty();
    }

    @Test
    void aCloudRegionIsSplitIntoProviderAndRegion() {
        List<String> r = CodeCarbonWriter.row(run(new Location("IE", "aws:eu-west-1", null)), null);

        assertThat(List.of(col(r, "cloud_provider"), col(r, "cloud_region"), col(r, "region"), col(r, "country_iso_code"),
                col(r, "on_cloud"))).containsExactly("aws", "eu-west-1", "eu-west-1", "IRL", "Y");
    }

    @Test
    void aSubNationalZoneIsTheRegionNotACountry() {
        List<String> r = CodeCarbonWriter.row(run(Location.zone("US-CAL-CISO")), null);

        assertThat(col(r, "country_iso_code")).isEmpty();
        assertThat(col(r, "country_name")).isEmpty();
        assertThat(col(r, "region")).isEqualTo("US-CAL-CISO");
    }

    /** A run imported from CodeCarbon: GPU energy as one aggregate component, the file's gpu_count/gpu_model as tags (or not). */
    static RunRecord importedRun(String gpuCountTag, String gpuTag) {
        Workload.Builder w = Workload.builder("llm").project("llm");
        if (gpuCountTag != null) w.tag("gpu_count", gpuCountTag);
        if (gpuTag != null) w.tag("gpu", gpuTag);
        Run run = new Run("r-2", "codecarbon:r-2", w.build(), null, Location.zone("FR"), START, END, RunStatus.SUCCEEDED, null, null);
        List<ComponentEnergy> cs = List.of(new ComponentEnergy(Component.gpu("all"), new Provenance.Imported("codecarbon 3.0.1"),
                Energy.ofKilowattHours(4.8)));
        StoredFootprint f = new StoredFootprint(END, Energy.ofKilowattHours(4.8), Energy.ofKilowattHours(4.8), 1.0, "fixture",
                Co2e.ofGrams(240), "FR", 50.0, 2026, "test", "test 1", 0.0, cs, List.of());
        return new RunRecord(run, f);
    }

    @Test
    void anImportedRunExportsTheGpuCountAndModelItsFileRecorded() {
        List<String> r = CodeCarbonWriter.row(importedRun("8", "8 x NVIDIA H100 80GB HBM3"), null);

        assertThat(col(r, "gpu_count")).isEqualTo("8");
        assertThat(col(r, "gpu_model")).isEqualTo("8 x NVIDIA H100 80GB HBM3");
    }

    @Test
    void anAggregateGpuReadingWithoutARecordedCountLeavesTheCountEmpty() {
        List<String> r = CodeCarbonWriter.row(importedRun(null, null), null);

        assertThat(col(r, "gpu_count")).isEmpty();
        assertThat(col(r, "gpu_model")).isEmpty();
    }

    @Test
    void measuredGpusWinOverASmallerOrUnreadableRecordedCount() {
        // run(...) measures gpu:0 and gpu:1: two GPUs; a tag of 1 or "x" does not lower that.
        Workload w1 = Workload.builder("bert").project("bert").tag("gpu_count", "1").build();
        Workload wx = Workload.builder("bert").project("bert").tag("gpu_count", "x").build();
        RunRecord base = run(Location.zone("FR"));
        for (Workload w : List.of(w1, wx)) {
            Run r = base.run();
            Run tagged = new Run(r.id(), r.idempotencyKey(), w, r.host(), r.location(), r.start(), r.end(), r.status(),
                    r.exitCode(), r.command());
            assertThat(col(CodeCarbonWriter.row(new RunRecord(tagged, base.footprint()), null), "gpu_count")).isEqualTo("2");
        }
    }

    @Test
    void aSharedHostGpuReadingIsProcessMode() {
        List<String> r = CodeCarbonWriter.row(run("bert", Location.zone("FR"), RunStatus.SUCCEEDED, true,
                "nvml-total-energy uuid=GPU-1 share=sm-util"), null);

        assertThat(col(r, "tracking_mode")).isEqualTo("process");
    }

    @Test
    void openRunsAndRunsWithoutFootprintAreNotExportable() {
        List<RunRecord> bad = new ArrayList<>(List.of(run("bert", Location.zone("FR"), RunStatus.RUNNING, true, "nvml"),
                run("bert", Location.zone("FR"), RunStatus.SUCCEEDED, false, "nvml")));
        for (RunRecord r : bad) {
            assertThat(CodeCarbonWriter.exportable(r)).isFalse();
            assertThatThrownBy(() -> CodeCarbonWriter.row(r, null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("only closed runs with a footprint");
        }
        assertThat(CodeCarbonWriter.exportable(run(Location.zone("FR")))).isTrue();
    }
}

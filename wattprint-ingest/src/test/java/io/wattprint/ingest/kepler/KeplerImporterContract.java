package io.wattprint.ingest.kepler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.RunStatus;
import io.wattprint.ingest.ImportException;
import io.wattprint.ingest.RecordingContext;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kepler counters into runs of a real ledger; the same cases run on SQLite and PostgreSQL. */
abstract class KeplerImporterContract {
    @TempDir
    Path dir;
    Ledger ledger;
    final KeplerImporter importer = new KeplerImporter();

    protected abstract String freshLedgerSpec() throws Exception;

    @BeforeEach
    void open() throws Exception { ledger = Ledger.open(freshLedgerSpec()); }

    @AfterEach
    void close() {
        if (ledger != null) ledger.close();
    }

    private RecordingContext ingest(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        RecordingContext ctx = RecordingContext.of(ledger);
        importer.importFile(f, ctx);
        return ctx;
    }

    /** One query_range series: labels as "k=v" pairs, values as [unix seconds, value] pairs. */
    private static String series(String labels, String values) {
        StringBuilder m = new StringBuilder();
        for (String kv : labels.split(",")) {
            String[] p = kv.split("=", 2);
            if (m.length() > 0) m.append(',');
            m.append('"').append(p[0]).append("\":\"").append(p[1]).append('"');
        }
        return "{\"metric\":{" + m + "},\"values\":[" + values + "]}";
    }

    private static String matrix(String... series) {
        return "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[" + String.join(",", series) + "]}}";
    }

    private static final String POD = "pod_name=train-7f9c,pod_namespace=ml,instance=node-a";
    private static final Instant T0 = Instant.ofEpochSecond(1_790_000_000L);
    private static final Instant T2 = T0.plusSeconds(120);

    private List<RunRecord> runs() { return ledger.runs().list(RunQuery.all()); }

    private Map<String, Double> joulesByComponent(String runId) {
        Map<String, Double> out = new TreeMap<>();
        for (EnergyInterval i : ledger.intervals().ofRun(runId)) out.merge(i.component().toString(), i.energy().joules(), Double::sum);
        return out;
    }

    @Test
    void currentNamesGiveOneRunPerPodWithPackageDramAndGpuAndZonesNeverSummed() throws IOException {
        RecordingContext ctx = ingest("range.json", matrix(
                series("__name__=kepler_pod_cpu_joules_total,zone=package," + POD, "[1790000000,\"100\"],[1790000060,\"160\"],[1790000120,\"250\"]"),
                series("__name__=kepler_pod_cpu_joules_total,zone=core," + POD, "[1790000000,\"50\"],[1790000120,\"130\"]"),
                series("__name__=kepler_pod_cpu_joules_total,zone=uncore," + POD, "[1790000000,\"10\"],[1790000120,\"30\"]"),
                series("__name__=kepler_pod_cpu_joules_total,zone=dram," + POD, "[1790000000,\"5\"],[1790000120,\"25\"]"),
                series("__name__=kepler_pod_gpu_joules_total,gpu=0," + POD, "[1790000000,\"1000\"],[1790000120,\"4000\"]")));
        assertThat(ctx.rejected).isEmpty();
        assertThat(ctx.imported).isEqualTo(3);   // package, dram, gpu; core and uncore only noted
        assertThat(ctx.notes).anyMatch(n -> n.contains("zone core not used"));
        RunRecord r = runs().get(0);
        assertThat(runs()).hasSize(1);
        assertThat(r.run().workload().name()).isEqualTo("train-7f9c");
        assertThat(r.run().workload().project()).isEqualTo("ml");
        assertThat(r.run().workload().tags()).containsEntry("namespace", "ml").containsEntry("pod", "train-7f9c")
                .containsEntry("node", "node-a");
        assertThat(r.run().start()).isEqualTo(T0);
        assertThat(r.run().end()).isEqualTo(T2);
        assertThat(r.run().status()).isEqualTo(RunStatus.SUCCEEDED);
        // package 250 − 100 = 150 J; dram 25 − 5 = 20 J; gpu 4000 − 1000 = 3000 J.
        assertThat(joulesByComponent(r.run().id())).containsExactly(
                Map.entry("cpu:package", 150.0), Map.entry("dram", 20.0), Map.entry("gpu:0", 3000.0));
        // Summing the overlapping zones would give 150 + 80 (core) + 20 (uncore) + 20 + 3000 = 3270 J; it is 3170 J.
        assertThat(r.footprint().itEnergy().joules()).isCloseTo(150 + 20 + 3000, within(1e-9));
        assertThat(ledger.intervals().ofRun(r.run().id())).extracting(EnergyInterval::provenance)
                .containsOnly(new Provenance.Imported("kepler current"));
    }

    @Test
    void withoutAGridZoneLabelTheLocationIsUnknownAndNoCo2eIsComputed() throws IOException {
        RecordingContext ctx = ingest("range.json", matrix(
                series("__name__=kepler_pod_cpu_joules_total,zone=package," + POD, "[1790000000,\"0\"],[1790000120,\"3600000\"]")));
        RunRecord r = runs().get(0);
        assertThat(r.run().location().isKnown()).isFalse();
        assertThat(r.footprint().co2e()).isNull();
        assertThat(ctx.notes).anyMatch(n -> n.contains("no grid_zone label"));
    }

    @Test
    void aGridZoneLabelGivesTheLocationAndTheFootprintItsCo2e() throws IOException {
        ingest("range.json", matrix(series("__name__=kepler_pod_cpu_joules_total,zone=package,grid_zone=FR," + POD,
                "[1790000000,\"0\"],[1790000120,\"3600000\"]")));
        RunRecord r = runs().get(0);
        assertThat(r.run().location().zone()).isEqualTo("FR");
        // 3,600,000 J = 1 kWh, no PUE applied: CO2e is 1 kWh × the FR factor the footprint cites.
        assertThat(r.footprint().factorZone()).isEqualTo("FR");
        assertThat(r.footprint().co2e().kilograms())
                .isCloseTo(1.0 * r.footprint().factorGramsPerKwh() / 1000, within(1e-9));
    }

    @Test
    void legacyNamesAddDynamicAndIdleModesButNotCoreOrPlatform() throws IOException {
        String legacy = "container_namespace=ml,pod_name=serve-1,container_name=server";
        RecordingContext ctx = ingest("legacy.json", matrix(
                series("__name__=kepler_container_package_joules_total,mode=dynamic," + legacy, "[1790000000,\"10\"],[1790000120,\"40\"]"),
                series("__name__=kepler_container_package_joules_total,mode=idle," + legacy, "[1790000000,\"100\"],[1790000120,\"110\"]"),
                series("__name__=kepler_container_core_joules_total,mode=dynamic," + legacy, "[1790000000,\"1\"],[1790000120,\"20\"]"),
                series("__name__=kepler_container_platform_joules_total,mode=dynamic," + legacy, "[1790000000,\"0\"],[1790000120,\"999\"]"),
                series("__name__=kepler_container_dram_joules_total,mode=dynamic," + legacy, "[1790000000,\"0\"],[1790000120,\"7\"]")));
        assertThat(ctx.imported).isEqualTo(3);
        RunRecord r = runs().get(0);
        assertThat(r.run().workload().name()).isEqualTo("serve-1");
        assertThat(r.run().workload().tags()).containsEntry("containers", "server");
        // package: dynamic 40 − 10 = 30 J plus idle 110 − 100 = 10 J = 40 J; dram 7 J.
        assertThat(joulesByComponent(r.run().id())).containsExactly(Map.entry("cpu:package", 40.0), Map.entry("dram", 7.0));
        assertThat(ledger.intervals().ofRun(r.run().id())).extracting(EnergyInterval::provenance)
                .containsOnly(new Provenance.Imported("kepler legacy"));
    }

    @Test
    void aCounterResetMidRangeCountsTheNewValueAsTheIncreaseSinceTheReset() throws IOException {
        RecordingContext ctx = ingest("range.json", matrix(series("__name__=kepler_pod_cpu_joules_total,zone=package," + POD,
                "[1790000000,\"100\"],[1790000030,\"200\"],[1790000060,\"50\"],[1790000120,\"80\"]")));
        // 200 − 100 = 100; the drop to 50 is a reset: +50; then 80 − 50 = 30. 180 J, never negative.
        assertThat(joulesByComponent(runs().get(0).run().id())).containsExactly(Map.entry("cpu:package", 180.0));
        assertThat(ctx.notes).anyMatch(n -> n.contains("counter resets handled"));
    }

    @Test
    void podLevelSeriesWinOverTheirContainers() throws IOException {
        ingest("range.json", matrix(
                series("__name__=kepler_pod_cpu_joules_total,zone=package," + POD, "[1790000000,\"0\"],[1790000120,\"100\"]"),
                series("__name__=kepler_container_cpu_joules_total,zone=package,container_name=a," + POD, "[1790000000,\"0\"],[1790000120,\"60\"]"),
                series("__name__=kepler_container_cpu_joules_total,zone=package,container_name=b," + POD, "[1790000000,\"0\"],[1790000120,\"40\"]")));
        // The pod's 100 J, not 100 + 60 + 40.
        assertThat(joulesByComponent(runs().get(0).run().id())).containsExactly(Map.entry("cpu:package", 100.0));
    }

    @Test
    void importingTheSameRangeTwiceIsANoOp() throws IOException {
        String json = matrix(series("__name__=kepler_pod_cpu_joules_total,zone=package," + POD, "[1790000000,\"0\"],[1790000120,\"100\"]"));
        ingest("range.json", json);
        RecordingContext again = ingest("range.json", json);
        assertThat(again.imported).isZero();
        assertThat(again.duplicates).isEqualTo(1);
        assertThat(runs()).hasSize(1);
        assertThat(ledger.intervals().ofRun(runs().get(0).run().id())).hasSize(1);
    }

    @Test
    void aTextDumpOfTwoTimestampedScrapesGivesTheIncreaseBetweenThem() throws IOException {
        RecordingContext ctx = ingest("metrics.prom", """
                # HELP kepler_pod_cpu_joules_total Energy per pod
                # TYPE kepler_pod_cpu_joules_total counter
                kepler_pod_cpu_joules_total{pod_name="train-7f9c",pod_namespace="ml",zone="package"} 1000 1790000000000
                kepler_pod_cpu_joules_total{pod_name="train-7f9c",pod_namespace="ml",zone="core"} 400 1790000000000
                go_goroutines 12 1790000000000
                kepler_pod_cpu_joules_total{pod_name="train-7f9c",pod_namespace="ml",zone="package"} 1600 1790000120000
                kepler_pod_cpu_joules_total{pod_name="train-7f9c",pod_namespace="ml",zone="core"} 700 1790000120000
                """);
        assertThat(ctx.rejected).isEmpty();
        assertThat(ctx.imported).isEqualTo(1);
        RunRecord r = runs().get(0);
        // 1600 − 1000 = 600 J of package; core (300 J) is part of it and not added.
        assertThat(joulesByComponent(r.run().id())).containsExactly(Map.entry("cpu:package", 600.0));
        assertThat(r.run().start()).isEqualTo(T0);
        assertThat(r.run().end()).isEqualTo(T2);
    }

    @Test
    void aSingleScrapeWithoutTimestampsIsQuarantinedLineByLine() throws IOException {
        RecordingContext ctx = ingest("metrics.txt", """
                kepler_pod_cpu_joules_total{pod_name="p",pod_namespace="ml",zone="package"} 1000
                kepler_pod_cpu_joules_total{pod_name="p",pod_namespace="ml",zone="dram"} 90
                """);
        assertThat(ctx.imported).isZero();
        assertThat(ctx.rejected).extracting(RecordingContext.Rejected::line).containsExactly(1L, 2L);
        assertThat(ctx.rejected.get(0).reason()).contains("single scrape").contains("unknown span");
        assertThat(runs()).isEmpty();
    }

    @Test
    void badTextLinesAreQuarantinedAndTheRestImports() throws IOException {
        RecordingContext ctx = ingest("metrics.txt", """
                kepler_pod_cpu_joules_total{pod_name="p",zone="package" 1000 1790000000000
                kepler_pod_cpu_joules_total{pod_name="p",zone="package"} lots 1790000000000
                kepler_pod_cpu_joules_total{pod_name="p",zone="package"} 10 1790000000000
                kepler_pod_cpu_joules_total{pod_name="p",zone="package"} 20 1790000120000
                """);
        assertThat(ctx.rejected).extracting(RecordingContext.Rejected::line).containsExactly(1L, 2L);
        assertThat(ctx.rejected.get(1).reason()).contains("'lots' is not a number");
        assertThat(ctx.imported).isEqualTo(1);
    }

    @Test
    void aSeriesWithOneSampleOrABadValueIsQuarantined() throws IOException {
        RecordingContext ctx = ingest("range.json", matrix(
                series("__name__=kepler_pod_cpu_joules_total,zone=package," + POD, "[1790000000,\"100\"]"),
                series("__name__=kepler_pod_cpu_joules_total,zone=dram," + POD, "[1790000000,\"1\"],[1790000060,\"NaN\"]"),
                series("__name__=kepler_pod_gpu_joules_total,pod_namespace=ml", "[1790000000,\"1\"],[1790000060,\"2\"]")));
        assertThat(ctx.rejected).extracting(RecordingContext.Rejected::field).containsExactly("data.result[0]", "data.result[1]");
        assertThat(ctx.rejected.get(0).reason()).contains("1 sample(s)");
        assertThat(ctx.rejected.get(1).reason()).contains("not a counter value");
        assertThat(ctx.notes).anyMatch(n -> n.contains("without a pod_name"));
        assertThat(runs()).isEmpty();
    }

    @Test
    void timestampsPastYear9999AreQuarantinedNotACrash() throws IOException {
        // 253402300800 s is 10000-01-01T00:00:00Z; (long) 1e300 was Long.MAX_VALUE and Instant.ofEpochSecond threw.
        RecordingContext json = ingest("range.json", matrix(
                series("__name__=kepler_pod_cpu_joules_total,zone=package," + POD, "[1790000000,\"100\"],[1e300,\"200\"]"),
                series("__name__=kepler_pod_cpu_joules_total,zone=dram," + POD, "[1790000000,\"1\"],[253402300800,\"2\"]")));
        assertThat(json.rejected).extracting(RecordingContext.Rejected::field).containsExactly("data.result[0]", "data.result[1]");
        assertThat(json.rejected.get(0).reason()).contains("out of range").contains("9999-12-31T23:59:59Z");
        RecordingContext text = ingest("metrics.txt", """
                kepler_pod_cpu_joules_total{pod_name="p",pod_namespace="ml",zone="package"} 10 1790000000000
                kepler_pod_cpu_joules_total{pod_name="p",pod_namespace="ml",zone="package"} 20 9223372036854775807
                kepler_pod_cpu_joules_total{pod_name="p",pod_namespace="ml",zone="package"} 30 1790000120000
                """);
        assertThat(text.rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).startsWith("timestamp 9223372036854775807 is out of range");
        });
        assertThat(text.imported).isEqualTo(1);
    }

    @Test
    void aBinaryAnEmptyOrAnotherFormatsFileIsRefusedNamingWhatWasExpected() throws IOException {
        byte[] binary = new byte[1024];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 37);
        Path bin = Files.write(dir.resolve("dump.txt"), binary);
        assertThatThrownBy(() -> importer.importFile(bin, RecordingContext.of(ledger))).isInstanceOf(ImportException.class)
                .hasMessage(bin + ": no Kepler sample in it, not a Kepler file (expected a Prometheus query_range JSON result, or a "
                        + "/metrics text dump of two or more timestamped scrapes: lines kepler_…{label=\"value\",…} value timestamp_ms)");
        assertThatThrownBy(() -> ingest("empty.txt", "")).isInstanceOf(ImportException.class).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> ingest("e.txt", "timestamp,project_name,run_id\n2026-01-10T10:00:00,bert,a\n"))
                .isInstanceOf(ImportException.class).hasMessageContaining("not a Kepler file");
        // Cut short: was an IOException, a "cannot read" exit 1, for a file that is simply not complete JSON.
        assertThatThrownBy(() -> ingest("cut.json", "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{"))
                .isInstanceOf(ImportException.class).hasMessageStartingWith(dir.resolve("cut.json") + ": not valid JSON (");
        assertThat(runs()).isEmpty();
    }

    @Test
    void aFailedQueryOrAnInstantVectorFailsTheFile() {
        assertThatThrownBy(() -> ingest("e.json", "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error\"}"))
                .isInstanceOf(ImportException.class).hasMessageContaining("status error: parse error");
        assertThatThrownBy(() -> ingest("v.json", "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}"))
                .isInstanceOf(ImportException.class).hasMessageContaining("expected matrix");
        assertThatThrownBy(() -> ingest("x.json", "{\"foo\":1}"))
                .isInstanceOf(ImportException.class).hasMessageContaining("not a Prometheus query_range result");
    }

    @Test
    void aDryRunStoresNoRun() throws IOException {
        Path f = dir.resolve("range.json");
        Files.writeString(f, matrix(series("__name__=kepler_pod_cpu_joules_total,zone=package," + POD, "[1790000000,\"0\"],[1790000120,\"100\"]")));
        RecordingContext ctx = new RecordingContext(ledger, true, false, java.time.Clock.systemUTC());
        importer.importFile(f, ctx);
        assertThat(ctx.imported).isEqualTo(1);
        assertThat(runs()).isEmpty();
    }
}

package io.wattprint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.method.FootprintCalculator;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.MetricTotals;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger's figures in /metrics: scraped over HTTP, parsed, and checked against sums the test makes from the runs
 * it stored (kWh × 3.6 MJ, kWh × g/kWh), not against the code under test.
 */
class LedgerMetricsTest {
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Instant START = Instant.parse("2026-11-02T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void energyCo2eAndRunsAreTheSumsOfTheStoredRuns() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            Ledger l = h.ledger;
            // nlp/bert training: two closed runs, measured GPU energy, FR at 56 g/kWh
            store(l, "run-a", "nlp", "bert", "bert-base", Phase.TRAINING, RunStatus.SUCCEEDED, 2.0, gpu(), 56);
            store(l, "run-b", "nlp", "bert", "bert-base", Phase.TRAINING, RunStatus.FAILED, 0.5, gpu(), 56);
            // the same labels, energy estimated: another series
            store(l, "run-c", "nlp", "bert", "bert-base", Phase.TRAINING, RunStatus.SUCCEEDED, 1.25, est(), 56);
            // vision inference, no location factor: energy counted, CO2e unknown adds nothing
            store(l, "run-d", "vision", "yolo", "yolo-v8", Phase.INFERENCE, RunStatus.INTERRUPTED, 3.0, gpu(), null);
            // a run still open: counted as running, no figures
            h.run("run-open", "nlp", "bert");

            Map<String, Double> s = scrape(h);
            String bertGpu = "wattprint_energy_joules_total{model=\"bert-base\",phase=\"training\",project=\"bert\","
                    + "provenance=\"measured_counter\",team=\"nlp\"}";
            assertThat(s.get(bertGpu)).isCloseTo((2.0 + 0.5) * 3.6e6, within(1e-6));
            assertThat(s.get("wattprint_energy_joules_total{model=\"bert-base\",phase=\"training\",project=\"bert\","
                    + "provenance=\"estimated\",team=\"nlp\"}")).isCloseTo(1.25 * 3.6e6, within(1e-6));
            assertThat(s.get("wattprint_energy_joules_total{model=\"yolo-v8\",phase=\"inference\",project=\"yolo\","
                    + "provenance=\"measured_counter\",team=\"vision\"}")).isCloseTo(3.0 * 3.6e6, within(1e-6));
            assertThat(s.keySet().stream().filter(k -> k.startsWith("wattprint_energy_joules_total"))).hasSize(3);

            assertThat(s.get("wattprint_co2e_grams_total{basis=\"location\",model=\"bert-base\",phase=\"training\",project=\"bert\","
                    + "team=\"nlp\"}")).isCloseTo((2.0 + 0.5 + 1.25) * 56, within(1e-9));
            assertThat(s.keySet().stream().filter(k -> k.startsWith("wattprint_co2e_grams_total"))).as("vision has no CO2e").hasSize(1);

            assertThat(s).containsEntry("wattprint_runs{status=\"succeeded\"}", 2.0).containsEntry("wattprint_runs{status=\"failed\"}", 1.0)
                    .containsEntry("wattprint_runs{status=\"interrupted\"}", 1.0).containsEntry("wattprint_runs{status=\"running\"}", 1.0)
                    .containsEntry("wattprint_ledger_up", 1.0);
            assertThat(s.keySet()).noneMatch(k -> k.contains("run-"));
        }
    }

    @Test
    void aRecomputedFootprintCountsOnlyItsLatestVersion() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            store(h.ledger, "run-a", "nlp", "bert", "bert-base", Phase.TRAINING, RunStatus.SUCCEEDED, 2.0, gpu(), 56);
            h.ledger.footprints().save("run-a", footprint(0.75, gpu(), 100.0), "recomputed");
            Map<String, Double> s = scrape(h);
            assertThat(s.get("wattprint_energy_joules_total{model=\"bert-base\",phase=\"training\",project=\"bert\","
                    + "provenance=\"measured_counter\",team=\"nlp\"}")).isCloseTo(0.75 * 3.6e6, within(1e-6));
            assertThat(s.get("wattprint_co2e_grams_total{basis=\"location\",model=\"bert-base\",phase=\"training\",project=\"bert\","
                    + "team=\"nlp\"}")).isCloseTo(75.0, within(1e-9));
        }
    }

    @Test
    void anEmptyLedgerHasEveryStatusAtZeroAndNoFigures() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            Map<String, Double> s = scrape(h);
            for (RunStatus st : RunStatus.values()) assertThat(s).containsEntry("wattprint_runs{status=\"" + st.label() + "\"}", 0.0);
            assertThat(s.keySet()).noneMatch(k -> k.startsWith("wattprint_energy_joules_total{") || k.startsWith("wattprint_co2e_grams_total{"));
        }
    }

    @Test
    void aLedgerThatDoesNotAnswerLeavesTheHttpMetricsAndSaysLedgerUpZero() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            h.get("/healthz", null);
            h.ledger.close();
            HttpResponse<String> r = h.get("/metrics", null);
            assertThat(r.statusCode()).isEqualTo(200);
            Map<String, Double> s = parse(r.body());
            assertThat(s).containsEntry("wattprint_ledger_up", 0.0)
                    .containsEntry("wattprint_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"}", 1.0);
            assertThat(s.keySet()).noneMatch(k -> k.startsWith("wattprint_runs"));
            assertThat(h.diagnostics()).contains("/metrics without the ledger's figures: ");
        }
    }

    @Test
    void eachFamilyKeepsTheLargestLabelSetsAndSumsTheRestIntoOther() {
        List<MetricTotals.Energy> energy = List.of(
                new MetricTotals.Energy("a", "p", "m", "training", "ESTIMATED", 10),
                new MetricTotals.Energy("b", "p", "m", "training", "ESTIMATED", 40),
                new MetricTotals.Energy("c", "p", "m", "training", "ESTIMATED", 30),
                new MetricTotals.Energy("d", "p", "m", "training", "ESTIMATED", 5),
                new MetricTotals.Energy(null, null, null, null, "ESTIMATED", 20));
        var snapshots = LedgerMetrics.of(new MetricTotals(energy, List.of(), Map.of()), 2);
        Map<String, Double> byTeam = new HashMap<>();
        var counter = (io.prometheus.metrics.model.snapshots.CounterSnapshot) snapshots.get(0);
        for (var p : counter.getDataPoints()) byTeam.put(p.getLabels().get("team"), p.getValue());
        assertThat(byTeam).containsOnly(Map.entry("b", 40.0), Map.entry("c", 30.0), Map.entry(LedgerMetrics.OTHER, 10.0 + 5 + 20));
        assertThat(LedgerMetrics.MAX_SERIES).isEqualTo(1000);
    }

    @Test
    void agentHostsAreCountedAndEachHostsLastContactIsItsOwnSeries() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            h.run("run-1", "nlp", "bert");
            Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
            Instant t2 = Instant.parse("2026-12-07T18:30:00.5Z");
            h.ledger.fleet().saw("host-a", "gpu-17", "0.1.0", List.of(), "run-1", true, t1);
            h.ledger.fleet().saw("host-b", "gpu-18", "0.2.0", List.of(), "run-1", false, t2);

            Map<String, Double> s = scrape(h);
            assertThat(s).containsEntry("wattprint_agents", 2.0);
            assertThat(s.get("wattprint_agent_last_seen_timestamp_seconds{agent_version=\"0.1.0\",host=\"gpu-17\",host_id=\"host-a\"}"))
                    .isEqualTo(1_796_119_200.0);   // 2026-12-01T10:00:00Z in Unix seconds (date -d … +%s)
            assertThat(s.get("wattprint_agent_last_seen_timestamp_seconds{agent_version=\"0.2.0\",host=\"gpu-18\",host_id=\"host-b\"}"))
                    .isEqualTo(1_796_668_200.5);
            assertThat(s.keySet()).noneMatch(k -> k.contains("run-1"));
        }
    }

    @Test
    void withoutAgentsTheCountIsZeroAndNoHostIsListed() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            Map<String, Double> s = scrape(h);
            assertThat(s).containsEntry("wattprint_agents", 0.0);
            assertThat(s.keySet()).noneMatch(k -> k.startsWith("wattprint_agent_last_seen"));
        }
    }

    private static Map<String, Double> scrape(ServerHarness h) throws Exception {
        HttpResponse<String> r = h.get("/metrics", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("# TYPE wattprint_runs gauge");
        if (r.body().contains("wattprint_energy_joules_total{")) {
            assertThat(r.body()).contains("# TYPE wattprint_energy_joules_total counter").contains("# TYPE wattprint_co2e_grams_total counter");
        }
        return parse(r.body());
    }

    /** Every sample line as name{labels sorted as written} → value; the label syntax checked on the way. */
    static Map<String, Double> parse(String body) {
        Map<String, Double> out = new HashMap<>();
        for (String line : body.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            Matcher m = SAMPLE.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            if (m.group(2) != null) {
                Matcher l = LABEL.matcher(m.group(2));
                int end = 0;
                while (l.find()) end = l.end() + 1;
                assertThat(end).as("labels of %s", line).isEqualTo(m.group(2).length() + 1);
            }
            out.put(m.group(1) + (m.group(2) == null ? "" : "{" + m.group(2) + "}"), Double.parseDouble(m.group(3)));
        }
        return out;
    }

    private static Provenance gpu() { return new Provenance.MeasuredCounter("nvml-total-energy"); }

    private static Provenance est() { return new Provenance.Estimated("gpu-tdp"); }

    private static void store(Ledger l, String id, String team, String project, String model, Phase phase, RunStatus status,
                              double kwh, Provenance provenance, Integer gPerKwh) {
        Workload w = Workload.builder(project).project(project).team(team).model(model).phase(phase).build();
        l.runs().insertRun(new Run(id, "key-" + id, w, "gpu-node-7", new Location(gPerKwh == null ? null : "FR", null, null),
                START, null, RunStatus.RUNNING, null, "python train.py"));
        l.runs().closeRun(id, START.plusSeconds(3600), status, status == RunStatus.SUCCEEDED ? 0 : 1);
        l.footprints().save(id, footprint(kwh, provenance, gPerKwh == null ? null : gPerKwh.doubleValue()), "test");
    }

    private static Footprint footprint(double kwh, Provenance provenance, Double gPerKwh) {
        List<EnergyInterval> intervals = List.of(new EnergyInterval(START, START.plusSeconds(3600), Component.gpu("0"),
                Energy.ofKilowattHours(kwh), provenance));
        EmissionFactor factor = gPerKwh == null ? null : EmissionFactor.annual("FR", CarbonIntensity.ofGramsPerKwh(gPerKwh), 2026,
                EmissionFactor.Basis.AVERAGE, EmissionFactor.Boundary.LIFECYCLE, "test", "test 1", "n/a");
        Location where = new Location(gPerKwh == null ? null : "FR", null, null);
        return new FootprintCalculator().compute(intervals, where, PueAssumption.notApplied(), (z, t) -> Optional.ofNullable(factor));
    }
}

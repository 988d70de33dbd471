package io.wattprint.ingest.codecarbon.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunRecord;
import io.wattprint.testkit.Upstream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the CodeCarbon-compatible API does with what CodeCarbon 3.3's tracker and CLI send; runs on SQLite and
 * PostgreSQL. Oracles are computed here from the request bodies (exact decimal sums), never by the code under test.
 */
abstract class CodeCarbonApiContract {
    /** The server's time: after the recorded requests (2026-12-07T09:18). */
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final ObjectMapper EXACT = CodeCarbonApi.mapper();
    private static ReferenceData data;

    Ledger ledger;
    CodeCarbonApi api;

    /** A spec (path or JDBC URL) of a ledger no other test uses. */
    protected abstract String freshLedgerSpec() throws Exception;

    @BeforeAll
    static void loadData() {
        data = ReferenceData.load();
    }

    @BeforeEach
    void open() throws Exception {
        ledger = Ledger.open(freshLedgerSpec());
        api = new CodeCarbonApi(ledger, data, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        if (ledger != null) ledger.close();
    }

    /** The recorded requests, bodies read with exact decimals. */
    static List<JsonNode> recorded() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(Upstream.file("codecarbon-api/tracker-requests.jsonl"))) {
            if (!line.isBlank()) out.add(EXACT.readTree(line));
        }
        return out;
    }

    static ObjectNode runBody() throws Exception {
        return (ObjectNode) recorded().get(0).get("body").deepCopy();
    }

    static ObjectNode deltaBody(String runId) throws Exception {
        ObjectNode b = (ObjectNode) recorded().get(1).get("body").deepCopy();
        b.put("run_id", runId);
        return b;
    }

    private long storedDeltas(String runId) {
        return ledger.codeCarbonApi().deltas(runId).size();
    }

    @Test
    void theRecordedTrackerReplayedIsOneRunWhoseEnergyIsTheSumOfItsDeltas() throws Exception {
        String runId = null;
        BigDecimal energy = BigDecimal.ZERO;
        BigDecimal cpu = BigDecimal.ZERO;
        BigDecimal ram = BigDecimal.ZERO;
        BigDecimal gpu = BigDecimal.ZERO;
        BigDecimal emissions = BigDecimal.ZERO;
        int deltas = 0;
        for (JsonNode request : recorded()) {
            assertThat(request.get("method").asText()).isEqualTo("POST");
            ObjectNode body = (ObjectNode) request.get("body").deepCopy();
            switch (request.get("path").asText()) {
                case "/api/runs" -> runId = api.createRun(body, null);
                case "/api/emissions" -> {
                    body.put("run_id", runId);   // the tracker sends back the id POST /runs answered
                    api.addEmission(body, null);
                    energy = energy.add(new BigDecimal(body.get("energy_consumed").asText()));
                    cpu = cpu.add(new BigDecimal(body.get("cpu_energy").asText()));
                    ram = ram.add(new BigDecimal(body.get("ram_energy").asText()));
                    gpu = gpu.add(new BigDecimal(body.get("gpu_energy").asText()));
                    emissions = emissions.add(new BigDecimal(body.get("emissions_sum").asText()));
                    deltas++;
                }
                default -> throw new AssertionError("unexpected path " + request.get("path"));
            }
        }
        assertThat(deltas).isEqualTo(3);
        assertThat(ledger.runs().list(new io.wattprint.ledger.RunQuery(null, null, null, null))).hasSize(1);

        RunTotals t = api.totals(runId, null);
        assertThat(t.deltas()).isEqualTo(3);
        assertThat(t.energyConsumedKwh()).isEqualByComparingTo(energy);
        assertThat(t.cpuEnergyKwh()).isEqualByComparingTo(cpu);
        assertThat(t.ramEnergyKwh()).isEqualByComparingTo(ram);
        assertThat(t.gpuEnergyKwh()).isEqualByComparingTo(gpu);
        assertThat(t.emissionsKg()).isEqualByComparingTo(emissions);
        assertThat(t.durationSeconds()).isEqualTo(3);

        RunRecord r = ledger.runs().find(runId).orElseThrow();
        assertThat(r.run().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(r.run().start()).isEqualTo(Instant.parse("2026-12-07T09:18:18.799687Z"));
        // Our footprint: the run's IT energy is the sum of the deltas (joules held as a double: to its precision).
        double joules = energy.multiply(BigDecimal.valueOf(3_600_000)).doubleValue();
        assertThat(r.footprint().itEnergy().joules()).isCloseTo(joules, within(Math.ulp(joules) * 8));
        Map<Component, ComponentEnergy> byComponent = new java.util.HashMap<>();
        for (ComponentEnergy c : r.footprint().components()) byComponent.put(c.component(), c);
        assertThat(byComponent).containsOnlyKeys(Component.CPU, Component.DRAM);   // gpu_energy is 0 in every delta
        double cpuJ = cpu.multiply(BigDecimal.valueOf(3_600_000)).doubleValue();
        double ramJ = ram.multiply(BigDecimal.valueOf(3_600_000)).doubleValue();
        assertThat(byComponent.get(Component.CPU).energy().joules()).isCloseTo(cpuJ, within(Math.ulp(cpuJ) * 8));
        assertThat(byComponent.get(Component.DRAM).energy().joules()).isCloseTo(ramJ, within(Math.ulp(ramJ) * 8));
        for (ComponentEnergy c : r.footprint().components()) {
            assertThat(c.provenance()).isEqualTo(new Provenance.Imported("codecarbon 3.3.0"));
        }
        assertThat(r.footprint().pueBasis()).startsWith("not applied");
        // Intervals: one per delta and non-zero component, over [timestamp − duration, timestamp].
        List<EnergyInterval> xs = ledger.intervals().ofRun(runId);
        assertThat(xs).hasSize(6);
        assertThat(xs.get(0).end()).isEqualTo(Instant.parse("2026-12-07T09:18:20.393478Z"));
        assertThat(xs.get(0).start()).isEqualTo(Instant.parse("2026-12-07T09:18:19.393478Z"));
        // The mapping: an experiment this server does not know → project codecarbon, workload named by its id.
        Workload w = r.run().workload();
        assertThat(w.name()).isEqualTo("9b9d4a41-0000-4000-8000-000000000001");
        assertThat(w.project()).isEqualTo("codecarbon");
        assertThat(w.tags()).containsEntry("codecarbon_experiment_id", "9b9d4a41-0000-4000-8000-000000000001")
                .containsEntry("codecarbon_run_id", runId).containsEntry("os", "Linux-6.1.0-amd64-x86_64-with-glibc2.36")
                .containsEntry("cpu", "AMD EPYC").containsEntry("tracking_mode", "machine").containsEntry("codecarbon_version", "3.3.0")
                .containsEntry("longitude", "-71.2").containsEntry("latitude", "46.8")
                .doesNotContainKey("gpu").doesNotContainKey("gpu_count");
        // No country, no cloud region: the location is unknown (coordinates are not mapped to grid zones).
        assertThat(r.run().location().isKnown()).isFalse();
        assertThat(r.footprint().co2e()).isNull();
    }

    @Test
    void anExperimentCreatedFirstNamesTheWorkloadAndItsProjectTheProjectAndItsCountryTheLocation() throws Exception {
        ObjectNode project = api.createProject(EXACT.readTree("{\"name\": \"bert\", \"description\": \"NLP\", \"organization_id\": \"org-1\"}"), null);
        assertThat(project.get("id").asText()).isNotBlank();
        assertThat(project.get("name").asText()).isEqualTo("bert");
        assertThat(project.get("organization_id").asText()).isEqualTo("org-1");
        ObjectNode experiment = api.createExperiment(EXACT.readTree("{\"timestamp\": \"2026-12-07T09:00:00+00:00\", \"name\": \"fine-tune\", "
                + "\"description\": \"d\", \"on_cloud\": false, \"project_id\": \"" + project.get("id").asText() + "\", "
                + "\"country_name\": \"France\", \"country_iso_code\": \"FRA\"}"), null);
        assertThat(experiment.get("project_id").asText()).isEqualTo(project.get("id").asText());
        assertThat(experiment.get("on_cloud").asBoolean()).isFalse();
        assertThat(api.experiment(experiment.get("id").asText(), null)).isEqualTo(experiment);
        assertThat(api.project(project.get("id").asText(), null)).isEqualTo(project);
        assertThat(api.projectExperiments(project.get("id").asText(), null)).containsExactly(experiment);
        assertThat(api.experiments(null)).containsExactly(experiment);
        assertThat(api.projects(null)).containsExactly(project);

        ObjectNode run = runBody();
        run.put("experiment_id", experiment.get("id").asText());
        String runId = api.createRun(run, null);
        api.addEmission(deltaBody(runId), null);
        RunRecord r = ledger.runs().find(runId).orElseThrow();
        assertThat(r.run().workload().name()).isEqualTo("fine-tune");
        assertThat(r.run().workload().project()).isEqualTo("bert");
        assertThat(r.run().workload().tags()).containsEntry("codecarbon_project_id", project.get("id").asText());
        assertThat(r.run().location()).isEqualTo(Location.zone("FR"));
        assertThat(r.footprint().co2e()).isNotNull();
        assertThat(r.footprint().co2e().grams()).isPositive();
    }

    @Test
    void theSameDeltaSentTwiceIsStoredOnce() throws Exception {
        String runId = api.createRun(runBody(), null);
        String first = api.addEmission(deltaBody(runId), null);
        double joules = ledger.runs().find(runId).orElseThrow().footprint().itEnergy().joules();
        String again = api.addEmission(deltaBody(runId), null);
        assertThat(again).isEqualTo(first);
        assertThat(storedDeltas(runId)).isEqualTo(1);
        assertThat(ledger.intervals().count(runId)).isEqualTo(2);
        assertThat(ledger.runs().find(runId).orElseThrow().footprint().itEnergy().joules()).isEqualTo(joules);
    }

    @Test
    void aDeltaWithTheSameTimestampAndOtherValuesIsAConflictAndNothingIsStored() throws Exception {
        String runId = api.createRun(runBody(), null);
        api.addEmission(deltaBody(runId), null);
        ObjectNode other = deltaBody(runId);
        other.put("cpu_energy", 1e-5);
        assertThatThrownBy(() -> api.addEmission(other, null)).isInstanceOfSatisfying(CodeCarbonApiException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.code()).isEqualTo(CodeCarbonApiException.CONFLICT);
            assertThat(e.field()).isEqualTo("timestamp");
        });
        assertThat(storedDeltas(runId)).isEqualTo(1);
        assertThat(api.totals(runId, null).cpuEnergyKwh()).isEqualByComparingTo(new BigDecimal("2.245331891110962e-06"));
    }

    @Test
    void aDeltaOverlappingAnotherOfItsRunIsAConflictAndNothingIsStored() throws Exception {
        String runId = api.createRun(runBody(), null);
        api.addEmission(deltaBody(runId), null);
        ObjectNode later = deltaBody(runId);   // one second later, lasting two: starts where the first one starts
        later.put("timestamp", "2026-12-07T09:18:21.393478+00:00");
        later.put("duration", 2);
        assertThatThrownBy(() -> api.addEmission(later, null)).isInstanceOfSatisfying(CodeCarbonApiException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.field()).isEqualTo("duration");
        });
        assertThat(storedDeltas(runId)).isEqualTo(1);
        assertThat(ledger.intervals().count(runId)).isEqualTo(2);
    }

    @Test
    void aDeltaOfAnUnknownRunIsNotFound() throws Exception {
        assertNotFound(() -> api.addEmission(deltaBody("00000000-0000-0000-0000-000000000001"), null), "run_id");
    }

    @Test
    void aRunIdIsMatchedExactlyNotAsAPrefix() throws Exception {
        String runId = api.createRun(runBody(), null);
        assertNotFound(() -> api.addEmission(deltaBody(runId.substring(0, 8)), null), "run_id");
        api.createRun(runBody(), null);
        assertInvalid(() -> api.addEmission(deltaBody(""), null), "run_id");   // empty: refused as missing
        assertThat(storedDeltas(runId)).isZero();
    }

    @Test
    void aDeltaOfAnotherTeamsRunIsNotFoundAsAnUnknownRunIs() throws Exception {
        String runId = api.createRun(runBody(), new Caller("nlp", null));
        assertThat(ledger.runs().find(runId).orElseThrow().run().workload().team()).isEqualTo("nlp");
        assertNotFound(() -> api.addEmission(deltaBody(runId), new Caller("vision", null)), "run_id");
        assertNotFound(() -> api.totals(runId, new Caller("vision", null)), "run_id");
        assertThat(storedDeltas(runId)).isZero();
        assertThat(api.addEmission(deltaBody(runId), new Caller("nlp", null))).isNotBlank();
    }

    @Test
    void aDeltaOfARunNotCreatedByThisApiIsNotFound() throws Exception {
        Run metered = new Run("metered-run-1", "k-1", Workload.builder("train").build(), null, Location.unknown(),
                Instant.parse("2026-12-07T09:00:00Z"), null, RunStatus.RUNNING, null, null);
        ledger.runs().insertRun(metered);
        assertNotFound(() -> api.addEmission(deltaBody("metered-run-1"), null), "run_id");
        assertThat(ledger.intervals().count("metered-run-1")).isZero();
    }

    @Test
    void anotherTeamsProjectsAndExperimentsAreNotSeen() throws Exception {
        ObjectNode p = api.createProject(EXACT.readTree("{\"name\": \"bert\"}"), new Caller("nlp", null));
        String pid = p.get("id").asText();
        ObjectNode e = api.createExperiment(EXACT.readTree("{\"name\": \"x\", \"project_id\": \"" + pid + "\"}"), new Caller("nlp", null));
        Caller vision = new Caller("vision", null);
        assertNotFound(() -> api.project(pid, vision), "id");
        assertNotFound(() -> api.projectExperiments(pid, vision), "project_id");
        assertNotFound(() -> api.experiment(e.get("id").asText(), vision), "id");
        assertNotFound(() -> api.createExperiment(EXACT.readTree("{\"name\": \"y\", \"project_id\": \"" + pid + "\"}"), vision), "project_id");
        ObjectNode run = runBody();
        run.put("experiment_id", e.get("id").asText());
        assertNotFound(() -> api.createRun(run, vision), "experiment_id");
        assertThat(api.projects(vision)).isEmpty();
        assertThat(api.experiments(vision)).isEmpty();
        assertThat(api.projects(new Caller("nlp", null))).containsExactly(p);
        assertThat(ledger.runs().list(new io.wattprint.ledger.RunQuery(null, null, null, null))).isEmpty();
    }

    @Test
    void aTokenRestrictedToAProjectPutsRunsOfUnknownExperimentsInItAndCreatesNoOtherProject() throws Exception {
        Caller bert = new Caller("nlp", "bert");
        String runId = api.createRun(runBody(), bert);
        assertThat(ledger.runs().find(runId).orElseThrow().run().workload().project()).isEqualTo("bert");
        assertInvalid(() -> api.createProject(EXACT.readTree("{\"name\": \"gpt\"}"), bert), "name");
        assertThat(api.createProject(EXACT.readTree("{\"name\": \"bert\"}"), bert).get("name").asText()).isEqualTo("bert");
    }

    @Test
    void authCheckAnswersTheTokensRestriction() {
        assertThat(api.authCheck(new Caller("nlp", null)).toString()).isEqualTo("{\"user\":{\"team\":\"nlp\",\"project\":null}}");
        assertThat(api.authCheck(null).toString()).isEqualTo("{\"user\":{\"team\":null,\"project\":null}}");
    }

    static Stream<Arguments> badDeltas() {
        return Stream.<Object[]>of(
                new Object[] {"run_id", (Consumer<ObjectNode>) b -> b.remove("run_id")},
                new Object[] {"run_id", (Consumer<ObjectNode>) b -> b.put("run_id", 12)},
                new Object[] {"timestamp", (Consumer<ObjectNode>) b -> b.remove("timestamp")},
                new Object[] {"timestamp", (Consumer<ObjectNode>) b -> b.put("timestamp", "2026-12-07T09:18:20")},
                new Object[] {"timestamp", (Consumer<ObjectNode>) b -> b.put("timestamp", "yesterday")},
                new Object[] {"timestamp", (Consumer<ObjectNode>) b -> b.put("timestamp", "2026-12-07T10:05:01+00:00")},
                new Object[] {"timestamp", (Consumer<ObjectNode>) b -> b.put("timestamp", "1999-12-31T23:59:59+00:00")},
                new Object[] {"duration", (Consumer<ObjectNode>) b -> b.put("duration", -1)},
                new Object[] {"duration", (Consumer<ObjectNode>) b -> b.put("duration", 0)},
                new Object[] {"duration", (Consumer<ObjectNode>) b -> b.put("duration", 1.5)},
                new Object[] {"duration", (Consumer<ObjectNode>) b -> b.put("duration", "1")},
                new Object[] {"cpu_energy", (Consumer<ObjectNode>) b -> b.put("cpu_energy", Double.NaN)},
                new Object[] {"cpu_energy", (Consumer<ObjectNode>) b -> b.put("cpu_energy", -1e-6)},
                new Object[] {"gpu_energy", (Consumer<ObjectNode>) b -> b.put("gpu_energy", Double.POSITIVE_INFINITY)},
                new Object[] {"ram_energy", (Consumer<ObjectNode>) b -> b.put("ram_energy", "5.6e-06")},
                new Object[] {"energy_consumed", (Consumer<ObjectNode>) b -> b.remove("energy_consumed")},
                new Object[] {"emissions_sum", (Consumer<ObjectNode>) b -> b.putNull("emissions_sum")},
                new Object[] {"cpu_power", (Consumer<ObjectNode>) b -> b.put("cpu_power", -8.0)},
                new Object[] {"ram_power", (Consumer<ObjectNode>) b -> b.put("ram_power", true)})
                .map(a -> Arguments.of(a[0], a[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDeltas")
    void aBadDeltaIsRefusedNamingItsFieldAndNothingIsStored(String field, Consumer<ObjectNode> spoil) throws Exception {
        String runId = api.createRun(runBody(), null);
        ObjectNode body = deltaBody(runId);
        spoil.accept(body);
        assertInvalid(() -> api.addEmission(body, null), field);
        assertThat(storedDeltas(runId)).isZero();
        assertThat(ledger.intervals().count(runId)).isZero();
        assertThat(ledger.runs().find(runId).orElseThrow().footprint()).isNull();
    }

    @Test
    void pythonsNanAndATimestampWithinTheClockSkewAsTheRouteParsesThem() throws Exception {
        String runId = api.createRun(runBody(), null);
        String text = deltaBody(runId).toString().replaceFirst("\"cpu_energy\":[^,]+", "\"cpu_energy\":NaN");
        assertInvalid(() -> api.addEmission(EXACT.readTree(text), null), "cpu_energy");
        ObjectNode ahead = deltaBody(runId);
        ahead.put("timestamp", "2026-12-07T11:04:00+01:00");   // 4 minutes ahead of the server, in another offset
        assertThat(api.addEmission(ahead, null)).isNotBlank();
        assertThat(storedDeltas(runId)).isEqualTo(1);
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() throws Exception {
        assertInvalid(() -> api.addEmission(EXACT.readTree("[1, 2]"), null), "body");
        assertInvalid(() -> api.createRun(null, null), "body");
    }

    static Stream<Arguments> badRuns() {
        return Stream.<Object[]>of(
                new Object[] {"experiment_id", (Consumer<ObjectNode>) b -> b.remove("experiment_id")},
                new Object[] {"experiment_id", (Consumer<ObjectNode>) b -> b.put("experiment_id", "  ")},
                new Object[] {"timestamp", (Consumer<ObjectNode>) b -> b.put("timestamp", "2027-01-01T00:00:00+00:00")},
                new Object[] {"cpu_count", (Consumer<ObjectNode>) b -> b.put("cpu_count", "two")},
                new Object[] {"gpu_count", (Consumer<ObjectNode>) b -> b.put("gpu_count", -1)},
                new Object[] {"os", (Consumer<ObjectNode>) b -> b.put("os", "x".repeat(Workload.MAX_TEXT + 1))},
                new Object[] {"longitude", (Consumer<ObjectNode>) b -> b.put("longitude", "-71.2")})
                .map(a -> Arguments.of(a[0], a[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRuns")
    void aBadRunIsRefusedNamingItsFieldAndNothingIsStored(String field, Consumer<ObjectNode> spoil) throws Exception {
        ObjectNode body = runBody();
        spoil.accept(body);
        assertInvalid(() -> api.createRun(body, null), field);
        assertThat(ledger.runs().list(new io.wattprint.ledger.RunQuery(null, null, null, null))).isEmpty();
    }

    @Test
    void aBadExperimentOrProjectIsRefusedNamingItsField() throws Exception {
        assertInvalid(() -> api.createProject(EXACT.readTree("{\"description\": \"no name\"}"), null), "name");
        assertInvalid(() -> api.createProject(EXACT.readTree("{\"name\": 3}"), null), "name");
        String pid = api.createProject(EXACT.readTree("{\"name\": \"p\"}"), null).get("id").asText();
        assertInvalid(() -> api.createExperiment(EXACT.readTree("{\"name\": \"e\"}"), null), "project_id");
        assertInvalid(() -> api.createExperiment(EXACT.readTree("{\"name\": \"e\", \"project_id\": \"" + pid + "\", \"on_cloud\": \"yes\"}"),
                null), "on_cloud");
        assertInvalid(() -> api.createExperiment(EXACT.readTree("{\"name\": \"e\", \"project_id\": \"" + pid
                + "\", \"timestamp\": \"2031-01-01T00:00:00+00:00\"}"), null), "timestamp");
        assertNotFound(() -> api.createExperiment(EXACT.readTree("{\"name\": \"e\", \"project_id\": \"nope\"}"), null), "project_id");
        assertThat(api.experiments(null)).isEmpty();
    }

    @Test
    void injectionStringsInNamesAreStoredAndReturnedInert() throws Exception {
        String sql = "x'); DROP TABLE runs; --";
        String html = "<script>alert('x')</script>";
        ObjectNode p = EXACT.createObjectNode().put("name", sql).put("description", html);
        ObjectNode project = api.createProject(p, null);
        assertThat(project.get("name").asText()).isEqualTo(sql);
        assertThat(project.get("description").asText()).isEqualTo(html);
        ObjectNode e = EXACT.createObjectNode().put("name", html).put("description", sql).put("project_id", project.get("id").asText());
        ObjectNode experiment = api.createExperiment(e, null);
        assertThat(api.experiment(experiment.get("id").asText(), null).get("name").asText()).isEqualTo(html);
        ObjectNode run = runBody();
        run.put("experiment_id", experiment.get("id").asText());
        run.put("os", sql);
        String runId = api.createRun(run, null);
        api.addEmission(deltaBody(runId), null);
        RunRecord r = ledger.runs().find(runId).orElseThrow();
        assertThat(r.run().workload().name()).isEqualTo(html);
        assertThat(r.run().workload().project()).isEqualTo(sql);
        assertThat(r.run().workload().tags()).containsEntry("os", sql);
        assertThat(api.projects(null)).extracting(n -> n.get("name").asText()).containsExactly(sql);
        assertThat(ledger.runs().list(new io.wattprint.ledger.RunQuery(null, null, null, null))).hasSize(1);   // the runs table is still there
    }

    /** Threads posting at once, every fourth delta twice (a retry after a lost answer): every delta stored exactly once. */
    @Test
    void concurrentDeltasFromManyThreadsAreEachStoredExactlyOnce() throws Exception {
        int threads = 8;
        int perThread = 200;
        String runId = api.createRun(runBody(), null);
        Instant base = Instant.parse("2026-12-07T09:20:00Z");
        BigDecimal each = new BigDecimal("0.000012345678901234");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        ObjectNode b = deltaBody(runId);
                        b.put("timestamp", base.plusSeconds(1 + thread * perThread + i).atOffset(ZoneOffset.UTC).toString());
                        b.put("cpu_energy", each);
                        b.put("ram_energy", each);
                        b.put("energy_consumed", each.add(each));
                        String id = api.addEmission(b, null);
                        if (i % 4 == 0) assertThat(api.addEmission(b.deepCopy(), null)).isEqualTo(id);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdownNow();
        }
        int n = threads * perThread;
        assertThat(storedDeltas(runId)).isEqualTo(n);
        assertThat(ledger.intervals().count(runId)).isEqualTo(2L * n);
        RunTotals t = api.totals(runId, null);
        assertThat(t.energyConsumedKwh()).isEqualByComparingTo(each.add(each).multiply(BigDecimal.valueOf(n)));
        double joules = each.add(each).multiply(BigDecimal.valueOf(n)).multiply(BigDecimal.valueOf(3_600_000)).doubleValue();
        assertThat(t.record().footprint().itEnergy().joules()).isCloseTo(joules, within(joules * 1e-12));
    }

    static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CodeCarbonApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.code()).isEqualTo(CodeCarbonApiException.INVALID);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).startsWith(field + ": ");
        });
    }

    static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CodeCarbonApiException.class, e -> {
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.code()).isEqualTo(CodeCarbonApiException.NOT_FOUND);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}

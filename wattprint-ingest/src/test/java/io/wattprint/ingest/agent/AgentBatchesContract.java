package io.wattprint.ingest.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wattprint.core.model.RunStatus;
import io.wattprint.data.ReferenceData;
import io.wattprint.ingest.codecarbon.api.Caller;
import io.wattprint.ingest.codecarbon.api.CodeCarbonApi;
import io.wattprint.ledger.FleetRepository;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the server does with agent batches, on a real ledger (SQLite and PostgreSQL). Oracles are computed here from
 * the batches sent (sums of their joules, the FR 2023 lifecycle factor 56.04 g/kWh of grid-intensity.csv), never by the
 * code under test.
 */
abstract class AgentBatchesContract {
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final Instant START = Instant.parse("2026-12-07T09:00:00.250000Z");
    static final String RUN = "4b0d3c1e-7d7a-4a53-9a4e-1d2a3b4c5d6e";
    static final ObjectMapper JSON = CodeCarbonApi.mapper();
    private static ReferenceData data;

    Ledger ledger;
    AgentBatches batches;

    protected abstract String freshLedgerSpec() throws Exception;

    @BeforeAll
    static void loadData() {
        data = ReferenceData.load();
    }

    @BeforeEach
    void open() throws Exception {
        ledger = Ledger.open(freshLedgerSpec());
        batches = new AgentBatches(ledger, data, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        if (ledger != null) ledger.close();
    }

    /** A batch of run {@link #RUN} with intervals {@code from} (inclusive) to {@code to} of 1 s each, gpu:0 then cpu. */
    static ObjectNode batch(int from, int to, boolean last) {
        ObjectNode b = JSON.createObjectNode();
        ObjectNode agent = b.putObject("agent");
        agent.put("version", "0.1.0");
        agent.put("host_id", "c0ffee");
        agent.put("host", "gpu-node-7");
        ObjectNode gpu = agent.putArray("gpus").addObject();
        gpu.put("uuid", "GPU-1234");
        gpu.put("model", "NVIDIA H100 80GB HBM3");
        ObjectNode run = b.putObject("run");
        run.put("id", RUN);
        run.put("idempotency_key", "run:" + RUN);
        run.put("workload", "bert-finetune");
        run.put("project", "bert");
        run.put("team", "nlp");
        run.put("phase", "fine-tuning");
        run.putObject("tags").put("dataset", "squad");
        run.put("host", "gpu-node-7");
        run.put("zone", "FR");
        run.put("command", "python train.py");
        run.put("start", START.toString());
        if (last) {
            run.put("end", START.plusSeconds(to).toString());
            run.put("status", "succeeded");
            run.put("exit_code", 0);
            run.put("pue", 1.2);
            run.put("pue_basis", "given with --pue");
        }
        ArrayNode xs = b.putArray("intervals");
        for (int i = from; i < to; i++) {
            ObjectNode g = xs.addObject();
            g.put("start", START.plusSeconds(i).toString());
            g.put("end", START.plusSeconds(i + 1).toString());
            g.put("component", "gpu:0");
            g.put("joules", joules(i));
            g.put("provenance", "measured_counter");
            g.put("method", "nvml-total-energy");
            ObjectNode c = xs.addObject();
            c.put("start", START.plusSeconds(i).toString());
            c.put("end", START.plusSeconds(i + 1).toString());
            c.put("component", "cpu");
            c.put("joules", 12.5);
            c.put("provenance", "estimated");
            c.put("method", "cpu-tdp-load-curve");
        }
        return b;
    }

    static double joules(int i) { return 300.0 + i * 0.125; }

    @Test
    void aRunSentInBatchesIsStoredOnceAndClosedWithTheFootprintOfAllItsIntervals() {
        AgentBatches.Stored first = batches.accept(batch(0, 10, false), null);
        assertThat(first.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(first.added()).isEqualTo(20);
        AgentBatches.Stored last = batches.accept(batch(10, 25, true), null);
        assertThat(last.closedNow()).isTrue();
        assertThat(last.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(last.total()).isEqualTo(50);

        RunRecord r = ledger.runs().byId(RUN).orElseThrow();
        assertThat(r.run().workload().team()).isEqualTo("nlp");
        assertThat(r.run().workload().tags()).containsEntry("dataset", "squad");
        assertThat(r.run().end()).isEqualTo(START.plusSeconds(25));
        assertThat(r.run().exitCode()).isZero();
        double it = 0;
        for (int i = 0; i < 25; i++) it += joules(i) + 12.5;
        assertThat(r.footprint().itEnergy().joules()).isCloseTo(it, within(1e-9));
        assertThat(r.footprint().pue()).isEqualTo(1.2);
        assertThat(r.footprint().pueBasis()).isEqualTo("given with --pue");
        assertThat(r.footprint().facilityEnergy().joules()).isCloseTo(it * 1.2, within(1e-9));
        assertThat(r.footprint().factorGramsPerKwh()).isEqualTo(56.04);
        assertThat(r.footprint().co2e().grams()).isCloseTo(it * 1.2 / 3_600_000 * 56.04, within(1e-12));
        assertThat(r.footprint().measuredShare()).isCloseTo((it - 25 * 12.5) / it, within(1e-12));
    }

    @Test
    void theSameBatchTwiceIsStoredOnce() {
        batches.accept(batch(0, 10, true), null);
        AgentBatches.Stored again = batches.accept(batch(0, 10, true), null);
        assertThat(again.added()).isZero();
        assertThat(again.total()).isEqualTo(20);
        assertThat(again.closedNow()).as("closing twice changes nothing").isFalse();
        assertThat(again.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(ledger.intervals().count(RUN)).isEqualTo(20);
        assertThat(ledger.footprints().versions(RUN)).hasSize(1);
    }

    @Test
    void theAgentsHostAndGpusAreRegistered() {
        batches.accept(batch(0, 2, false), null);
        List<FleetRepository.Host> hosts = ledger.fleet().hosts("nlp", null);
        assertThat(hosts).hasSize(1);
        assertThat(hosts.get(0).hostId()).isEqualTo("c0ffee");
        assertThat(hosts.get(0).host()).isEqualTo("gpu-node-7");
        assertThat(hosts.get(0).agentVersion()).isEqualTo("0.1.0");
        assertThat(hosts.get(0).lastSeen()).isEqualTo(NOW);
        assertThat(hosts.get(0).gpus()).extracting(FleetRepository.SeenGpu::uuid).containsExactly("GPU-1234");
        assertThat(hosts.get(0).measuredRuns()).isEqualTo(1);
    }

    @Test
    void aRestrictedTokenWritesOnlyItsTeamAndItsTeamIsTheDefault() {
        ObjectNode b = batch(0, 2, false);
        ((ObjectNode) b.get("run")).remove("team");
        batches.accept(b, new Caller("nlp", null));
        assertThat(ledger.runs().byId(RUN).orElseThrow().run().workload().team()).isEqualTo("nlp");

        ObjectNode other = batch(0, 2, false);
        ((ObjectNode) other.get("run")).put("id", "other-run");
        ((ObjectNode) other.get("run")).put("idempotency_key", "run:other-run");
        assertThatThrownBy(() -> batches.accept(other, new Caller("vision", null)))
                .isInstanceOfSatisfying(AgentBatchException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.field()).isEqualTo("run.team");
                });
        assertThat(ledger.runs().byId("other-run")).isEmpty();
        // An existing run of another team answers as if it did not exist.
        ObjectNode theirs = batch(2, 4, false);
        ((ObjectNode) theirs.get("run")).put("team", "vision");
        assertThatThrownBy(() -> batches.accept(theirs, new Caller("vision", null)))
                .isInstanceOfSatisfying(AgentBatchException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(ledger.intervals().count(RUN)).isEqualTo(4);
    }

    private void refused(Consumer<ObjectNode> change, String field) {
        ObjectNode b = batch(0, 3, true);
        change.accept(b);
        assertThatThrownBy(() -> batches.accept(b, null)).isInstanceOfSatisfying(AgentBatchException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).startsWith(field + ": ");
        });
        assertThat(ledger.runs().byId(RUN)).as("nothing stored").isEmpty();
        assertThat(ledger.fleet().hosts(null, null)).isEmpty();
    }

    private static ObjectNode run(ObjectNode b) { return (ObjectNode) b.get("run"); }

    private static ObjectNode interval(ObjectNode b, int i) { return (ObjectNode) b.get("intervals").get(i); }

    @Test
    void negativeJoulesAreRefusedNamingTheField() { refused(b -> interval(b, 3).put("joules", -1.0), "intervals[3].joules"); }

    @Test
    void nanJoulesAreRefusedNamingTheField() { refused(b -> interval(b, 1).put("joules", Double.NaN), "intervals[1].joules"); }

    @Test
    void joulesAsTextAreRefused() { refused(b -> interval(b, 0).put("joules", "12"), "intervals[0].joules"); }

    @Test
    void anEndBeforeTheStartIsRefused() { refused(b -> run(b).put("end", START.minusSeconds(1).toString()), "run.end"); }

    @Test
    void anIntervalEndingBeforeItStartsIsRefused() {
        refused(b -> interval(b, 2).put("end", START.minusSeconds(5).toString()), "intervals[2].end");
    }

    @Test
    void aTimestampInTheFutureIsRefused() { refused(b -> run(b).put("start", NOW.plusSeconds(3600).toString()), "run.start"); }

    @Test
    void aTimestampBefore2000IsRefused() {
        refused(b -> interval(b, 0).put("start", "1999-12-31T23:59:59Z"), "intervals[0].start");
    }

    @Test
    void anUnknownStatusIsRefused() { refused(b -> run(b).put("status", "done"), "run.status"); }

    @Test
    void anEndWithoutStatusIsRefused() { refused(b -> run(b).remove("status"), "run.status"); }

    @Test
    void anUnknownProvenanceIsRefused() { refused(b -> interval(b, 0).put("provenance", "guessed"), "intervals[0].provenance"); }

    @Test
    void anUnknownComponentIsRefused() { refused(b -> interval(b, 0).put("component", "tpu"), "intervals[0].component"); }

    @Test
    void aPueOutOfRangeIsRefused() { refused(b -> run(b).put("pue", 0.5), "run.pue"); }

    @Test
    void aMissingAgentIsRefused() { refused(b -> b.remove("agent"), "agent"); }

    @Test
    void aMissingHostIdIsRefused() { refused(b -> ((ObjectNode) b.get("agent")).remove("host_id"), "agent.host_id"); }

    @Test
    void aRunIdThatCannotBeAPathSegmentIsRefused() { refused(b -> run(b).put("id", "../etc"), "run.id"); }

    @Test
    void anUnknownPhaseIsRefused() { refused(b -> run(b).put("phase", "pretraining"), "run.phase"); }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() throws Exception {
        JsonNode array = JSON.readTree("[1, 2]");
        assertThatThrownBy(() -> batches.accept(array, null)).isInstanceOfSatisfying(AgentBatchException.class,
                e -> assertThat(e.field()).isEqualTo("body"));
    }
}

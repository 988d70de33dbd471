package io.wattprint.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.Location;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every ledger database must do with the fleet registry (V18). */
abstract class FleetRepositoryContract {
    private static final Instant T = Instant.parse("2026-12-01T10:00:00.123456Z");

    protected Ledger ledger;
    protected FleetRepository fleet;

    protected abstract String freshLedgerSpec() throws Exception;

    @BeforeEach
    void openLedger() throws Exception {
        ledger = Ledger.open(freshLedgerSpec());
        fleet = ledger.fleet();
    }

    @AfterEach
    void closeLedger() {
        if (ledger != null) ledger.close();
    }

    private String run(String id, String team, String project) {
        Workload w = Workload.builder("w").team(team).project(project).build();
        return ledger.runs().insertRun(new Run(id, "key-" + id, w, "node", Location.zone("FR"), T, null, RunStatus.RUNNING, null, null));
    }

    @Test
    void aHostIsRegisteredOnceAndItsLastSeenMovesForwardOnly() {
        run("r1", "nlp", "bert");
        fleet.saw("h-1", "node-1", "0.1.0", List.of(new FleetRepository.Gpu("GPU-a", "NVIDIA H100")), "r1", true, T);
        fleet.saw("h-1", "node-1b", "0.2.0", List.of(new FleetRepository.Gpu("GPU-a", "NVIDIA H100")), "r1", false, T.plusSeconds(60));
        fleet.saw("h-1", "stale", "0.0.9", List.of(), "r1", false, T.plusSeconds(30));   // a late batch

        List<FleetRepository.Host> hosts = fleet.hosts(null, null);
        assertThat(hosts).hasSize(1);
        FleetRepository.Host h = hosts.get(0);
        assertThat(h.hostId()).isEqualTo("h-1");
        assertThat(h.host()).isEqualTo("node-1b");
        assertThat(h.agentVersion()).isEqualTo("0.2.0");
        assertThat(h.firstSeen()).isEqualTo(T);
        assertThat(h.lastSeen()).isEqualTo(T.plusSeconds(60));
        assertThat(h.gpus()).extracting(FleetRepository.SeenGpu::uuid, FleetRepository.SeenGpu::model)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GPU-a", "NVIDIA H100"));
        assertThat(h.gpus().get(0).lastSeen()).isEqualTo(T.plusSeconds(60));
        assertThat(h.measuredRuns()).as("measured once stays measured").isEqualTo(1);
        assertThat(h.estimatedRuns()).isZero();
    }

    @Test
    void lastSeenListsTheMostRecentlyHeardHostsFirstUpToTheLimitAndCountsThemAll() {
        run("r1", "nlp", "bert");
        fleet.saw("h-old", "node-old", "0.1.0", List.of(), "r1", true, T);
        fleet.saw("h-new", "node-new", "0.2.0", List.of(), "r1", true, T.plusSeconds(120));
        fleet.saw("h-mid", "node-mid", "0.1.0", List.of(), "r1", false, T.plusSeconds(60));
        fleet.saw("h-old", "node-old", "0.1.0", List.of(), "r1", true, T.plusSeconds(30));

        assertThat(fleet.hostCount()).isEqualTo(3);
        assertThat(fleet.lastSeen(10)).extracting(FleetRepository.LastSeen::hostId, FleetRepository.LastSeen::lastSeen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("h-new", T.plusSeconds(120)),
                        org.assertj.core.groups.Tuple.tuple("h-mid", T.plusSeconds(60)),
                        org.assertj.core.groups.Tuple.tuple("h-old", T.plusSeconds(30)));
        assertThat(fleet.lastSeen(2)).extracting(FleetRepository.LastSeen::hostId).containsExactly("h-new", "h-mid");
        assertThat(fleet.lastSeen(0)).isEmpty();
        assertThat(fleet.lastSeen(1).get(0).agentVersion()).isEqualTo("0.2.0");
    }

    @Test
    void aRestrictedReaderSeesOnlyHostsThatSentItsRuns() {
        run("r1", "nlp", "bert");
        run("r2", "vision", "resnet");
        run("r3", "nlp", "gpt");
        fleet.saw("h-1", "node-1", "0.1.0", List.of(), "r1", true, T);
        fleet.saw("h-1", "node-1", "0.1.0", List.of(), "r3", false, T);
        fleet.saw("h-2", "node-2", "0.1.0", List.of(new FleetRepository.Gpu("GPU-b", null)), "r2", false, T);

        assertThat(fleet.hosts(null, null)).extracting(FleetRepository.Host::hostId).containsExactly("h-1", "h-2");
        List<FleetRepository.Host> nlp = fleet.hosts("nlp", null);
        assertThat(nlp).extracting(FleetRepository.Host::hostId).containsExactly("h-1");
        assertThat(nlp.get(0).measuredRuns()).isEqualTo(1);
        assertThat(nlp.get(0).estimatedRuns()).isEqualTo(1);
        List<FleetRepository.Host> bert = fleet.hosts("nlp", "bert");
        assertThat(bert).extracting(FleetRepository.Host::hostId).containsExactly("h-1");
        assertThat(bert.get(0).estimatedRuns()).as("only the runs the reader sees count").isZero();
        assertThat(fleet.hosts("vision", null)).extracting(FleetRepository.Host::hostId).containsExactly("h-2");
        assertThat(fleet.hosts("audio", null)).isEmpty();
    }
}

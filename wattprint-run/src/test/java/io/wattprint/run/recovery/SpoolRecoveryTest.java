package io.wattprint.run.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunMarker;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.Energy;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.spool.Spool;
import io.wattprint.ledger.spool.SpoolHeader;
import io.wattprint.ledger.spool.SpoolWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolRecoveryTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final ReferenceData DATA = ReferenceData.load();

    @TempDir
    Path home;
    Ledger ledger;
    Spool deadOwners;

    @BeforeEach
    void open() {
        ledger = Ledger.open(home.resolve("ledger.db").toString());
        deadOwners = Spool.builder(home.resolve("spool")).liveness((pid, started) -> false).build();
    }

    @AfterEach
    void close() { ledger.close(); }

    private Run running(String id) {
        Run r = new Run(id, "run:" + id, Workload.builder("train").build(), "h", Location.zone("FR"), T0, null,
                RunStatus.RUNNING, null, "python train.py");
        ledger.runs().insertRun(r);
        return r;
    }

    private static EnergyInterval gpu(int from, int to, double joules) {
        return new EnergyInterval(T0.plusSeconds(from), T0.plusSeconds(to), Component.gpu("0"), Energy.ofJoules(joules),
                new Provenance.MeasuredCounter("nvml-total-energy"));
    }

    private SpoolWriter spoolOf(Spool spool, Run r, String ledgerName) {
        return spool.create(SpoolHeader.forThisProcess(r.id(), ledgerName, r.start()));
    }

    @Test
    void anOrphanIsStoredAndClosedAsInterruptedAtItsLastMeasuredInstant() {
        Run r = running("run-a");
        ledger.intervals().append(r.id(), List.of(gpu(0, 1, 100)));   // what the ledger got before the kill
        try (SpoolWriter w = spoolOf(deadOwners, r, ledger.describe())) {
            w.append(List.of(gpu(0, 1, 100)));
            w.marker(RunMarker.mark(T0.plusSeconds(1), "epoch", 1));
            w.append(List.of(gpu(1, 2, 250), gpu(2, 3, 3_600_000 - 350)));
        }

        List<SpoolRecovery.Recovered> out = SpoolRecovery.recover(deadOwners, ledger, DATA);

        assertThat(out).singleElement().satisfies(x -> {
            assertThat(x.runId()).isEqualTo("run-a");
            assertThat(x.end()).isEqualTo(T0.plusSeconds(3));
            assertThat(x.message()).contains("recovered run run-a", "closed as interrupted at 2024-05-01T10:00:03Z", "3 intervals");
        });
        RunRecord stored = ledger.runs().find("run-a").orElseThrow();
        assertThat(stored.run().status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(stored.run().end()).isEqualTo(T0.plusSeconds(3));
        assertThat(ledger.intervals().ofRun("run-a")).hasSize(3);
        assertThat(stored.footprint().itEnergy().kilowattHours()).isEqualTo(1.0);   // 100 + 250 + 3,599,650 J
        // FR 2024 factor from the shipped data × 1 kWh
        double g = DATA.grid().factorFor("FR", T0).orElseThrow().intensity().gramsPerKwh();
        assertThat(stored.footprint().co2e().grams()).isCloseTo(g, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ledger.markers().ofRun("run-a")).containsExactly(RunMarker.mark(T0.plusSeconds(1), "epoch", 1));
        assertThat(Files.exists(deadOwners.path("run-a"))).isFalse();
        assertThat(SpoolRecovery.recover(deadOwners, ledger, DATA)).isEmpty();
    }

    @Test
    void aLiveOwnersRunIsLeftAlone() {
        Spool alive = Spool.builder(home.resolve("spool")).liveness((pid, started) -> true).build();
        Run r = running("run-live");
        try (SpoolWriter w = spoolOf(alive, r, ledger.describe())) {
            w.append(List.of(gpu(0, 1, 100)));
        }
        assertThat(SpoolRecovery.recover(alive, ledger, DATA)).isEmpty();
        assertThat(ledger.runs().find("run-live").orElseThrow().run().status()).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void anOrphanOfAnotherLedgerIsLeftForThatLedger() {
        Run r = running("run-b");
        try (SpoolWriter w = spoolOf(deadOwners, r, "postgresql jdbc:postgresql://elsewhere/ledger")) {
            w.append(List.of(gpu(0, 1, 100)));
        }
        assertThat(SpoolRecovery.recover(deadOwners, ledger, DATA)).isEmpty();
        assertThat(Files.exists(deadOwners.path("run-b"))).isTrue();
    }

    @Test
    void aSpoolOfARunClosedAfterAllIsDeletedWithoutChangingTheRun() {
        Run r = running("run-c");
        try (SpoolWriter w = spoolOf(deadOwners, r, ledger.describe())) {
            w.append(List.of(gpu(0, 1, 100)));
        }
        ledger.runs().closeRun("run-c", T0.plusSeconds(5), RunStatus.SUCCEEDED, 0);

        assertThat(SpoolRecovery.recover(deadOwners, ledger, DATA)).isEmpty();
        assertThat(ledger.runs().find("run-c").orElseThrow().run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(Files.exists(deadOwners.path("run-c"))).isFalse();
    }

    @Test
    void aTruncatedSpoolIsRecoveredUpToItsLastWholeRecordAndTheLossIsSaid() throws Exception {
        Run r = running("run-d");
        try (SpoolWriter w = spoolOf(deadOwners, r, ledger.describe())) {
            w.append(List.of(gpu(0, 1, 100)));
            w.append(List.of(gpu(1, 2, 200)));
        }
        Path f = deadOwners.path("run-d");
        byte[] bytes = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length - 7));   // cut mid-record, as a crash can

        List<SpoolRecovery.Recovered> out = SpoolRecovery.recover(deadOwners, ledger, DATA);

        assertThat(out).singleElement().satisfies(x -> assertThat(x.message()).contains("1 intervals", "bytes"));
        assertThat(ledger.intervals().ofRun("run-d")).containsExactly(gpu(0, 1, 100));
        assertThat(ledger.runs().find("run-d").orElseThrow().run().status()).isEqualTo(RunStatus.INTERRUPTED);
    }

    @Test
    void aSpoolFileNamingARunTheLedgerDoesNotHaveIsKeptAndSaid() {
        Run ghost = new Run("run-ghost", "run:run-ghost", Workload.builder("x").build(), "h", Location.unknown(), T0, null,
                RunStatus.RUNNING, null, null);
        try (SpoolWriter w = spoolOf(deadOwners, ghost, ledger.describe())) {
            w.append(List.of(gpu(0, 1, 100)));
        }
        assertThat(SpoolRecovery.recover(deadOwners, ledger, DATA)).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("names run run-ghost, which is not in", "the file is kept"));
        assertThat(Files.exists(deadOwners.path("run-ghost"))).isTrue();
    }

    @Test
    void aSpoolFileOfARunThatWasNeverStoredAndMeasuredNothingIsRemoved() {
        // Its wattprint was killed after creating the spool file and before the run row committed.
        Run never = new Run("run-never", "run:run-never", Workload.builder("x").build(), "h", Location.zone("FR"), T0, null,
                RunStatus.RUNNING, null, null);
        spoolOf(deadOwners, never, ledger.describe()).close();

        assertThat(SpoolRecovery.recover(deadOwners, ledger, DATA)).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("removed spool file", "run-never", "nothing had been measured"));
        assertThat(Files.exists(deadOwners.path("run-never"))).isFalse();
        assertThat(ledger.runs().find("run-never")).isEmpty();
    }

    @Test
    void anOrphanWhoseOutcomeWasSpooledIsClosedWithThatOutcomeAndExitCode() {
        // Its wattprint saw the command exit 7, wrote the outcome, then the ledger would not take the close.
        Run r = running("run-o");
        try (SpoolWriter w = spoolOf(deadOwners, r, ledger.describe())) {
            w.append(List.of(gpu(0, 1, 100), gpu(1, 2, 100)));
            w.outcome(new io.wattprint.ledger.spool.SpoolOutcome(T0.plusMillis(2500), RunStatus.FAILED, 7));
        }

        assertThat(SpoolRecovery.recover(deadOwners, ledger, DATA)).singleElement().satisfies(x -> assertThat(x.message())
                .contains("closed as failed (exit 7), the outcome its wattprint recorded", "2024-05-01T10:00:02.500Z", "2 intervals"));
        RunRecord stored = ledger.runs().find("run-o").orElseThrow();
        assertThat(stored.run().status()).isEqualTo(RunStatus.FAILED);
        assertThat(stored.run().exitCode()).isEqualTo(7);
        assertThat(stored.run().end()).isEqualTo(T0.plusMillis(2500));
        assertThat(Files.exists(deadOwners.path("run-o"))).isFalse();
    }
}

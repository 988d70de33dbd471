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
import io.wattprint.ledger.spool.SpoolOutcome;
import io.wattprint.ledger.spool.SpoolRun;
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

    /** The row a wattprint spooled because other processes held the ledger while its command ran. */
    private SpoolWriter spoolWithRunRecord(Run r, io.wattprint.core.model.PueAssumption pue) {
        SpoolWriter w = spoolOf(deadOwners, r, ledger.describe());
        w.run(new SpoolRun(r, pue));
        return w;
    }

    @Test
    void aRunTheLedgerNeverGotIsStoredFromItsRunRecordWithItsIntervalsOutcomeAndPue() {
        Workload w = Workload.builder("bert").project("nlp").team("search").model("bert-base").modelVersion("2")
                .phase(io.wattprint.core.model.Phase.FINE_TUNING).tag("i", "7").build();
        Run r = new Run("run-held", "run:run-held", w, "node-1", new Location("IE", "aws:eu-west-1", null),
                T0.plusMillis(250), null, RunStatus.RUNNING, null, "python train.py --token=***");
        var pue = new io.wattprint.core.model.PueAssumption(io.wattprint.core.quantity.Pue.of(1.5), "given with --pue");
        try (SpoolWriter sw = spoolWithRunRecord(r, pue)) {
            sw.append(List.of(gpu(1, 2, 3_600_000)));
            sw.marker(RunMarker.phase(T0.plusSeconds(2), "eval"));
            sw.outcome(new SpoolOutcome(T0.plusSeconds(3), RunStatus.FAILED, 6));
        }

        assertThat(SpoolRecovery.recover(deadOwners, ledger, DATA)).singleElement().satisfies(x -> assertThat(x.message())
                .contains("recovered run run-held", "stored from its spool file (the ledger was held while it ran)",
                        "closed as failed (exit 6)", "2024-05-01T10:00:03Z", "1 intervals"));

        RunRecord stored = ledger.runs().find("run-held").orElseThrow();
        assertThat(stored.run()).isEqualTo(r.closed(T0.plusSeconds(3), RunStatus.FAILED, 6));
        assertThat(ledger.intervals().ofRun("run-held")).containsExactly(gpu(1, 2, 3_600_000));
        assertThat(ledger.markers().ofRun("run-held")).containsExactly(RunMarker.phase(T0.plusSeconds(2), "eval"));
        assertThat(stored.footprint().pue()).as("the PUE its wattprint was given, not the location's default")
                .isEqualTo(1.5);
        assertThat(stored.footprint().pueBasis()).isEqualTo("given with --pue");
        assertThat(stored.footprint().facilityEnergy().kilowattHours()).isEqualTo(1.5);
        assertThat(Files.exists(deadOwners.path("run-held"))).isFalse();
        assertThat(SpoolRecovery.recover(deadOwners, ledger, DATA)).isEmpty();
    }

    @Test
    void aRunRecordWithNothingMeasuredIsStoredAllTheSameForItsCommandRan() {
        // Its command ended before the first tick, while the ledger was held: the run happened, with its exit code.
        Run quick = new Run("run-quick", "run:run-quick", Workload.builder("x").build(), "h", Location.zone("FR"), T0,
                null, RunStatus.RUNNING, null, "true");
        try (SpoolWriter sw = spoolWithRunRecord(quick, io.wattprint.core.model.PueAssumption.notApplied())) {
            sw.outcome(new SpoolOutcome(T0.plusMillis(40), RunStatus.SUCCEEDED, 0));
        }
        Run killed = new Run("run-killed", "run:run-killed", Workload.builder("x").build(), "h", Location.zone("FR"),
                T0, null, RunStatus.RUNNING, null, "sleep 100");
        spoolWithRunRecord(killed, io.wattprint.core.model.PueAssumption.notApplied()).close();   // then SIGKILL

        assertThat(SpoolRecovery.recover(deadOwners, ledger, DATA)).hasSize(2);

        assertThat(ledger.runs().find("run-quick").orElseThrow().run())
                .isEqualTo(quick.closed(T0.plusMillis(40), RunStatus.SUCCEEDED, 0));
        assertThat(ledger.runs().find("run-killed").orElseThrow().run())
                .isEqualTo(killed.closed(T0, RunStatus.INTERRUPTED, null));
        assertThat(Files.exists(deadOwners.path("run-quick"))).isFalse();
        assertThat(Files.exists(deadOwners.path("run-killed"))).isFalse();
    }

    @Test
    void aRunRecordOfARunTheLedgerHasChangesNothingOfItsRow() {
        // The ledger took the row at the start; the run record repeats it. The row stored first stands.
        Run r = running("run-both");
        Run differentTags = new Run("run-both", "run:run-both", Workload.builder("train").tag("late", "1").build(), "h",
                Location.zone("FR"), T0, null, RunStatus.RUNNING, null, "python train.py");
        try (SpoolWriter sw = spoolWithRunRecord(differentTags, io.wattprint.core.model.PueAssumption.notApplied())) {
            sw.append(List.of(gpu(0, 1, 100)));
        }

        assertThat(SpoolRecovery.recover(deadOwners, ledger, DATA)).singleElement()
                .satisfies(x -> assertThat(x.message()).doesNotContain("stored from its spool file"));
        assertThat(ledger.runs().find("run-both").orElseThrow().run())
                .isEqualTo(r.closed(T0.plusSeconds(1), RunStatus.INTERRUPTED, null));
    }

    /** A spool file exactly as a release before the run record wrote it: one header copy, then records. */
    private Path oldFormatFile(String runId, String... records) throws Exception {
        Files.createDirectories(deadOwners.directory());
        StringBuilder text = new StringBuilder("wattprint-spool 1\n");
        text.append(withCrc("H\t" + runId + "\t" + ledger.describe() + "\t" + io.wattprint.ledger.spool.SpoolHeader.localHost()
                + "\t999999\t\t2024-05-01T10:00:00.000000000Z"));
        for (String r : records) text.append(withCrc(r));
        Path f = deadOwners.path(runId);
        Files.writeString(f, text);
        return f;
    }

    private static String withCrc(String body) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return body + "\t" + String.format("%08x", crc.getValue()) + "\n";
    }

    @Test
    void oldFormatFilesWithoutARunRecordRecoverAndAreRemovedAsBefore() throws Exception {
        Run stored = running("run-old");   // stored by its wattprint, then killed
        oldFormatFile("run-old", "I\t2024-05-01T10:00:00.000000000Z\t2024-05-01T10:00:01.000000000Z\tgpu:0\t100.0"
                + "\tMEASURED_COUNTER\tnvml-total-energy");
        oldFormatFile("run-old-never");   // killed before its row committed: nothing measured
        oldFormatFile("run-old-ghost", "I\t2024-05-01T10:00:00.000000000Z\t2024-05-01T10:00:01.000000000Z\tgpu:0"
                + "\t100.0\tMEASURED_COUNTER\tnvml-total-energy");   // measured, but its row is nowhere

        List<SpoolRecovery.Recovered> out = SpoolRecovery.recover(deadOwners, ledger, DATA);

        assertThat(out).extracting(SpoolRecovery.Recovered::message).satisfiesExactlyInAnyOrder(
                m -> assertThat(m).contains("recovered run run-old ", "closed as interrupted", "1 intervals"),
                m -> assertThat(m).contains("removed spool file", "run-old-never", "nothing had been measured"),
                m -> assertThat(m).contains("names run run-old-ghost, which is not in", "the file is kept"));
        assertThat(ledger.runs().find("run-old").orElseThrow().run())
                .isEqualTo(stored.closed(T0.plusSeconds(1), RunStatus.INTERRUPTED, null));
        assertThat(ledger.runs().find("run-old").orElseThrow().footprint().pueBasis())
                .as("no run record: the location's default PUE, said so").contains("is not known");
        assertThat(ledger.runs().find("run-old-never")).isEmpty();
        assertThat(Files.exists(deadOwners.path("run-old-never"))).isFalse();
        assertThat(Files.exists(deadOwners.path("run-old-ghost"))).isTrue();
    }
}

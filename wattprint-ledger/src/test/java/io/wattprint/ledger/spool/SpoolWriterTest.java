package io.wattprint.ledger.spool;

import static io.wattprint.ledger.spool.Records.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.RunMarker;
import io.wattprint.core.quantity.Energy;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer never throws into the sampler: failures are counted and reported, and writing resumes. */
class SpoolWriterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T12:00:03.250Z"), ZoneOffset.UTC);
    private static final String LEDGER_ONLY = " not spooled (they reach the ledger only, so a crash loses any it has not stored)";

    @TempDir
    Path dir;

    @Test
    void aFullDiskNeverThrowsIsReportedAndWritingResumesWhenSpaceComesBack() {
        Path devFull = Path.of("/dev/full");
        assumeTrue(Files.isWritable(devFull), "needs /dev/full (Linux), whose writes fail with ENOSPC");
        AtomicBoolean full = new AtomicBoolean(true);
        // The header is written while there is space; every later open lands on the full device.
        ChannelOpener opener = (path, options, attributes) -> full.get() && !options.contains(StandardOpenOption.CREATE)
                ? FileChannel.open(devFull, StandardOpenOption.WRITE) : FileChannel.open(path, options, attributes);
        Spool spool = Spool.builder(dir).channels(opener).clock(CLOCK).build();

        try (SpoolWriter w = spool.create(Records.header(1, null))) {
            w.append(List.of(Records.interval(0, 1), Records.interval(0, 2), Records.interval(0, 3)));
            w.marker(RunMarker.phase(T0.plusSeconds(1), "eval"));
            w.append(List.of(Records.interval(1, 4), Records.interval(1, 5)));

            assertThat(w.healthy()).isFalse();
            assertThat(w.unspooledIntervals()).isEqualTo(5);
            assertThat(w.failure()).map(SpoolFailure::message).contains("spool write failed at 2026-01-01T12:00:03Z:"
                    + " No space left on device; 5 intervals and 1 marker" + LEDGER_ONLY);

            full.set(false);
            w.append(List.of(Records.interval(2, 6)));

            assertThat(w.healthy()).isTrue();
            assertThat(w.unspooledIntervals()).isEqualTo(5);
            assertThat(w.failure()).map(SpoolFailure::message).contains("spool write failed at 2026-01-01T12:00:03Z:"
                    + " No space left on device; 5 intervals and 1 marker" + LEDGER_ONLY + "; spool writes have resumed");
        }
        SpoolContents read = Spool.read(spool.path(Records.RUN));
        assertThat(read.intervals()).containsExactly(Records.interval(2, 6));
        assertThat(read.intact()).isTrue();
    }

    @Test
    void aWriteThatFailsPartWayIsCutOffBeforeTheNextOne() {
        AtomicInteger room = new AtomicInteger(-1);
        Spool spool = Spool.builder(dir).clock(CLOCK)
                .channels((path, options, attributes) -> new FaultyChannel(FileChannel.open(path, options, attributes), room))
                .build();

        try (SpoolWriter w = spool.create(Records.header(1, null))) {
            w.append(List.of(Records.interval(0, 1)));
            room.set(25);
            w.append(List.of(Records.interval(1, 2), Records.interval(1, 3), Records.interval(1, 4)));

            // A crash now: the 25 bytes are a cut record, and the first interval is safe.
            SpoolContents afterCrash = Spool.read(w.path());
            assertThat(afterCrash.intervals()).containsExactly(Records.interval(0, 1));
            assertThat(afterCrash.truncatedBytes()).isEqualTo(25);
            assertThat(w.failure()).map(SpoolFailure::message)
                    .contains("spool write failed at 2026-01-01T12:00:03Z: No space left on device; 3 intervals" + LEDGER_ONLY);

            room.set(-1);
            w.append(List.of(Records.interval(2, 5)));
            assertThat(w.healthy()).isTrue();
        }
        SpoolContents read = Spool.read(spool.path(Records.RUN));
        assertThat(read.intervals()).containsExactly(Records.interval(0, 1), Records.interval(2, 5));
        assertThat(read.intact()).isTrue();
    }

    @Test
    void aFullDiskAtCreationIsAnErrorNamingTheFileAndLeavesNothingBehind() throws Exception {
        AtomicInteger room = new AtomicInteger(10);
        Spool spool = Spool.builder(dir)
                .channels((path, options, attributes) -> new FaultyChannel(FileChannel.open(path, options, attributes), room))
                .build();

        assertThatThrownBy(() -> spool.create(Records.header(1, null))).isInstanceOf(SpoolException.class)
                .hasMessage(spool.path(Records.RUN) + ": cannot create spool file (No space left on device)");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aSpoolFileThatCannotBeOpenedForAppendingIsNotLeftBehind() throws Exception {
        Spool spool = Spool.builder(dir).channels((path, options, attributes) -> {
            if (!options.contains(StandardOpenOption.CREATE)) throw new java.nio.file.AccessDeniedException(path.toString());
            return FileChannel.open(path, options, attributes);
        }).build();

        assertThatThrownBy(() -> spool.create(Records.header(1, null))).isInstanceOf(SpoolException.class)
                .hasMessage(spool.path(Records.RUN) + ": cannot create spool file (permission denied: " + spool.path(Records.RUN) + ")");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aSecondSpoolFileForOneRunIsRefused() {
        Spool spool = new Spool(dir);
        spool.create(Records.header(1, null)).close();

        assertThatThrownBy(() -> spool.create(Records.header(2, null))).isInstanceOf(SpoolException.class)
                .hasMessage(spool.path(Records.RUN) + ": a spool file for run " + Records.RUN + " exists already");
    }

    @Test
    void anInterruptedSamplerStillSpoolsAndKeepsItsInterrupt() {
        Spool spool = new Spool(dir);
        try (SpoolWriter w = spool.create(Records.header(1, null))) {
            Thread.currentThread().interrupt();
            w.append(List.of(Records.interval(0, 1)));
            assertThat(Thread.interrupted()).isTrue();
            w.append(List.of(Records.interval(1, 2)));
            assertThat(w.healthy()).isTrue();
        }
        assertThat(Spool.read(spool.path(Records.RUN)).intervals()).hasSize(2);
    }

    @Test
    void writingAfterCloseOrABadBatchIsCountedNotThrown() {
        Spool spool = Spool.builder(dir).clock(CLOCK).build();
        SpoolWriter w = spool.create(Records.header(1, null));
        w.append(Arrays.asList(Records.interval(0, 1), null));
        w.close();
        w.append(List.of(Records.interval(1, 2)));
        w.marker(RunMarker.mark(T0, "epoch", 1));
        w.close();

        assertThat(w.unspooledIntervals()).isEqualTo(3);
        assertThat(w.failure()).map(SpoolFailure::message).contains("spool write failed at 2026-01-01T12:00:03Z:"
                + " a batch held a null interval; 3 intervals and 1 marker" + LEDGER_ONLY);
        assertThat(Spool.read(w.path()).intervals()).isEmpty();
    }

    @Test
    void batchesFromTwoThreadsNeverInterleave() throws Exception {
        Spool spool = new Spool(dir);
        int batches = 150;
        try (SpoolWriter w = spool.create(Records.header(1, null))) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (String gpu : List.of("0", "1")) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int b = 0; b < batches; b++) {
                        List<EnergyInterval> batch = new ArrayList<>();
                        for (int i = 0; i < 3; i++) {
                            batch.add(new EnergyInterval(T0.plusSeconds(b), T0.plusSeconds(b + 1), Component.gpu(gpu),
                                    Energy.ofJoules(b * 3 + i), Records.NVML));
                        }
                        w.append(batch);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) f.get();
            pool.shutdown();
            assertThat(w.healthy()).isTrue();
        }

        SpoolContents read = Spool.read(spool.path(Records.RUN));
        assertThat(read.intact()).isTrue();
        List<EnergyInterval> xs = read.intervals();
        assertThat(xs).hasSize(2 * batches * 3);
        for (int i = 0; i < xs.size(); i += 3) {
            assertThat(xs.subList(i, i + 3)).as("batch at line %d", i + 3).extracting(EnergyInterval::component)
                    .containsOnly(xs.get(i).component());
        }
        for (String gpu : List.of("0", "1")) {
            assertThat(xs.stream().filter(x -> x.component().equals(Component.gpu(gpu))).map(x -> x.energy().joules()))
                    .isSorted().hasSize(batches * 3);
        }
    }

    /** Group commit: every batch is in the file at once (a SIGKILL loses none); forces come a sync period apart. */
    @Test
    void intervalBatchesAreWrittenAtOnceAndForcedTogetherOncePerSyncPeriod() throws Exception {
        List<FaultyChannel> channels = new ArrayList<>();
        Spool spool = Spool.builder(dir).clock(CLOCK).syncPeriod(java.time.Duration.ofHours(1))
                .channels((path, options, attributes) -> {
                    FaultyChannel c = new FaultyChannel(FileChannel.open(path, options, attributes), new AtomicInteger(-1));
                    channels.add(c);
                    return c;
                }).build();
        SpoolWriter w = spool.create(Records.header(1, null));
        FaultyChannel appends = channels.get(channels.size() - 1);
        int afterCreate = appends.forces.get();
        for (int t = 0; t < 5; t++) w.append(List.of(Records.interval(t, t + 0.5)));

        assertThat(appends.forces.get()).as("no force within the period").isEqualTo(afterCreate);
        assertThat(w.healthy()).isTrue();
        assertThat(w.synced()).isLessThan(w.size());
        assertThat(Spool.read(w.path()).intervals()).as("what a killed process leaves: the page cache has it").hasSize(5);

        w.marker(RunMarker.phase(T0.plusSeconds(6), "eval"));   // a marker is forced at once, with the ticks before it
        assertThat(appends.forces.get()).isEqualTo(afterCreate + 1);
        assertThat(w.synced()).isEqualTo(w.size());

        w.append(List.of(Records.interval(7, 1)));
        w.close();   // the close forces what is left
        assertThat(appends.forces.get()).isEqualTo(afterCreate + 2);
        assertThat(Spool.read(w.path()).intervals()).hasSize(6);
    }

    @Test
    void aSyncPeriodOfZeroForcesEveryBatch() {
        List<FaultyChannel> channels = new ArrayList<>();
        Spool spool = Spool.builder(dir).clock(CLOCK).syncPeriod(java.time.Duration.ZERO)
                .channels((path, options, attributes) -> {
                    FaultyChannel c = new FaultyChannel(FileChannel.open(path, options, attributes), new AtomicInteger(-1));
                    channels.add(c);
                    return c;
                }).build();
        try (SpoolWriter w = spool.create(Records.header(1, null))) {
            FaultyChannel appends = channels.get(channels.size() - 1);
            int before = appends.forces.get();
            for (int t = 0; t < 3; t++) w.append(List.of(Records.interval(t, 1)));
            assertThat(appends.forces.get()).isEqualTo(before + 3);
        }
    }

    /** A force that fails leaves the batches of its period not known to be on the disk: reported, never thrown. */
    @Test
    void aFailedForceIsReportedWithTheBatchesItLeftUnsynced() {
        List<FaultyChannel> channels = new ArrayList<>();
        Spool spool = Spool.builder(dir).clock(CLOCK).syncPeriod(java.time.Duration.ofHours(1))
                .channels((path, options, attributes) -> {
                    FaultyChannel c = new FaultyChannel(FileChannel.open(path, options, attributes), new AtomicInteger(-1));
                    channels.add(c);
                    return c;
                }).build();
        try (SpoolWriter w = spool.create(Records.header(1, null))) {
            FaultyChannel appends = channels.get(channels.size() - 1);
            w.append(List.of(Records.interval(0, 1), Records.interval(0, 2)));
            appends.failForce = true;
            w.marker(RunMarker.phase(T0.plusSeconds(1), "eval"));

            assertThat(w.healthy()).isFalse();
            assertThat(w.unspooledIntervals()).isEqualTo(2);
            assertThat(w.failure()).map(SpoolFailure::message).hasValueSatisfying(m -> assertThat(m)
                    .contains("Input/output error").contains("2 intervals and 1 marker"));

            w.append(List.of(Records.interval(2, 3)));   // a fresh channel, and the next force works
            assertThat(w.healthy()).isTrue();
        }
    }

    @Test
    void aCloseOnAnInterruptedThreadStillForcesAndKeepsTheInterrupt() {
        Spool spool = Spool.builder(dir).clock(CLOCK).syncPeriod(java.time.Duration.ofHours(1)).build();
        SpoolWriter w = spool.create(Records.header(1, null));
        w.append(List.of(Records.interval(0, 1)));
        Thread.currentThread().interrupt();
        try {
            w.close();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(w.failure()).isEmpty();
        assertThat(w.synced()).isEqualTo(w.size());
    }
}

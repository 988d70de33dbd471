package io.wattprint.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.spool.ChannelOpener;
import io.wattprint.ledger.spool.Spool;
import io.wattprint.meter.EnergySource;
import io.wattprint.meter.Timebase;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeterSessionTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path home;

    /** One joule per millisecond of the interval: enough to see every tick's energy arrive. */
    static final class Steady implements EnergySource {
        Instant last;
        @Override public String name() { return "steady"; }
        @Override public void start(Instant t0) { last = t0; }
        @Override public List<EnergyInterval> poll(Instant now) {
            if (!now.isAfter(last)) return List.of();
            var i = new EnergyInterval(last, now, Component.gpu("0"), Energy.ofJoules(Duration.between(last, now).toMillis()),
                    new Provenance.MeasuredCounter("steady"));
            last = now;
            return List.of(i);
        }
        @Override public String describe() { return "steady 1 W"; }
    }

    /** Counts the session's ticks down (every tick's batch reaches the listeners right after the spool). */
    private static CountDownLatch ticks(MeterSession s, int n) {
        CountDownLatch latch = new CountDownLatch(n);
        s.listener(batch -> latch.countDown());
        return latch;
    }

    /** Waits for the ticks, however slow the machine: a signal, not a fixed sleep. */
    private static void awaitTicks(CountDownLatch ticks) throws InterruptedException {
        assertThat(ticks.await(60, TimeUnit.SECONDS)).as("the sampler ticked").isTrue();
    }

    private static Run run(String id) {
        return new Run(id, "run:" + id, Workload.builder("w").build(), "h", Location.zone("FR"), T0, null, RunStatus.RUNNING,
                null, "x");
    }

    @Test
    void aFullDiskOnTheSpoolLetsTheRunGoOnAndTheLossIsReported() throws Exception {
        Path devFull = Path.of("/dev/full");
        assumeTrue(Files.isWritable(devFull), "needs /dev/full (Linux), whose writes fail with ENOSPC");
        // The spool's header is written; every later write lands on the full device.
        ChannelOpener full = (path, options, attributes) -> options.contains(StandardOpenOption.CREATE)
                ? FileChannel.open(path, options, attributes) : FileChannel.open(devFull, StandardOpenOption.WRITE);
        Spool spool = Spool.builder(home.resolve("spool")).channels(full).build();
        try (Ledger ledger = Ledger.open(home.resolve("ledger.db").toString())) {
            Timebase tb = Timebase.monotonic(Clock.fixed(T0, ZoneOffset.UTC));
            MeterSession s = MeterSession.open(ledger, ReferenceData.load(), run("r1"), PueAssumption.notApplied(), tb, spool);
            CountDownLatch ticks = ticks(s, 4);
            s.start(List.of(new Steady()), Duration.ofMillis(100));
            awaitTicks(ticks);

            MeterSession.Result r = s.finish(RunStatus.SUCCEEDED, 0);

            assertThat(r.run().status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(r.intervalCount()).isGreaterThanOrEqualTo(4);
            assertThat(ledger.intervals().ofRun("r1")).hasSize((int) r.intervalCount());   // the ledger got every tick
            double joules = ledger.intervals().ofRun("r1").stream().mapToDouble(i -> i.energy().joules()).sum();
            assertThat(r.footprint().itEnergy().joules()).isCloseTo(joules, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("spool write failed at ")
                    .contains("No space left on device", "not spooled"));
            assertThat(Files.exists(spool.path("r1"))).as("closed run: spool file removed").isFalse();
        }
    }

    @Test
    void aStepThatFailsToStartTheRunClosesItAsFailedAndIsRethrown() throws Exception {
        try (Ledger ledger = Ledger.open(home.resolve("ledger.db").toString())) {
            MeterSession s = MeterSession.open(ledger, ReferenceData.load(), run("r3"), PueAssumption.notApplied(),
                    Timebase.monotonic(Clock.systemUTC()), new Spool(home.resolve("spool")));
            IllegalStateException boom = new IllegalStateException("cannot start");

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.starting(() -> {
                s.start(List.of(new Steady()), Duration.ofMillis(100));
                throw boom;
            })).isSameAs(boom);

            Run stored = ledger.runs().find("r3").orElseThrow().run();
            assertThat(stored.status()).isEqualTo(RunStatus.FAILED);
            assertThat(stored.exitCode()).isNull();
            assertThat(boom.getSuppressed()).isEmpty();
            assertThat(Files.exists(new Spool(home.resolve("spool")).path("r3"))).as("closed run: spool file removed").isFalse();
            assertThat(s.starting(() -> "started")).isEqualTo("started");   // no failure: what the steps return
        }
    }

    @Test
    void aSpoolThatCannotBeCreatedIsAWarningNotAFailure() throws Exception {
        Path notADir = home.resolve("file");
        Files.writeString(notADir, "x");
        try (Ledger ledger = Ledger.open(home.resolve("ledger.db").toString())) {
            MeterSession s = MeterSession.open(ledger, ReferenceData.load(), run("r2"), PueAssumption.notApplied(),
                    Timebase.monotonic(Clock.systemUTC()), new Spool(notADir.resolve("spool")));
            s.start(List.of(new Steady()), Duration.ofMillis(100));
            MeterSession.Result r = s.finish(RunStatus.SUCCEEDED, 0);

            assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("no crash-safe spool for this run ("));
            assertThat(ledger.runs().find("r2").orElseThrow().run().status()).isEqualTo(RunStatus.SUCCEEDED);
        }
    }

    @Test
    void everyTickReachesTheSpoolBeforeTheLedgerAndTheFileGoesWhenTheRunCloses() throws Exception {
        Spool spool = new Spool(home.resolve("spool"));
        try (Ledger ledger = Ledger.open(home.resolve("ledger.db").toString())) {
            MeterSession s = MeterSession.open(ledger, ReferenceData.load(), run("r3"), PueAssumption.notApplied(),
                    Timebase.monotonic(Clock.systemUTC()), spool);
            CountDownLatch ticks = ticks(s, 2);
            s.start(List.of(new Steady()), Duration.ofMillis(100));
            awaitTicks(ticks);
            // The ledger first: whatever it holds was forced to the spool before it was sent there.
            var stored = ledger.intervals().ofRun("r3");
            var spooled = Spool.read(spool.path("r3")).intervals();
            assertThat(spooled).hasSizeGreaterThanOrEqualTo(2).containsAll(stored);

            s.finish(RunStatus.SUCCEEDED, 0);
            assertThat(Files.exists(spool.path("r3"))).isFalse();
        }
    }

    @Test
    void aRunClosesWithTheLedgersFactorSeriesForItsZoneLayeredOverTheAnnualFactor() throws Exception {
        try (Ledger ledger = Ledger.open(home.resolve("ledger.db").toString())) {
            // 42 g/kWh from 09:00 to 12:00 on the run's day: the whole run lies inside it.
            ledger.factorSeries().append(new FactorSeries("FR", "test hourly", "t1", EmissionFactor.Basis.AVERAGE,
                    EmissionFactor.Boundary.LIFECYCLE, null, List.of(new FactorSeries.Point(T0.minusSeconds(3600),
                            T0.plusSeconds(7200), CarbonIntensity.ofGramsPerKwh(42)))), T0);
            MeterSession s = MeterSession.open(ledger, ReferenceData.load(), run("r4"), PueAssumption.notApplied(),
                    Timebase.monotonic(Clock.fixed(T0, ZoneOffset.UTC)), null);
            CountDownLatch ticks = ticks(s, 2);
            s.start(List.of(new Steady()), Duration.ofMillis(100));
            awaitTicks(ticks);

            MeterSession.Result r = s.finish(RunStatus.SUCCEEDED, 0);

            double kwh = r.footprint().facilityEnergy().kilowattHours();
            assertThat(kwh).isPositive();
            assertThat(r.footprint().locationBased().grams()).isCloseTo(kwh * 42, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(r.footprint().explanation().render()).anySatisfy(l -> assertThat(l)
                    .startsWith("  grid factor series: test hourly (dataset t1) for FR (average, lifecycle): 1 point between"));
            assertThat(ledger.runs().find("r4").orElseThrow().footprint().explanation())
                    .anySatisfy(l -> assertThat(l).contains("grid factor series: test hourly"));
        }
    }

    @Test
    void aRunWaitingForAnotherProcessOnTheLedgerStartsWhenTheLedgerTookItWithItsSpoolFileAlreadyThere() throws Exception {
        Path file = home.resolve("ledger.db");
        Ledger.open(file.toString()).close();
        Spool spool = new Spool(home.resolve("spool"));
        Timebase tb = Timebase.monotonic(Clock.systemUTC());
        Run asked = run("r5").startingAt(tb.now());
        var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (Ledger ledger = Ledger.open(file.toString());
             java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE");   // another wattprint is writing
            var opening = pool.submit(() -> MeterSession.open(ledger, ReferenceData.load(), asked,
                    PueAssumption.notApplied(), tb, spool));

            // While the run waits for the ledger, its spool file already exists (a kill now leaves no ghost run).
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> opening.get(300, TimeUnit.MILLISECONDS))
                    .isInstanceOf(java.util.concurrent.TimeoutException.class);
            assertThat(Files.exists(spool.path("r5"))).isTrue();
            Instant released = tb.now();
            st.execute("COMMIT");
            MeterSession s = opening.get(1, TimeUnit.MINUTES);

            assertThat(s.run().start()).as("the wait is not part of the run").isAfterOrEqualTo(released);
            assertThat(ledger.runs().find("r5").orElseThrow().run().start()).isAfterOrEqualTo(released.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            MeterSession.Result r = s.finish(RunStatus.SUCCEEDED, 0);
            assertThat(r.run().start()).isEqualTo(s.run().start());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLedgerHeldPastTheOpenPatienceStartsTheRunAnywayAndStoresItOnceWhenFree() throws Exception {
        Path file = home.resolve("ledger.db");
        Ledger.open(file.toString()).close();
        Spool spool = new Spool(home.resolve("spool"));
        Timebase tb = Timebase.monotonic(Clock.systemUTC());
        List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Ledger ledger = Ledger.open(file.toString());
             java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE");   // another wattprint holds the ledger, for longer than the patience
            Instant held = tb.now();

            MeterSession s = MeterSession.open(ledger, ReferenceData.load(), run("r6").startingAt(held),
                    PueAssumption.notApplied(), tb, spool, Duration.ofMillis(200), said::add);

            assertThat(said).containsExactly("the ledger is busy (held by another process); the run is kept in its spool "
                    + "file and stored when the ledger is free");
            assertThat(s.run().start()).as("the run starts when metering begins, after the patience")
                    .isAfter(held.plusMillis(199));
            var spooled = Spool.read(spool.path("r6"));
            assertThat(spooled.run()).as("the spool file holds the whole row")
                    .contains(new io.wattprint.ledger.spool.SpoolRun(s.run(), PueAssumption.notApplied()));
            CountDownLatch ticks = ticks(s, 3);
            s.start(List.of(new Steady()), Duration.ofMillis(100));
            s.mark("epoch", 1);   // no row to hang it on yet: kept for the close
            awaitTicks(ticks);
            st.execute("COMMIT");   // the other process lets go

            MeterSession.Result r = s.finish(RunStatus.FAILED, 3);

            var stored = ledger.runs().find("r6").orElseThrow().run();
            assertThat(stored.start()).isEqualTo(micros(s.run().start()));
            assertThat(stored.end()).isEqualTo(micros(r.run().end())).isAfter(stored.start());
            assertThat(stored.status()).isEqualTo(RunStatus.FAILED);
            assertThat(stored.exitCode()).isEqualTo(3);
            assertThat(r.intervalCount()).isGreaterThanOrEqualTo(3).isEqualTo(ledger.intervals().count("r6"));
            assertThat(ledger.markers().ofRun("r6")).hasSize(1);
            assertThat(ledger.runs().list(io.wattprint.ledger.RunQuery.all())).hasSize(1);
            assertThat(Files.exists(spool.path("r6"))).as("closed: nothing left to recover").isFalse();
        }
    }

    @Test
    void theLedgerThreadStoresAHeldRunsRowBeforeItsIntervalsOnceTheLedgerIsFree() throws Exception {
        Path file = home.resolve("ledger.db");
        Ledger.open(file.toString()).close();
        Timebase tb = Timebase.monotonic(Clock.systemUTC());
        List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Ledger ledger = Ledger.open(file.toString());
             Ledger observer = Ledger.open(file.toString());
             java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            // No spool: every tick goes to the ledger thread at once, so the row follows the release within a tick.
            MeterSession s = MeterSession.open(ledger, ReferenceData.load(), run("r7"), PueAssumption.notApplied(), tb,
                    null, Duration.ofMillis(200), said::add);
            assertThat(said).containsExactly("the ledger is busy (held by another process); the run is stored when the "
                    + "ledger is free (no spool file keeps it meanwhile)");
            s.start(List.of(new Steady()), Duration.ofMillis(100));
            st.execute("COMMIT");

            // Waits for the ledger thread's store, however slow the machine: the row is the signal.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (observer.runs().find("r7").isEmpty() && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
            assertThat(observer.runs().find("r7")).as("stored while the run goes on").isPresent();
            assertThat(observer.runs().find("r7").orElseThrow().run().status()).isEqualTo(RunStatus.RUNNING);

            MeterSession.Result r = s.finish(RunStatus.SUCCEEDED, 0);
            var stored = observer.runs().find("r7").orElseThrow().run();
            assertThat(stored.start()).isEqualTo(micros(r.run().start()));
            assertThat(stored.end()).isEqualTo(micros(r.run().end()));
            assertThat(stored.status()).isEqualTo(RunStatus.SUCCEEDED);
        }
    }

    private static Instant micros(Instant t) { return t.truncatedTo(java.time.temporal.ChronoUnit.MICROS); }
}

package io.wattprint.api;

import io.wattprint.core.method.FootprintCalculator;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunMarker;
import io.wattprint.core.model.RunStatus;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.IntervalRepository;
import io.wattprint.ledger.RunRepository;
import io.wattprint.ledger.spool.Spool;
import io.wattprint.ledger.spool.SpoolException;
import io.wattprint.ledger.spool.SpoolHeader;
import io.wattprint.ledger.spool.SpoolOutcome;
import io.wattprint.ledger.spool.SpoolWriter;
import io.wattprint.meter.EnergySource;
import io.wattprint.meter.Sampler;
import io.wattprint.meter.Timebase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One metered run from start to close, shared by {@code wattprint run} and the Java API: the run's
 * spool file is created, then the run is stored, when the session opens; every tick's intervals go
 * to the spool (forced to disk) and to listeners such as a trace file as they come, and to the
 * ledger from a thread of their own, so that a ledger held by other processes never delays the
 * sampler; markers cut the intervals, and {@link #finish} closes the run once with its footprint,
 * in one transaction. The run's start is when the ledger took it, just before metering begins, and
 * its end when metering ended: never the time spent waiting for other processes on the ledger.
 */
public final class MeterSession {
    private final Ledger ledger;
    private final ReferenceData data;
    private final Run run;
    private final PueAssumption pue;
    private final Timebase timebase;
    private final List<Consumer<List<EnergyInterval>>> listeners = new CopyOnWriteArrayList<>();
    private final List<RunMarker> markers = new ArrayList<>();
    /** Not guarded by the session's lock: the sampler's thread adds to it while holding the sampler's. */
    private final java.util.Set<String> warnings = java.util.Collections.synchronizedSet(new java.util.LinkedHashSet<>());
    private final SpoolWriter spool;
    private final Spool spoolDir;
    private Sampler sampler;
    private List<String> models = List.of();
    /** How long ticks wait in memory for the ledger when the spool already holds them. */
    static final Duration LEDGER_FLUSH = Duration.ofSeconds(10);
    private final List<EnergyInterval> pending = new ArrayList<>();
    private long lastFlush = System.nanoTime();
    /** Writes pending intervals to the ledger, off the sampler's thread. */
    private java.util.concurrent.ExecutorService flusher;
    private Result result;

    /** Everything known about a run once it is closed. */
    public record Result(Run run, Footprint footprint, long intervalCount, List<RunMarker> markers,
                         List<String> warnings, List<String> models) {}

    private MeterSession(Ledger ledger, ReferenceData data, Run run, PueAssumption pue, Timebase timebase,
                         Spool spoolDir, SpoolWriter spool) {
        this.spoolDir = spoolDir;
        this.spool = spool;
        this.ledger = ledger;
        this.data = data;
        this.run = run;
        this.pue = pue;
        this.timebase = timebase;
    }

    /**
     * Stores {@code run} (idempotently, by its key), creates its spool file in {@code spool} (null:
     * no spool, for tests and read-only homes) and returns a session ready to start metering. Every
     * tick is forced to the spool before it goes to the ledger, so a run whose process is killed is
     * recovered by {@link SpoolRecovery} on the next start.
     */
    public static MeterSession open(Ledger ledger, ReferenceData data, Run run, PueAssumption pue, Timebase timebase,
                                    Spool spool) {
        Objects.requireNonNull(run, "run");
        // The spool file first: a process killed between the two leaves a spool file naming a run
        // that was never stored (recovery removes it, nothing was measured), never a stored run
        // without a spool file, which nothing could close.
        SpoolWriter writer = null;
        String spoolProblem = null;
        if (spool != null) {
            try {
                writer = spool.create(SpoolHeader.forThisProcess(run.id(), ledger.describe(), run.start()));
            } catch (SpoolException e) {
                spoolProblem = "no crash-safe spool for this run (" + e.getMessage() + "): if wattprint is killed, "
                        + "only what the ledger stored as it came is kept";
            }
        }
        Run stored;
        try {
            // Stamped when the ledger takes it: a wait for other processes is not part of the run.
            stored = ledger.runs().insertRunStartingAt(run, timebase::now);
        } catch (RuntimeException e) {
            if (writer != null) {
                writer.close();
                try {
                    spool.delete(run.id());
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
        MeterSession session = new MeterSession(ledger, data, stored, Objects.requireNonNull(pue, "pue"),
                Objects.requireNonNull(timebase, "timebase"), spool, writer);
        if (spoolProblem != null) session.warn(spoolProblem);
        return session;
    }

    public Run run() { return run; }

    public String ledgerName() { return ledger.describe(); }

    /** Also hands every tick's intervals to {@code listener} (a trace file, a live view). Its failures are warnings. */
    public MeterSession listener(Consumer<List<EnergyInterval>> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** Starts sampling {@code sources} every {@code interval}; {@code models} describe them for the summary. */
    public synchronized Instant start(List<EnergySource> sources, Duration interval) {
        if (sampler != null) throw new IllegalStateException("session already started");
        if (result != null) throw new IllegalStateException("run already closed");
        models = sources.stream().map(EnergySource::describe).toList();
        IntervalRepository intervals = ledger.intervals();
        // With a spool every tick is on disk at once, so the ledger gets them in one transaction per
        // LEDGER_FLUSH instead of one per tick (the meter's main CPU cost); without one, every tick.
        long flushNanos = spool != null && spool.healthy() ? LEDGER_FLUSH.toNanos() : 0;
        flusher = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wattprint-ledger-" + run.id());
            t.setDaemon(true);
            return t;
        });
        sampler = new Sampler(sources, interval, timebase, batch -> {
            if (spool != null) spool.append(batch);   // never throws: a full disk is reported at the end
            for (Consumer<List<EnergyInterval>> l : listeners) {
                try {
                    l.accept(batch);
                } catch (RuntimeException e) {
                    warn("could not write intervals to " + l + ": " + e.getMessage());
                }
            }
            boolean due;
            synchronized (pending) {
                pending.addAll(batch);
                boolean spoolOk = spool == null || spool.healthy();
                due = System.nanoTime() - lastFlush >= flushNanos || !spoolOk;
                if (due) lastFlush = System.nanoTime();
            }
            if (due) flusher.execute(() -> flushPending(intervals));
        }).retainIntervals(false);
        return sampler.start();
    }

    /** A phase change set by the workload; intervals end at the returned marker's instant. */
    public RunMarker phase(String phase) { return marker(at -> RunMarker.phase(at, phase)); }

    /** A numbered mark (an epoch, a checkpoint); intervals end at the returned marker's instant. */
    public RunMarker mark(String label, long value) { return marker(at -> RunMarker.mark(at, label, value)); }

    private synchronized RunMarker marker(java.util.function.Function<Instant, RunMarker> make) {
        if (result != null) throw new IllegalStateException("run " + run.id() + " is already closed");
        Instant at = sampler == null ? timebase.now() : sampler.cut();
        RunMarker m = make.apply(at);
        markers.add(m);
        if (spool != null) spool.marker(m);
        try {
            ledger.markers().append(run.id(), List.of(m));
        } catch (RuntimeException e) {
            warn("could not store marker " + m + " as it came (" + e.getMessage() + "); it is stored at the end");
        }
        return m;
    }

    /**
     * Stops sampling, stores what the ledger has not acknowledged yet, and closes the run with its
     * footprint. Only the first call closes; later calls return the same result.
     */
    public synchronized Result finish(RunStatus status, Integer exitCode) {
        if (result != null) return result;
        try {
            return close(status, exitCode);
        } finally {
            if (spool != null) spool.close();   // never throws; the file stays for recovery unless deleted above
        }
    }

    private Result close(RunStatus status, Integer exitCode) {
        if (sampler != null) sampler.stop();
        Instant end = timebase.now();
        // On disk before the ledger is asked: if it cannot take the close, recovery still knows the outcome.
        if (spool != null) spool.outcome(new SpoolOutcome(end, status, exitCode));
        RunRepository runs = ledger.runs();
        awaitFlusher();
        if (sampler != null && !sampler.unsent().isEmpty()) ledger.intervals().append(run.id(), sampler.unsent());
        synchronized (pending) {
            if (!pending.isEmpty()) ledger.intervals().append(run.id(), pending);   // a failure here leaves the run to recovery
            pending.clear();
        }

        if (!markers.isEmpty()) ledger.markers().append(run.id(), markers);
        // The footprint is computed from what the ledger holds, summed by the hour: neither the
        // session nor the close holds every tick of a long run in memory.
        List<EnergyInterval> hourly = ledger.intervals().hourly(run.id());
        for (EnergyInterval i : hourly) if (i.end().isAfter(end)) end = i.end();
        Footprint footprint = new FootprintCalculator().compute(hourly, run.location(), pue,
                RunFactors.forRun(ledger, data, run.location(), hourly));
        runs.closeRun(run.id(), end, status, exitCode, footprint, data.version(), end);
        long count = ledger.intervals().count(run.id());
        List<String> allWarnings = new ArrayList<>(sampler == null ? List.of() : sampler.warnings());
        if (spool != null) {
            spool.failure().ifPresent(f -> allWarnings.add(f.message()));
            spool.close();
            try {
                spoolDir.delete(run.id());   // the ledger has the run closed: nothing left to recover
            } catch (RuntimeException e) {
                allWarnings.add("could not remove the spool file of this closed run (" + e.getMessage()
                        + "); the next start removes it");
            }
        }
        synchronized (warnings) {
            allWarnings.addAll(warnings);
        }
        result = new Result(run.closed(end, status, exitCode), footprint, count, List.copyOf(markers),
                List.copyOf(allWarnings), models);
        return result;
    }

    /**
     * Sends what is pending to the ledger; on failure keeps it for the next flush (the spool has it).
     * Runs on the flusher's thread: the sampler only hands the intervals over.
     */
    private void flushPending(IntervalRepository intervals) {
        List<EnergyInterval> batch;
        synchronized (pending) {
            if (pending.isEmpty()) return;
            batch = List.copyOf(pending);
            pending.clear();
        }
        try {
            intervals.append(run.id(), batch);
        } catch (RuntimeException e) {
            synchronized (pending) {
                pending.addAll(0, batch);
            }
            warn("could not store intervals as they came (" + e.getMessage() + "); they are kept and stored at the end");
        }
    }

    /** Lets a flush under way finish (it may be waiting for the ledger), then stops the flusher. */
    private void awaitFlusher() {
        if (flusher == null) return;
        flusher.shutdown();
        try {
            if (!flusher.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES)) {
                warn("the ledger did not take the intervals within 10 minutes; the spool keeps them");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void warn(String w) { warnings.add(w); }
}

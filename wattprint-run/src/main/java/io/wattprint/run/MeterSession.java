package io.wattprint.run;

import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunMarker;
import io.wattprint.core.model.RunStatus;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.IntervalRepository;
import io.wattprint.ledger.LedgerBusyException;
import io.wattprint.ledger.RunRepository;
import io.wattprint.ledger.spool.Spool;
import io.wattprint.ledger.spool.SpoolException;
import io.wattprint.ledger.spool.SpoolHeader;
import io.wattprint.ledger.spool.SpoolOutcome;
import io.wattprint.ledger.spool.SpoolRun;
import io.wattprint.ledger.spool.SpoolWriter;
import io.wattprint.meter.Discovery;
import io.wattprint.meter.EnergySource;
import io.wattprint.meter.Sampler;
import io.wattprint.meter.Timebase;
import java.time.Duration;
import java.time.Instant;
import io.wattprint.run.close.RunClose;
import io.wattprint.run.recovery.SpoolRecovery;
import io.wattprint.run.spool.TickWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One metered run from start to close, opened by {@link RunLifecycle} for {@code wattprint run}, the
 * Java API and agents: the run's spool file is created, then the run is stored, when the session
 * opens; every tick's intervals go to the spool (written at once, forced to disk every 5 s), to listeners such as a trace file,
 * and to the ledger from a thread of their own ({@link TickWriter}), so that a ledger held by other
 * processes never delays the sampler; markers cut the intervals, and {@link #finish} writes the
 * outcome to the spool, then closes the run once with its footprint ({@link RunClose}). The run's start is when the ledger took it, just before metering begins, and
 * its end when metering ended: never the time spent waiting for other processes on the ledger.
 *
 * <p>A ledger that other processes hold costs the command at most {@link #OPEN_PATIENCE}: past it the run starts
 * anyway, its row waits in the spool file (its run record) and is stored by the ledger thread before any interval,
 * or at the close; if the ledger is still held then, the spool file keeps the run for the next command.
 */
public final class MeterSession {
    /** How long opening a run waits for other processes holding the ledger before the run starts without its row. */
    public static final Duration OPEN_PATIENCE = Duration.ofSeconds(5);
    static final String BUSY_AT_START = "the ledger is busy (held by another process); "
            + "the run is kept in its spool file and stored when the ledger is free";
    static final String BUSY_AT_START_NO_SPOOL = "the ledger is busy (held by another process); the run is stored "
            + "when the ledger is free (no spool file keeps it meanwhile)";

    private final Ledger ledger;
    private final ReferenceData data;
    private final Run run;
    private final PueAssumption pue;
    private final Timebase timebase;
    private final List<RunMarker> markers = new ArrayList<>();
    /** Not guarded by the session's lock: the sampler's thread adds to it while holding the sampler's. */
    private final Set<String> warnings = Collections.synchronizedSet(new LinkedHashSet<>());
    private final SpoolWriter spool;
    private final Spool spoolDir;
    private final TickWriter ticks;
    private Sampler sampler;
    private List<String> models = List.of();
    /** What {@link RunLifecycle} found to meter, with its notes; empty for a session opened directly. */
    private List<EnergySource> discovered = List.of();
    private List<String> notes = List.of();
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
        this.ticks = new TickWriter(run.id(), spool, ledger.intervals(), this::warn);
    }

    /**
     * Stores {@code run} (idempotently, by its key), creates its spool file in {@code spool} (null:
     * no spool, for tests and read-only homes) and returns a session ready to start metering. Every
     * tick is written to the spool before it goes to the ledger, so a run whose process is killed is
     * recovered by {@link SpoolRecovery} on the next start. Front ends call {@link RunLifecycle#open},
     * which recovers and probes the hardware first.
     */
    public static MeterSession open(Ledger ledger, ReferenceData data, Run run, PueAssumption pue, Timebase timebase,
                                    Spool spool) {
        return open(ledger, data, run, pue, timebase, spool, OPEN_PATIENCE, message -> { });
    }

    /**
     * {@link #open(Ledger, ReferenceData, Run, PueAssumption, Timebase, Spool)} that waits at most {@code patience}
     * for other processes holding the ledger: past it, the run starts now without its row, which is stored when the
     * ledger is free, and {@code say} hears so once.
     */
    public static MeterSession open(Ledger ledger, ReferenceData data, Run run, PueAssumption pue, Timebase timebase,
                                    Spool spool, Duration patience, Consumer<String> say) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(pue, "pue");
        Objects.requireNonNull(timebase, "timebase");
        Objects.requireNonNull(say, "say");
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
        boolean rowStored = true;
        try {
            // Stamped when the ledger takes it: a wait for other processes is not part of the run.
            stored = ledger.runs().insertRunStartingAt(run, timebase::now, patience);
        } catch (LedgerBusyException e) {
            // Other processes hold the ledger: the command is not kept waiting. The run starts now, when metering
            // begins; its row is in the spool file and goes to the ledger once it is free.
            stored = run.startingAt(timebase.now());
            rowStored = false;
            say.accept(writer != null ? BUSY_AT_START : BUSY_AT_START_NO_SPOOL);
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
        // The whole row, before any interval: recovery stores the run from it when the ledger does not have it.
        if (writer != null) writer.run(new SpoolRun(stored, pue));
        MeterSession session = new MeterSession(ledger, data, stored, pue, timebase, spool, writer);
        if (!rowStored) session.ticks.storeRowFirst(stored, ledger.runs());
        if (spoolProblem != null) session.warn(spoolProblem);
        return session;
    }

    /** Set by {@link RunLifecycle#open}: the sources {@link #start(Duration)} samples and what was said about them. */
    MeterSession metering(Discovery found, List<String> siteNotes) {
        discovered = List.copyOf(found.sources());
        List<String> all = new ArrayList<>(siteNotes);
        all.addAll(found.notes());
        notes = List.copyOf(all);
        return this;
    }

    public Run run() { return run; }

    /** What the lifecycle said before the run started: how the PUE fits, what the meter cannot read here. */
    public List<String> notes() { return notes; }

    /** The sources the lifecycle found on this machine. */
    public List<EnergySource> sources() { return discovered; }

    public String ledgerName() { return ledger.describe(); }

    /** Why the spool file stopped taking records (a full disk), if it did; the latest write failed when it is ongoing. */
    public java.util.Optional<io.wattprint.ledger.spool.SpoolFailure> spoolFailure() {
        return spool == null ? java.util.Optional.empty() : spool.failure();
    }

    /** Also hands every tick's intervals to {@code listener} (a trace file, a live view). Its failures are warnings. */
    public MeterSession listener(Consumer<List<EnergyInterval>> listener) {
        ticks.listener(listener);
        return this;
    }

    /** Starts sampling the sources {@link RunLifecycle#open} found. */
    public Instant start(Duration interval) { return start(discovered, interval); }

    /** Starts sampling {@code sources} every {@code interval}; {@code models} describe them for the summary. */
    public synchronized Instant start(List<EnergySource> sources, Duration interval) {
        if (sampler != null) throw new IllegalStateException("session already started");
        if (result != null) throw new IllegalStateException("run already closed");
        models = sources.stream().map(EnergySource::describe).toList();
        sampler = new Sampler(sources, interval, timebase, ticks).retainIntervals(false);
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
        if (!ticks.rowStored()) return m;   // the ledger has no row to hang it on yet: stored at the end
        try {
            ledger.markers().append(run.id(), List.of(m));
        } catch (RuntimeException e) {
            warn("could not store marker " + m + " as it came (" + e.getMessage() + "); it is stored at the end");
        }
        return m;
    }

    /**
     * Runs the steps that start the run ({@link #start(Duration)}, then for {@code wattprint run} the command) and
     * returns what they return. When one throws, the run failed to start: it is closed as {@link RunStatus#FAILED}
     * with no exit code (sampling stopped, the sources and the spool closed) and the exception is rethrown, with a
     * failure of that close attached to it as suppressed. The CLI and the Java API both start through here.
     */
    public <T> T starting(java.util.function.Supplier<T> steps) {
        try {
            return steps.get();
        } catch (RuntimeException e) {
            try {
                finish(RunStatus.FAILED, null);
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
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
        if (sampler != null) sampler.stop();   // closes the sources
        else discovered.forEach(EnergySource::close);   // never started: release NVML all the same
        Instant end = timebase.now();
        // On disk before the ledger is asked: if it cannot take the close, recovery still knows the outcome.
        if (spool != null) spool.outcome(new SpoolOutcome(end, status, exitCode));
        RunRepository runs = ledger.runs();
        ticks.stopFlushing();
        ticks.storeRow();   // the run's row first, when the ledger was held at the start and since
        if (sampler != null && !sampler.unsent().isEmpty()) ledger.intervals().append(run.id(), sampler.unsent());
        ticks.storePending();   // a failure here leaves the run to recovery
        if (!markers.isEmpty()) ledger.markers().append(run.id(), markers);
        RunClose.Closed closed = RunClose.close(ledger, data, run.id(), run.location(), pue, end, status, exitCode);
        end = closed.end();
        Footprint footprint = closed.footprint();
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

    private void warn(String w) { warnings.add(w); }
}

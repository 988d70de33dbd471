package io.wattprint.run.spool;

import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Run;
import io.wattprint.ledger.IntervalRepository;
import io.wattprint.ledger.RunRepository;
import io.wattprint.ledger.spool.SpoolWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Where the sampler writes each tick: first the run's spool file (written at once, forced to disk every 5 s), then the
 * listeners (a trace file, a live view), then the ledger — from a thread of its own, so that a
 * ledger held by other processes never delays the sampler. With a healthy spool the ledger gets
 * the ticks in one transaction per {@link #LEDGER_FLUSH}; without one, every tick. What the ledger
 * refuses stays pending (the spool has it) for the next flush or the close. When the ledger could not
 * take the run's row at the start ({@link #storeRowFirst}), each flush stores the row before any interval.
 */
public final class TickWriter implements Consumer<List<EnergyInterval>> {
    /** How long ticks wait in memory for the ledger when the spool already holds them. */
    public static final Duration LEDGER_FLUSH = Duration.ofSeconds(10);

    private final String runId;
    private final SpoolWriter spool;
    private final IntervalRepository intervals;
    private final Consumer<String> warn;
    private final List<Consumer<List<EnergyInterval>>> listeners = new CopyOnWriteArrayList<>();
    private final List<EnergyInterval> pending = new ArrayList<>();
    private final long flushNanos;
    private final ExecutorService flusher;
    private long lastFlush = System.nanoTime();
    /** A flush is queued and has not begun: ticks meanwhile join its batch instead of queueing another. */
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    /** The run's row, while the ledger has not taken it; null once stored (or stored at the start). */
    private volatile Run rowToStore;
    /** Where {@link #rowToStore} goes. */
    private volatile RunRepository runs;

    /** {@code spool} null: no crash-safe spool (tests, read-only homes); every tick goes to the ledger at once. */
    public TickWriter(String runId, SpoolWriter spool, IntervalRepository intervals, Consumer<String> warn) {
        this.runId = Objects.requireNonNull(runId, "runId");
        this.spool = spool;
        this.intervals = Objects.requireNonNull(intervals, "intervals");
        this.warn = Objects.requireNonNull(warn, "warn");
        this.flushNanos = spool != null && spool.healthy() ? LEDGER_FLUSH.toNanos() : 0;
        this.flusher = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wattprint-ledger-" + runId);
            t.setDaemon(true);
            return t;
        });
    }

    /** Also hands every tick's intervals to {@code listener}. Its failures are warnings. */
    public void listener(Consumer<List<EnergyInterval>> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * The ledger did not take the run's row at the start (other processes held it): the row is stored by the next
     * flush, before its intervals, or at the close ({@link #storeRow}).
     */
    public void storeRowFirst(Run row, RunRepository runs) {
        this.runs = Objects.requireNonNull(runs, "runs");
        rowToStore = Objects.requireNonNull(row, "row");
    }

    /** Whether the ledger has the run's row. */
    public boolean rowStored() { return rowToStore == null; }

    /** Stores the run's row if the ledger does not have it yet, on the caller's thread (the close); may throw. */
    public void storeRow() {
        Run row = rowToStore;
        if (row == null) return;
        runs.insertRun(row);   // idempotent by its key: a flush that stored it meanwhile changes nothing
        rowToStore = null;
    }

    /** One tick, on the sampler's thread: never waits for the ledger. */
    @Override
    public void accept(List<EnergyInterval> batch) {
        if (spool != null) spool.append(batch);   // never throws: a full disk is reported at the end
        for (Consumer<List<EnergyInterval>> l : listeners) {
            try {
                l.accept(batch);
            } catch (RuntimeException e) {
                warn.accept("could not write intervals to " + l + ": " + e.getMessage());
            }
        }
        boolean due;
        synchronized (pending) {
            pending.addAll(batch);
            boolean spoolOk = spool == null || spool.healthy();
            due = System.nanoTime() - lastFlush >= flushNanos || !spoolOk;
            if (due) lastFlush = System.nanoTime();
        }
        if (due && flushQueued.compareAndSet(false, true)) {
            // One flush waiting at most: each may wait the whole write patience for a held ledger, at the close too.
            flusher.execute(() -> {
                flushQueued.set(false);
                flushPending();
            });
        }
    }

    /**
     * At the close: lets a flush under way finish (it may be waiting for the ledger), then stops the
     * flusher. Call {@link #storePending()} after it.
     */
    public void stopFlushing() {
        flusher.shutdown();
        try {
            if (!flusher.awaitTermination(10, TimeUnit.MINUTES)) {
                warn.accept("the ledger did not take the intervals within 10 minutes; the spool keeps them");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stores the run's row if still missing, then what is still pending, on the caller's thread; a failure here
     * leaves the run to recovery.
     */
    public void storePending() {
        storeRow();
        synchronized (pending) {
            if (!pending.isEmpty()) intervals.append(runId, pending);
            pending.clear();
        }
    }

    /** Sends what is pending to the ledger; on failure keeps it for the next flush (the spool has it). */
    private void flushPending() {
        List<EnergyInterval> batch;
        synchronized (pending) {
            if (pending.isEmpty() && rowStored()) return;
            batch = List.copyOf(pending);
            pending.clear();
        }
        boolean rowFirst = !rowStored();
        try {
            storeRow();
            rowFirst = false;
            if (!batch.isEmpty()) intervals.append(runId, batch);
        } catch (RuntimeException e) {
            synchronized (pending) {
                pending.addAll(0, batch);
            }
            warn.accept(rowFirst ? "could not store the run as it went (" + e.getMessage()
                    + "); its spool file keeps it and it is stored at the end"
                    : "could not store intervals as they came (" + e.getMessage()
                            + "); they are kept and stored at the end");
        }
    }
}

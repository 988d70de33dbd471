package io.wattprint.meter;

import io.wattprint.core.model.EnergyInterval;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Polls every source at a fixed interval (default 1 s) on a daemon thread and hands each
 * tick's intervals to a sink (the ledger). Everything is also kept in memory, so a sink that
 * failed can be given the whole list again at the end (appends are idempotent). A source that
 * fails is reported once in {@link #warnings()} and skipped; the run goes on. Warnings a source
 * gives while it keeps working ({@link EnergySource#warnings()}) are gathered there too, once each.
 */
public final class Sampler {
    public static final Duration MIN_INTERVAL = Duration.ofMillis(100);

    private final List<EnergySource> sources;
    private final Duration interval;
    private final Timebase clock;
    private final Consumer<List<EnergyInterval>> sink;
    private final List<EnergyInterval> collected = new ArrayList<>();
    private boolean retain = true;
    private final List<EnergyInterval> unsent = new ArrayList<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private final Set<EnergySource> failed = new java.util.HashSet<>();
    private ScheduledExecutorService executor;
    private Instant started;
    private boolean closed;

    /** Reads {@code clock} at every tick (tests); production code passes a {@link Timebase#monotonic} one. */
    public Sampler(List<EnergySource> sources, Duration interval, Clock clock, Consumer<List<EnergyInterval>> sink) {
        this(sources, interval, Timebase.of(clock), sink);
    }

    public Sampler(List<EnergySource> sources, Duration interval, Timebase clock, Consumer<List<EnergyInterval>> sink) {
        this.sources = List.copyOf(sources);
        this.interval = Objects.requireNonNull(interval, "interval");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sink = Objects.requireNonNull(sink, "sink");
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("sampling interval must be at least " + MIN_INTERVAL.toMillis() + " ms, got " + interval.toMillis() + " ms");
        }
    }

    /**
     * Whether {@link #stop()} returns every interval of the run (the default) or none: a long run
     * whose intervals are stored as they come need not keep them all in memory too. Intervals the
     * sink refused are kept either way ({@link #unsent()}).
     */
    public synchronized Sampler retainIntervals(boolean retain) {
        if (executor != null) throw new IllegalStateException("sampler already started");
        this.retain = retain;
        return this;
    }

    /** Takes every source's baseline and starts ticking. Returns the start instant. */
    public synchronized Instant start() {
        if (executor != null) throw new IllegalStateException("sampler already started");
        started = clock.now();
        for (EnergySource s : sources) {
            try {
                s.start(started);
            } catch (RuntimeException e) {
                fail(s, e);
            }
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wattprint-sampler");
            t.setDaemon(true);
            return t;
        });
        long ms = interval.toMillis();
        executor.scheduleAtFixedRate(this::scheduledTick, ms, ms, TimeUnit.MILLISECONDS);
        return started;
    }

    /**
     * Stops ticking, takes a last reading at the stop instant, closes every source and returns every
     * interval. Calling it again returns the same intervals.
     */
    public List<EnergyInterval> stop() {
        synchronized (this) {
            if (closed) return List.copyOf(collected);
        }
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        tick();
        synchronized (this) {
            if (!closed) {
                closed = true;
                for (EnergySource s : sources) {
                    try {
                        s.close();
                    } catch (RuntimeException e) {
                        warnings.add(s.name() + " did not close cleanly: " + e.getMessage());
                    }
                }
            }
            return List.copyOf(collected);
        }
    }

    /**
     * Takes a reading now, between ticks, so that every source's interval ends at the returned
     * instant: a phase change or a mark set by the workload becomes an interval boundary.
     */
    public synchronized Instant cut() {
        if (executor == null) throw new IllegalStateException("sampler not started");
        return tick();
    }

    public Duration interval() { return interval; }

    /** The sampler's own warnings, then each source's ({@link EnergySource#warnings()}). */
    public synchronized List<String> warnings() {
        Set<String> all = new LinkedHashSet<>(warnings);
        for (EnergySource s : sources) {
            try {
                all.addAll(s.warnings());
            } catch (RuntimeException e) {
                all.add(s.name() + " could not report its warnings: " + e.getMessage());
            }
        }
        return List.copyOf(all);
    }

    /** Intervals the sink refused, in order: the caller stores these at the end, not the whole run again. */
    public synchronized List<EnergyInterval> unsent() { return List.copyOf(unsent); }

    /**
     * A scheduled task that throws is never run again, so nothing may escape: an Error from a
     * source's native library or from the sink is reported and the next tick tries again.
     */
    private void scheduledTick() {
        try {
            tick();
        } catch (Throwable t) {   // NOPMD: see above; the warning names it
            synchronized (this) {
                warnings.add("a tick failed (" + t + "); sampling goes on at the next one");
            }
        }
    }

    private synchronized Instant tick() {
        Instant now = clock.now();
        List<EnergyInterval> batch = new ArrayList<>();
        for (EnergySource s : sources) {
            if (failed.contains(s)) continue;
            try {
                batch.addAll(s.poll(now));
                warnings.addAll(s.warnings());
            } catch (RuntimeException e) {
                fail(s, e);
            }
        }
        if (batch.isEmpty()) return now;
        if (retain) collected.addAll(batch);
        try {
            sink.accept(batch);
        } catch (RuntimeException e) {
            unsent.addAll(batch);
            warnings.add("could not store intervals as they came (" + e.getMessage() + "); they are kept in memory and stored at the end");
        }
        return now;
    }

    private void fail(EnergySource s, RuntimeException e) {
        failed.add(s);
        warnings.add(s.name() + " stopped: " + e.getMessage());
    }
}

package io.wattprint.meter;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Where the sampler's instants come from. {@link #monotonic} anchors wall-clock time once and
 * advances it with a monotonic counter, so a clock jump during a run (NTP step, suspend, a user
 * changing the date) neither stretches nor shrinks an interval and never makes one negative.
 */
@FunctionalInterface
public interface Timebase {
    Instant now();

    /** Reads the clock at every call: for tests that move a clock by hand. */
    static Timebase of(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return clock::instant;
    }

    /**
     * Wall time read once from {@code wall}, then advanced by {@link System#nanoTime()}. Instants
     * are whole microseconds, the precision the ledger stores, so what a run holds in memory is
     * exactly what is read back.
     */
    static Timebase monotonic(Clock wall) { return monotonic(wall, System::nanoTime); }

    /** As {@link #monotonic(Clock)}, with the monotonic counter (nanoseconds) given. */
    static Timebase monotonic(Clock wall, LongSupplier nanos) {
        // The wall clock is read between two reads of the counter, and its instant paired with their midpoint: a thread
        // paused between reading the wall clock and the counter (a loaded machine: 261 ms seen) would otherwise leave
        // every instant of the run early by the pause. A pair further apart than ANCHOR_SPREAD_NS is read again.
        Instant anchor = null;
        long origin = 0;
        long bestSpread = Long.MAX_VALUE;
        for (int attempt = 0; attempt < ANCHOR_ATTEMPTS && bestSpread > ANCHOR_SPREAD_NS; attempt++) {
            long before = nanos.getAsLong();
            Instant at = wall.instant();
            long after = nanos.getAsLong();
            if (after - before < bestSpread) {
                bestSpread = after - before;
                anchor = at.truncatedTo(ChronoUnit.MICROS);
                origin = before + (after - before) / 2;
            }
        }
        Instant a = anchor;
        long o = origin;
        return () -> a.plusNanos(Math.max(0, nanos.getAsLong() - o)).truncatedTo(ChronoUnit.MICROS);
    }

    /** How far apart (ns) the two counter reads around the wall clock may be before the anchor is read again. */
    long ANCHOR_SPREAD_NS = 1_000_000;
    /** How many times the anchor is read at most; the closest pair is kept. */
    int ANCHOR_ATTEMPTS = 5;
}

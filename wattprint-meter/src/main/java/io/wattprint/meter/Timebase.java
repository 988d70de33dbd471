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
        Instant anchor = wall.instant().truncatedTo(ChronoUnit.MICROS);
        long origin = nanos.getAsLong();
        return () -> anchor.plusNanos(Math.max(0, nanos.getAsLong() - origin)).truncatedTo(ChronoUnit.MICROS);
    }
}

package io.wattprint.ledger.spool;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether the process that owns a spool file still runs. Injected into {@link Spool} so that
 * tests can play dead and live owners; {@link #processes()} asks the operating system.
 */
@FunctionalInterface
public interface Liveness {
    /**
     * How far two readings of one process's start may differ. Linux derives it from the boot
     * time in {@code /proc/stat}, which NTP adjustments can move by a second between readings
     * of two JVMs; a PID reused within two seconds of its first holder's start is implausible,
     * and mistaking it for the owner only delays recovery until it exits.
     */
    Duration START_TOLERANCE = Duration.ofSeconds(2);

    /**
     * @param pid       the owner's process id
     * @param startedAt when the owner started, or null where its OS did not say
     * @return true while that process runs; a live process with that PID but another start
     *         is a different process that reused the PID, so the answer is false
     */
    boolean isRunning(long pid, Instant startedAt);

    /** The operating system's answer, through {@link ProcessHandle}. */
    static Liveness processes() {
        return (pid, startedAt) -> {
            Optional<ProcessHandle> p = ProcessHandle.of(pid);
            if (p.isEmpty() || !p.get().isAlive()) return false;
            if (startedAt == null) return true; // cannot tell reuse apart: assume the owner
            Optional<Instant> actual = p.get().info().startInstant();
            return actual.isEmpty()
                    || Duration.between(actual.get(), startedAt).abs().compareTo(START_TOLERANCE) <= 0;
        };
    }
}

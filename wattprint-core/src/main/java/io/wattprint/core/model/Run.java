package io.wattprint.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One execution of a workload on a host. {@code end}, {@code exitCode} are null while
 * it runs. {@code idempotencyKey} makes re-sending the same run a no-op.
 */
public record Run(String id, String idempotencyKey, Workload workload, String host, Location location,
                  Instant start, Instant end, RunStatus status, Integer exitCode, String command) {
    public Run {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(status, "status");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("run end " + end + " is before its start " + start);
        }
    }

    public Duration duration() { return end == null ? null : Duration.between(start, end); }

    /** This running run, started at {@code at} instead. */
    public Run startingAt(Instant at) {
        if (status != RunStatus.RUNNING) throw new IllegalStateException("run " + id + " is already closed (" + status.label() + ")");
        return new Run(id, idempotencyKey, workload, host, location, at, end, status, exitCode, command);
    }

    /** This run closed with the given outcome; a run is closed once. */
    public Run closed(Instant at, RunStatus finalStatus, Integer code) {
        if (status != RunStatus.RUNNING) throw new IllegalStateException("run " + id + " is already closed (" + status.label() + ")");
        if (finalStatus == RunStatus.RUNNING) throw new IllegalArgumentException("a run is closed with a final status, not running");
        return new Run(id, idempotencyKey, workload, host, location, start, at, finalStatus, code, command);
    }
}

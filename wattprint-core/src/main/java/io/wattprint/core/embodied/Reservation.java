package io.wattprint.core.embodied;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A run's hold on a machine: from start to end, {@code resources} of its GPUs or vCPUs (RR).
 * For a GPU record, the GPUs a run used are the distinct {@code gpu:*} components of its
 * intervals; for a vCPU record, all the machine's vCPUs unless the run says otherwise (the
 * run's host is reserved by default).
 */
public record Reservation(String runId, Instant start, Instant end, double resources) {
    public Reservation {
        Objects.requireNonNull(runId, "run id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end of run " + runId);
        if (end.isBefore(start)) throw new IllegalArgumentException("run " + runId + " ends before it starts");
        if (!Double.isFinite(resources) || resources < 0) {
            throw new IllegalArgumentException("resources reserved by run " + runId + " must be 0 or more, got " + resources);
        }
    }

    public double hours() { return Duration.between(start, end).toNanos() / 3.6e12; }
}

package io.wattprint.meter;

import io.wattprint.core.model.EnergyInterval;
import java.time.Instant;
import java.util.List;

/**
 * One thing the meter reads energy from: a hardware counter (NVML, RAPL — their own issue)
 * or an estimator. The sampler calls {@link #start} once, then {@link #poll} at every tick;
 * each poll returns the energy since the previous one.
 *
 * <p>This is the seam for real measurement: hardware sources implement it behind their own
 * interface to the device, with a fake for CI.
 */
public interface EnergySource {

    /** Short name for messages, e.g. {@code cpu-estimator}. */
    String name();

    /** Takes the baseline reading at {@code t0}. */
    void start(Instant t0);

    /** Energy over [previous poll or start, now). May be empty, never null. */
    List<EnergyInterval> poll(Instant now);

    /** Human-readable description of the model or counter and its constants. */
    String describe();

    /**
     * Faults the source handled itself (a device lost, a counter reset, a reading that may have
     * missed a wraparound, a skipped reading) that do not stop it. Each is said once however often
     * it is returned; the sampler adds them to its own warnings. Never null; none by default.
     */
    default List<String> warnings() { return List.of(); }

    /** Releases what the source holds (a driver handle); called once, after the last poll. */
    default void close() {}
}

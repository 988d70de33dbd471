package io.wattprint.meter.estimate;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.estimate.MemoryModel;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.EnergySource;
import io.wattprint.meter.procfs.ProcFs;
import io.wattprint.meter.procfs.ProcessTreeTracker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Memory energy estimated with {@link MemoryModel}: the host's installed memory when the host
 * is reserved for the run (DRAM power is mostly static and the run holds all of it), the
 * process tree's resident memory when it is shared.
 */
public final class MemoryEstimator implements EnergySource {
    private final ProcFs proc;
    private final ProcessTreeTracker tree;
    private final AttributionPolicy policy;
    private final Provenance provenance = new Provenance.Estimated(
            MemoryModel.NAME + " " + MemoryModel.WATTS_PER_GB + "W/GB");
    private Instant last;
    private long installedBytes;

    public MemoryEstimator(ProcFs proc, ProcessTreeTracker tree, AttributionPolicy policy) {
        this.proc = proc;
        this.tree = tree;
        this.policy = policy;
    }

    @Override
    public String name() { return "memory-estimator"; }

    @Override
    public void start(Instant t0) { last = t0; }

    @Override
    public List<EnergyInterval> poll(Instant now) {
        if (!now.isAfter(last)) return List.of();
        long bytes;
        try {
            // The tree is read at this tick's instant, once, whichever estimator asks first.
            bytes = policy == AttributionPolicy.RESERVED_HOST ? installedBytes() : tree.read(now).rssBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EnergyInterval i = new EnergyInterval(last, now, Component.DRAM,
                MemoryModel.power(bytes).over(Duration.between(last, now)), provenance);
        last = now;
        return List.of(i);
    }

    /** Installed memory does not change during a run: /proc/meminfo is read at the first poll only. */
    private long installedBytes() throws IOException {
        if (installedBytes == 0) installedBytes = proc.memTotalBytes();
        return installedBytes;
    }

    @Override
    public String describe() {
        String what = policy == AttributionPolicy.RESERVED_HOST ? "installed host memory" : "resident memory of the process tree";
        try {
            if (policy == AttributionPolicy.RESERVED_HOST) {
                what += " (" + Figures.format(proc.memTotalBytes() / MemoryModel.BYTES_PER_GB, 2) + " GB)";
            }
        } catch (IOException e) {
            // describe() is informational; the reading error surfaces on poll.
        }
        return "memory estimated: " + MemoryModel.WATTS_PER_GB + " W per GB (Green Algorithms) × " + what;
    }
}

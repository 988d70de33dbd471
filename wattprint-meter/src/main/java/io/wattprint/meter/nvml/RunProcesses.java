package io.wattprint.meter.nvml;

import io.wattprint.meter.procfs.ProcFs;
import io.wattprint.meter.procfs.ProcStat;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The PIDs of a run's process tree, for GPU attribution on a shared host. One /proc scan serves
 * every GPU of a tick: a scan younger than {@link #MAX_AGE_NANOS} is reused.
 *
 * <p>NVML reports PIDs of the host's PID namespace; inside a container with its own namespace
 * they do not match these, and the run appears to have no process on the GPU.
 */
public final class RunProcesses implements Supplier<Set<Integer>> {
    /** Below the sampler's 100 ms minimum interval, so each tick scans once. */
    static final long MAX_AGE_NANOS = 50_000_000L;

    private final ProcFs proc;
    private final java.util.function.IntSupplier rootPid;
    private final LongSupplier nanoTime;
    private Set<Integer> last = Set.of();
    private long lastAt;
    private boolean scanned;

    public RunProcesses(ProcFs proc, int rootPid) { this(proc, () -> rootPid, System::nanoTime); }

    /** The tree of a root that may not be started yet (0 until it is: no PIDs). */
    public RunProcesses(ProcFs proc, java.util.function.IntSupplier rootPid) { this(proc, rootPid, System::nanoTime); }

    RunProcesses(ProcFs proc, int rootPid, LongSupplier nanoTime) { this(proc, () -> rootPid, nanoTime); }

    RunProcesses(ProcFs proc, java.util.function.IntSupplier rootPid, LongSupplier nanoTime) {
        this.proc = proc;
        this.rootPid = rootPid;
        this.nanoTime = nanoTime;
    }

    /** The tree's PIDs now; the previous answer when /proc cannot be read. */
    @Override
    public synchronized Set<Integer> get() {
        long now = nanoTime.getAsLong();
        if (scanned && now - lastAt < MAX_AGE_NANOS) return last;
        try {
            Set<Integer> pids = new HashSet<>();
            int root = rootPid.getAsInt();
            if (root > 0) for (ProcStat s : proc.tree(root)) pids.add(s.pid());
            last = Set.copyOf(pids);
        } catch (IOException e) {
            // Keep the previous tree: a transient read error must not zero the run's share.
        }
        lastAt = now;
        scanned = true;
        return last;
    }
}

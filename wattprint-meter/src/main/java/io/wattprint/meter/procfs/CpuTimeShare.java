package io.wattprint.meter.procfs;

import io.wattprint.meter.AttributionPolicy;
import java.io.IOException;
import java.time.Instant;

/**
 * How busy the host was between two sampler ticks, and how much of that work was the run's:
 * share = Δ(user + system CPU time of the process tree) / Δ(busy CPU time of the host), the
 * attribution Scaphandre and Kepler use (DOMAIN.md §1). Host energy sources (the CPU estimator,
 * RAPL counters) charge a run with this one computation, so they agree on what "its share" is.
 *
 * <p>Not thread-safe: one instance per source, advanced from the sampler thread.
 */
public final class CpuTimeShare {
    private final ProcFs proc;
    private final ProcessTreeTracker tree;
    private HostCpuTimes lastHost;
    private long lastTreeTicks;

    /**
     * One tick's figures.
     *
     * @param utilisation host busy time / total time, in [0, 1] (0 when no time passed)
     * @param treeShare   tree CPU time / host busy time, in [0, 1]: capped at 1 because the two are
     *                    read a moment apart; 0 when the host did no work
     */
    public record Step(double utilisation, double treeShare) {
        /** The fraction of host energy the run is charged under {@code policy}. */
        public double charged(AttributionPolicy policy) {
            return switch (policy) {
                case RESERVED_HOST -> 1.0;
                case SHARED_HOST -> treeShare;
            };
        }
    }

    public CpuTimeShare(ProcFs proc, ProcessTreeTracker tree) {
        this.proc = proc;
        this.tree = tree;
    }

    /** Takes the baseline: host times and the tree's CPU time at {@code t0}. */
    public void start(Instant t0) throws IOException {
        HostCpuTimes host = proc.hostCpuTimes();
        lastTreeTicks = tree.read(t0).cpuTicks();
        lastHost = host;
    }

    /** The figures since the previous call (or {@link #start}). On an error the baseline stays where it was. */
    public Step advance(Instant now) throws IOException {
        if (lastHost == null) throw new IllegalStateException("CpuTimeShare.advance before start");
        HostCpuTimes host = proc.hostCpuTimes();
        long treeTicks = tree.read(now).cpuTicks();
        long dBusy = Math.max(0, host.busyTicks() - lastHost.busyTicks());
        long dTotal = Math.max(0, host.totalTicks() - lastHost.totalTicks());
        long dTree = Math.max(0, treeTicks - lastTreeTicks);
        lastHost = host;
        lastTreeTicks = treeTicks;
        double utilisation = dTotal == 0 ? 0 : Math.min(1.0, (double) dBusy / dTotal);
        double share = dBusy == 0 ? 0 : Math.min(1.0, (double) dTree / dBusy);
        return new Step(utilisation, share);
    }
}

package io.wattprint.meter;

import io.wattprint.meter.estimate.CpuEstimator;
import io.wattprint.meter.estimate.CpuTdp;
import io.wattprint.meter.estimate.MemoryEstimator;
import io.wattprint.meter.estimate.TdpLoadCurve;
import io.wattprint.meter.procfs.CpuTimeShare;
import io.wattprint.meter.procfs.ProcFs;
import io.wattprint.meter.procfs.ProcessTreeTracker;
import io.wattprint.meter.rapl.Powercap;
import io.wattprint.meter.rapl.Rapl;
import io.wattprint.meter.rapl.RaplEnergySource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The host's CPU and memory sources for a run, measured where the host allows it:
 * <ul>
 *   <li>RAPL counters readable: RAPL packages, plus RAPL DRAM where the CPU has DRAM zones,
 *       else the memory estimator;</li>
 *   <li>otherwise: the CPU estimator and the memory estimator ({@link HostEstimators}), with the
 *       note saying why RAPL could not be used (and how to fix it where it can be fixed).</li>
 * </ul>
 * Both paths share one {@link ProcessTreeTracker}, so /proc is scanned once per tick.
 */
public final class HostMeter {
    private HostMeter() {}

    /**
     * @param powercap  the powercap tree ({@link Powercap#system()})
     * @param tdpLookup finds a CPU's TDP by its /proc/cpuinfo model name, for the estimator
     */
    public static Discovery forProcess(ProcFs proc, Powercap powercap, long pid,
                                       Function<String, Optional<CpuTdp>> tdpLookup, AttributionPolicy policy)
            throws IOException {
        int root = Math.toIntExact(pid);
        return forProcess(proc, powercap, () -> root, tdpLookup, policy);
    }

    /** As above, for a process not started yet: {@code pid} answers 0 until it is. */
    public static Discovery forProcess(ProcFs proc, Powercap powercap, java.util.function.IntSupplier pid,
                                       Function<String, Optional<CpuTdp>> tdpLookup, AttributionPolicy policy)
            throws IOException {
        if (!proc.isAvailable()) {
            return Discovery.none("no /proc on this system: CPU and memory energy can be neither measured nor estimated");
        }
        ProcessTreeTracker tree = new ProcessTreeTracker(proc, pid);
        CpuTimeShare share = policy == AttributionPolicy.SHARED_HOST ? new CpuTimeShare(proc, tree) : null;
        Discovery rapl = Rapl.discover(powercap, true, policy, share);
        List<EnergySource> sources = new ArrayList<>(rapl.sources());
        if (sources.isEmpty()) {
            sources.add(new CpuEstimator(proc, tree, new TdpLoadCurve(HostEstimators.cpuTdp(proc, tdpLookup)), policy));
        }
        boolean dramMeasured = sources.stream().anyMatch(s -> s instanceof RaplEnergySource r && r.measuresDram());
        if (!dramMeasured) sources.add(new MemoryEstimator(proc, tree, policy));
        return new Discovery(sources, rapl.notes());
    }
}

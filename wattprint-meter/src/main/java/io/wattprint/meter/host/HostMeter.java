package io.wattprint.meter.host;

import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.Discovery;
import io.wattprint.meter.EnergySource;
import io.wattprint.meter.estimate.CpuEstimator;
import io.wattprint.core.estimate.CpuTdp;
import io.wattprint.meter.estimate.MemoryEstimator;
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
 *       note saying why RAPL could not be used (and how to fix it where it can be fixed). The CPU
 *       model is the TDP × load curve, except on a cloud VM (the caller passes the run's cloud
 *       region), where it is Cloud Carbon Footprint's per-vCPU line, with a note saying so.</li>
 * </ul>
 * Both paths share one {@link ProcessTreeTracker}, so /proc is scanned once per tick.
 */
public final class HostMeter {
    private HostMeter() {}

    /**
     * @param powercap    the powercap tree ({@link Powercap#system()})
     * @param tdpLookup   finds a CPU's TDP by its /proc/cpuinfo model name, for the estimator
     * @param cloudRegion the cloud region the run is in ({@code aws:eu-west-1}, as
     *                    {@code Location.cloudRegion()} holds it; a bare provider {@code aws} will do),
     *                    empty where it is not a cloud VM or not known
     */
    public static Discovery forProcess(ProcFs proc, Powercap powercap, long pid,
                                       Function<String, Optional<CpuTdp>> tdpLookup, Optional<String> cloudRegion,
                                       AttributionPolicy policy) throws IOException {
        int root = Math.toIntExact(pid);
        return forProcess(proc, powercap, () -> root, tdpLookup, cloudRegion, policy);
    }

    /** As above, for a process not started yet: {@code pid} answers 0 until it is. */
    public static Discovery forProcess(ProcFs proc, Powercap powercap, java.util.function.IntSupplier pid,
                                       Function<String, Optional<CpuTdp>> tdpLookup, Optional<String> cloudRegion,
                                       AttributionPolicy policy) throws IOException {
        if (!proc.isAvailable()) {
            return Discovery.none("no /proc on this system: CPU and memory energy can be neither measured nor estimated");
        }
        ProcessTreeTracker tree = new ProcessTreeTracker(proc, pid);
        CpuTimeShare share = policy == AttributionPolicy.SHARED_HOST ? new CpuTimeShare(proc, tree) : null;
        Discovery rapl = Rapl.discover(powercap, true, policy, share);
        List<EnergySource> sources = new ArrayList<>(rapl.sources());
        List<String> notes = new ArrayList<>(rapl.notes());
        if (sources.isEmpty()) {
            HostEstimators.CpuModelChoice cpu = HostEstimators.cpuModel(proc, tdpLookup, cloudRegion);
            sources.add(new CpuEstimator(proc, tree, cpu.model(), policy));
            cpu.note().ifPresent(notes::add);
        }
        boolean dramMeasured = sources.stream().anyMatch(s -> s instanceof RaplEnergySource r && r.measuresDram());
        if (!dramMeasured) sources.add(new MemoryEstimator(proc, tree, policy));
        return new Discovery(sources, notes);
    }
}

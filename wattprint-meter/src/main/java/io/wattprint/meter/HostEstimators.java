package io.wattprint.meter;

import io.wattprint.meter.estimate.CpuEstimator;
import io.wattprint.meter.estimate.CpuLoadModel;
import io.wattprint.meter.estimate.CpuTdp;
import io.wattprint.meter.estimate.MemoryEstimator;
import io.wattprint.meter.estimate.TdpLoadCurve;
import io.wattprint.meter.procfs.ProcFs;
import io.wattprint.meter.procfs.ProcessTreeTracker;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The estimators for any Linux host: host CPU by TDP and load, memory by size. Empty where /proc
 * is missing. {@link HostMeter} measures with RAPL counters first and falls back to these.
 */
public final class HostEstimators {
    private HostEstimators() {}

    /**
     * @param tdpLookup finds a CPU's TDP by its /proc/cpuinfo model name (the shipped hardware catalog)
     */
    public static List<EnergySource> forProcess(ProcFs proc, long pid, Function<String, Optional<CpuTdp>> tdpLookup,
                                                AttributionPolicy policy) throws IOException {
        if (!proc.isAvailable()) return List.of();
        ProcessTreeTracker tree = new ProcessTreeTracker(proc, Math.toIntExact(pid));
        return List.of(new CpuEstimator(proc, tree, new TdpLoadCurve(cpuTdp(proc, tdpLookup)), policy),
                new MemoryEstimator(proc, tree, policy));
    }

    static CpuTdp cpuTdp(ProcFs proc, Function<String, Optional<CpuTdp>> tdpLookup) throws IOException {
        Optional<String> model = proc.cpuModel();
        if (model.isPresent()) {
            Optional<CpuTdp> known = tdpLookup.apply(model.get());
            if (known.isPresent()) return known.get();
        }
        int threads = proc.logicalCpus();
        return new CpuTdp(CpuLoadModel.fallbackTdp(threads), "CPU '" + model.orElse("unknown")
                + "' not in the hardware catalog: " + threads + " threads × " + CpuLoadModel.WATTS_PER_THREAD_FALLBACK + " W");
    }
}

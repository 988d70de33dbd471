package io.wattprint.run.sampler;

import io.wattprint.core.model.Location;
import io.wattprint.data.ReferenceData;
import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.Discovery;
import io.wattprint.meter.host.HostMeter;
import io.wattprint.meter.nvml.JnaNvml;
import io.wattprint.meter.nvml.NvmlGpus;
import io.wattprint.meter.nvml.RunProcesses;
import io.wattprint.meter.rapl.Powercap;
import java.util.Set;
import io.wattprint.core.estimate.CpuTdp;
import io.wattprint.meter.procfs.ProcFs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the meter can read on this machine for one process tree: GPUs through NVML, CPU and
 * DRAM through RAPL, and the labelled estimators where nothing can be measured. The run's location
 * picks the CPU estimator: in a cloud region, Cloud Carbon Footprint's per-vCPU coefficients; elsewhere
 * the TDP × load curve.
 */
public final class Meters {
    private Meters() {}

    public static Discovery discover(ReferenceData data, long pid, AttributionPolicy policy, Map<String, String> env,
                                     Location where) {
        int root = Math.toIntExact(pid);
        return discover(data, () -> root, policy, env, where);
    }

    /**
     * For a process not started yet ({@code pid} answers 0 until it is): the sources can take their
     * baselines before the command starts, so its first moments are measured too.
     */
    public static Discovery discover(ReferenceData data, java.util.function.IntSupplier pid, AttributionPolicy policy,
                                     Map<String, String> env, Location where) {
        ProcFs proc = ProcFs.system();
        try {
            Discovery host = HostMeter.forProcess(proc, Powercap.system(), pid,
                    model -> data.hardware().findCpu(model)
                            .map(h -> new CpuTdp(h.tdpWatts(), "hardware catalog: " + h.vendor() + " " + h.model() + ", " + h.source())),
                    Optional.ofNullable(where.cloudRegion()), policy);
            Discovery gpus = NvmlGpus.discover(JnaNvml.loader(), env, policy,
                    policy == AttributionPolicy.SHARED_HOST ? new RunProcesses(proc, pid) : Set::of);
            return gpus.and(host);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + proc.root() + ": " + e.getMessage(), e);
        }
    }
}

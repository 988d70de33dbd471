package io.wattprint.meter.host;

import io.wattprint.core.estimate.CpuLoadModel;
import io.wattprint.core.estimate.CpuPowerModel;
import io.wattprint.core.estimate.CpuTdp;
import io.wattprint.core.estimate.Microarchitectures;
import io.wattprint.core.estimate.TdpLoadCurve;
import io.wattprint.core.estimate.VcpuLinearModel;
import io.wattprint.meter.procfs.ProcFs;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Choosing the CPU estimator's model and constants for a host (the TDP curve with the catalog's
 * TDP or CodeCarbon's per-thread fallback, or on a cloud VM Cloud Carbon Footprint's per-vCPU
 * line). {@link HostMeter} builds the sources.
 */
public final class HostEstimators {
    private HostEstimators() {}


    /** The CPU model chosen for a host, and the note saying which and why (none for the plain TDP curve). */
    record CpuModelChoice(CpuPowerModel model, Optional<String> note) {}

    /**
     * The CPU model where no RAPL counter is readable. On a cloud VM ({@code cloudRegion} present,
     * {@code aws:eu-west-1}, the provider before the colon): Cloud Carbon Footprint's per-vCPU line,
     * with the microarchitecture's coefficients where the CPU is recognised, else the provider's
     * fallback; vCPUs = logical CPUs in /proc/stat. Not on a cloud VM, or on a provider CCF has no
     * fallback for with a CPU it does not recognise: the TDP × load curve.
     */
    static CpuModelChoice cpuModel(ProcFs proc, Function<String, Optional<CpuTdp>> tdpLookup,
                                   Optional<String> cloudRegion) throws IOException {
        if (cloudRegion.isEmpty()) return new CpuModelChoice(new TdpLoadCurve(cpuTdp(proc, tdpLookup)), Optional.empty());
        String where = cloudRegion.get();
        String provider = where.contains(":") ? where.substring(0, where.indexOf(':')) : where;
        Optional<String> cpu = proc.cpuModel();
        String named = cpu.map(m -> "CPU '" + m + "'").orElse("the CPU (no model name in /proc/cpuinfo)");
        Optional<VcpuLinearModel.Coefficients> arch = cpu.flatMap(Microarchitectures::detect);
        Optional<VcpuLinearModel.Coefficients> coefficients = arch.or(() -> VcpuLinearModel.forProvider(provider));
        if (coefficients.isEmpty()) {
            return new CpuModelChoice(new TdpLoadCurve(cpuTdp(proc, tdpLookup)), Optional.of("running in " + where
                    + ": Cloud Carbon Footprint has per-vCPU coefficients neither for " + provider + " nor for " + named
                    + ", so CPU is estimated with the TDP × load curve"));
        }
        VcpuLinearModel model = new VcpuLinearModel(coefficients.get(), proc.logicalCpus());
        String note = "running in " + where + ": CPU estimated with Cloud Carbon Footprint's per-vCPU coefficients for "
                + model.coefficients().label() + " (" + model.coefficients().range() + " W per vCPU)"
                + (arch.isPresent() ? "" : ", as " + named + " is not one of the microarchitectures it has figures for");
        return new CpuModelChoice(model, Optional.of(note));
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

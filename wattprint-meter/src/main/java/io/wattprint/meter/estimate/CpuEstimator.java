package io.wattprint.meter.estimate;

import io.wattprint.core.estimate.CpuPowerModel;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.quantity.Energy;
import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.EnergySource;
import io.wattprint.meter.procfs.CpuTimeShare;
import io.wattprint.meter.procfs.ProcFs;
import io.wattprint.meter.procfs.ProcessTreeTracker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Host CPU energy estimated from /proc utilisation with a {@link CpuPowerModel} (the TDP × load
 * curve, or Cloud Carbon Footprint's per-vCPU line on cloud VMs), named in every interval's
 * provenance. Under {@link AttributionPolicy#RESERVED_HOST} the run is charged the whole host's CPU
 * power; under {@link AttributionPolicy#SHARED_HOST} only its share: Δ(tree CPU time) / Δ(host busy
 * time), computed by {@link CpuTimeShare} as for RAPL counters.
 */
public final class CpuEstimator implements EnergySource {
    private final CpuTimeShare cpuTime;
    private final CpuPowerModel model;
    private final AttributionPolicy policy;
    private final Provenance provenance;
    private Instant last;

    public CpuEstimator(ProcFs proc, ProcessTreeTracker tree, CpuPowerModel model, AttributionPolicy policy) {
        this.cpuTime = new CpuTimeShare(proc, tree);
        this.model = model;
        this.policy = policy;
        this.provenance = new Provenance.Estimated(model.method());
    }

    public CpuPowerModel model() { return model; }

    @Override
    public String name() { return "cpu-estimator"; }

    @Override
    public void start(Instant t0) {
        try {
            cpuTime.start(t0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        last = t0;
    }

    @Override
    public List<EnergyInterval> poll(Instant now) {
        if (!now.isAfter(last)) return List.of();
        CpuTimeShare.Step step;
        try {
            step = cpuTime.advance(now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Duration dt = Duration.between(last, now);
        Energy e = model.power(step.utilisation()).over(dt).times(step.charged(policy));
        EnergyInterval interval = new EnergyInterval(last, now, Component.CPU, e, provenance);
        last = now;
        return List.of(interval);
    }

    @Override
    public String describe() {
        return "CPU estimated: " + model.describe() + ", u = host busy share from /proc/stat"
                + (policy == AttributionPolicy.SHARED_HOST ? ", × the run's share of busy CPU time" : ", host reserved for the run");
    }
}

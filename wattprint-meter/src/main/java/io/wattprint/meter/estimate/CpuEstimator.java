package io.wattprint.meter.estimate;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Units;
import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.EnergySource;
import io.wattprint.meter.procfs.HostCpuTimes;
import io.wattprint.meter.procfs.ProcFs;
import io.wattprint.meter.procfs.ProcessTreeTracker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Host CPU energy estimated from /proc utilisation with {@link CpuLoadModel}. Under
 * {@link AttributionPolicy#RESERVED_HOST} the run is charged the whole host's CPU power;
 * under {@link AttributionPolicy#SHARED_HOST} only its share: Δ(tree CPU time) / Δ(host busy time).
 */
public final class CpuEstimator implements EnergySource {
    private final ProcFs proc;
    private final ProcessTreeTracker tree;
    private final CpuTdp tdp;
    private final AttributionPolicy policy;
    private final Provenance provenance;
    private HostCpuTimes lastHost;
    private long lastTreeTicks;
    private Instant last;

    public CpuEstimator(ProcFs proc, ProcessTreeTracker tree, CpuTdp tdp, AttributionPolicy policy) {
        this.proc = proc;
        this.tree = tree;
        this.tdp = tdp;
        this.policy = policy;
        this.provenance = new Provenance.Estimated(CpuLoadModel.NAME + " tdp=" + Units.format(tdp.watts(), 1) + "W");
    }

    @Override
    public String name() { return "cpu-estimator"; }

    @Override
    public void start(Instant t0) {
        try {
            lastHost = proc.hostCpuTimes();
            lastTreeTicks = tree.read(t0).cpuTicks();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        last = t0;
    }

    @Override
    public List<EnergyInterval> poll(Instant now) {
        if (!now.isAfter(last)) return List.of();
        HostCpuTimes host;
        long treeTicks;
        try {
            host = proc.hostCpuTimes();
            treeTicks = tree.read(now).cpuTicks();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long dBusy = Math.max(0, host.busyTicks() - lastHost.busyTicks());
        long dTotal = Math.max(0, host.totalTicks() - lastHost.totalTicks());
        long dTree = Math.max(0, treeTicks - lastTreeTicks);
        double utilisation = dTotal == 0 ? 0 : Math.min(1.0, (double) dBusy / dTotal);
        double share = switch (policy) {
            case RESERVED_HOST -> 1.0;
            case SHARED_HOST -> dBusy == 0 ? 0 : Math.min(1.0, (double) dTree / dBusy);
        };
        Duration dt = Duration.between(last, now);
        Energy e = CpuLoadModel.power(tdp.watts(), utilisation).over(dt).times(share);
        EnergyInterval interval = new EnergyInterval(last, now, Component.CPU, e, provenance);
        lastHost = host;
        lastTreeTicks = treeTicks;
        last = now;
        return List.of(interval);
    }

    @Override
    public String describe() {
        return "CPU estimated: P = TDP × (0.1 + 0.9 × u³), TDP " + Units.format(tdp.watts(), 1) + " W (" + tdp.origin()
                + "), u = host busy share from /proc/stat"
                + (policy == AttributionPolicy.SHARED_HOST ? ", × the run's share of busy CPU time" : ", host reserved for the run");
    }
}

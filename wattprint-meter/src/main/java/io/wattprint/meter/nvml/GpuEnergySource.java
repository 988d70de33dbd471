package io.wattprint.meter.nvml;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.quantity.Energy;
import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.EnergySource;
import io.wattprint.meter.nvml.Nvml.ProcessList;
import io.wattprint.meter.nvml.Nvml.ProcessSample;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Energy of one physical GPU, read through NVML at every sampler tick.
 *
 * <p>Volta and newer: deltas of the total-energy counter ({@code MEASURED_COUNTER}). A counter that
 * goes backwards (driver reload, GPU reset) starts a new segment; the tick it happened in is not
 * counted. Older GPUs: power readings integrated by the trapezoidal rule ({@code MEASURED_POWER}).
 *
 * <p>Faults are handled here, never thrown: a GPU that is lost (or any error that means the device
 * or driver is gone) stops this source and keeps what was measured; any other error skips the tick
 * and the next good reading covers it, unless errors last {@link #GIVE_UP_AFTER}. Each is reported
 * once in {@link #warnings()}.
 *
 * <p>Attribution: under {@link AttributionPolicy#RESERVED_HOST} the run owns the whole device. Under
 * {@link AttributionPolicy#SHARED_HOST}: the whole device while all its compute processes belong to
 * the run; the run's share of per-process SM utilisation when others use it too (NVML has no
 * per-process energy); nothing while the run has no process on it.
 */
public final class GpuEnergySource implements EnergySource {
    /** How the device's energy is read, chosen once at discovery. */
    public enum Reading {
        TOTAL_ENERGY("nvml-total-energy", "NVML total-energy counter deltas (nvmlDeviceGetTotalEnergyConsumption, mJ)"),
        POWER_INSTANT("nvml-power-instant", "NVML instantaneous power (field NVML_FI_DEV_POWER_INSTANT, mW) integrated by the trapezoidal rule between ticks"),
        POWER_USAGE("nvml-power-usage", "NVML power (nvmlDeviceGetPowerUsage, mW) integrated by the trapezoidal rule between ticks");

        private final String method;
        private final String description;

        Reading(String method, String description) {
            this.method = method;
            this.description = description;
        }

        public String method() { return method; }

        public String description() { return description; }
    }

    /** Errors that last this long stop the device: the gap would no longer be a skipped tick. */
    public static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);

    private final Nvml nvml;
    private final GpuDevice device;
    private final Reading reading;
    private final AttributionPolicy policy;
    private final Supplier<Set<Integer>> runPids;
    private final Component component;
    private final Provenance provenance;
    private final Set<String> warnings = new LinkedHashSet<>();
    private final Set<String> warnedOnce = new HashSet<>();
    private Instant last;
    private long lastValue;
    private boolean hasBaseline;
    private boolean stopped;
    private boolean closed;
    private Instant errorSince;
    private int segments = 1;

    private GpuEnergySource(Nvml nvml, GpuDevice device, Reading reading, AttributionPolicy policy,
                            Supplier<Set<Integer>> runPids) {
        this.nvml = Objects.requireNonNull(nvml, "nvml");
        this.device = Objects.requireNonNull(device, "device");
        this.reading = Objects.requireNonNull(reading, "reading");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.runPids = Objects.requireNonNull(runPids, "runPids");
        this.component = Component.gpu(String.valueOf(device.index()));
        String method = reading.method() + " uuid=" + device.uuid()
                + (policy == AttributionPolicy.SHARED_HOST ? " share=sm-util" : "");
        this.provenance = reading == Reading.TOTAL_ENERGY
                ? new Provenance.MeasuredCounter(method) : new Provenance.MeasuredPower(method);
    }

    /**
     * A source that holds one NVML initialisation ({@link Nvml#init}) until {@link #close}, so that
     * its handle stays valid however the caller's own initialisation ends.
     */
    public static GpuEnergySource open(Nvml nvml, GpuDevice device, Reading reading, AttributionPolicy policy,
                                       Supplier<Set<Integer>> runPids) throws NvmlException {
        nvml.init();
        return new GpuEnergySource(nvml, device, reading, policy, runPids);
    }

    public GpuDevice device() { return device; }

    public Reading reading() { return reading; }

    /** How many counter segments the run was measured in (1 unless the counter went backwards). */
    public synchronized int segments() { return segments; }

    @Override
    public String name() { return "gpu:" + device.index(); }

    @Override
    public synchronized void start(Instant t0) {
        last = t0;
        try {
            lastValue = read();
            hasBaseline = true;
        } catch (NvmlException e) {
            failed(t0, e);
        }
    }

    @Override
    public synchronized List<EnergyInterval> poll(Instant now) {
        if (stopped || last == null || !now.isAfter(last)) return List.of();
        long value;
        try {
            value = read();
        } catch (NvmlException e) {
            failed(now, e);
            return List.of();
        }
        errorSince = null;
        Instant from = last;
        long previous = lastValue;
        boolean baseline = hasBaseline;
        last = now;
        lastValue = value;
        hasBaseline = true;
        if (!baseline) return List.of(); // the first reading after a failed start
        Energy energy;
        if (reading == Reading.TOTAL_ENERGY) {
            if (value < previous) {
                segments++;
                warnings.add(device.label() + ": energy counter went backwards between " + from + " and " + now + " (" + previous
                        + " → " + value + " mJ: driver reload or GPU reset); a new segment starts at " + now
                        + " and the energy of those " + seconds(from, now) + " s is not counted");
                return List.of();
            }
            energy = Energy.ofMillijoules(value - previous);
        } else {
            energy = Energy.ofJoules((previous + value) / 2.0 / 1_000d * seconds(from, now));
        }
        return List.of(new EnergyInterval(from, now, component, energy.times(share(from)), provenance));
    }

    private long read() throws NvmlException {
        return switch (reading) {
            case TOTAL_ENERGY -> nvml.totalEnergyMillijoules(device.handle());
            case POWER_INSTANT -> nvml.powerInstantMilliwatts(device.handle());
            case POWER_USAGE -> nvml.powerUsageMilliwatts(device.handle());
        };
    }

    private void failed(Instant now, NvmlException e) {
        if (e.isDeviceGone() || e.isUnsupported()) {
            stop(device.label() + " stopped at " + now + " (" + e.getMessage() + "); energy measured until " + last
                    + " is kept, the GPU is no longer read");
            return;
        }
        if (errorSince == null) errorSince = now;
        if (Duration.between(errorSince, now).compareTo(GIVE_UP_AFTER) >= 0) {
            stop(device.label() + " stopped at " + now + ": NVML errors since " + errorSince + " (" + e.getMessage()
                    + "); energy measured until " + last + " is kept, the GPU is no longer read");
            return;
        }
        warnOnce("read:" + e.code(), device.label() + ": " + e.getMessage() + " at " + now
                + "; ticks with such errors are skipped and the next good reading covers them");
    }

    private void stop(String warning) {
        stopped = true;
        warnings.add(warning);
    }

    /** The run's share of this device's energy over [from, now), per the attribution policy. */
    private double share(Instant from) {
        if (policy == AttributionPolicy.RESERVED_HOST) return 1.0;
        ProcessList list;
        try {
            list = nvml.computeProcesses(device.handle());
        } catch (NvmlException e) {
            warnOnce("processes:" + e.code(), device.label() + ": cannot list its processes (" + e.getMessage()
                    + "); the whole device is charged to the run for such ticks");
            return 1.0;
        }
        if (list.rejected() > 0) {
            warnOnce("rejected", device.label() + ": " + list.rejected() + " process entries with implausible PIDs ignored ("
                    + list.entryBytes() + "-byte entries; driver struct layout?)");
        }
        Set<Integer> onGpu = new HashSet<>();
        for (Nvml.GpuProcess p : list.processes()) onGpu.add(p.pid());
        Set<Integer> run = runPids.get();
        Set<Integer> ours = new HashSet<>(onGpu);
        ours.retainAll(run);
        if (ours.isEmpty()) return 0.0;
        if (ours.size() == onGpu.size()) return 1.0; // exclusive use
        double byCount = (double) ours.size() / onGpu.size();
        List<ProcessSample> samples;
        try {
            samples = nvml.processUtilization(device.handle(), micros(from));
        } catch (NvmlException e) {
            warnOnce("samples:" + e.code(), device.label() + ": per-process utilisation unavailable (" + e.getMessage()
                    + "); while shared, the device is split by process count");
            return byCount;
        }
        long all = 0, mine = 0;
        for (ProcessSample s : samples) {
            all += s.smUtil();
            if (run.contains(s.pid())) mine += s.smUtil();
        }
        return all == 0 ? byCount : Math.min(1.0, (double) mine / all);
    }

    private void warnOnce(String key, String warning) {
        if (warnedOnce.add(key)) warnings.add(warning);
    }

    private static double seconds(Instant from, Instant to) { return Duration.between(from, to).toNanos() / 1e9; }

    private static long micros(Instant t) { return ChronoUnit.MICROS.between(Instant.EPOCH, t); }

    @Override
    public synchronized List<String> warnings() { return List.copyOf(warnings); }

    /** Releases this source's NVML initialisation; later polls return nothing. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        stopped = true;
        nvml.shutdown();
    }

    @Override
    public String describe() {
        String rule = policy == AttributionPolicy.RESERVED_HOST
                ? "host reserved: the run is charged the whole device"
                : "shared host: the whole device while only the run's processes use it, the run's share of per-process"
                        + " SM utilisation (nvmlDeviceGetProcessUtilization) while others use it too (by process count"
                        + " when there are no samples), nothing while the run has no process on it";
        return device.label() + " " + device.name() + ", PCI " + device.pciBusId() + ": " + reading.description() + "; " + rule;
    }
}

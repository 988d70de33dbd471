package io.wattprint.meter.nvml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A scriptable {@link Nvml}: per device, queues of readings (each read takes the next one, the last
 * one repeats) in which an error code can stand for a reading. Calls made while NVML is not
 * initialised fail as the real library does, so tests see whether every init is paired.
 */
final class FakeNvml implements Nvml {
    /** A step that fails with this NVML return code. */
    record Fail(int code) {}

    /** Readings in order; the last repeats; empty means the call is not supported. */
    static final class Script<T> {
        private final Deque<Object> steps = new ArrayDeque<>();
        private final T whenEmpty;

        Script(T whenEmpty) { this.whenEmpty = whenEmpty; }

        void add(Object step) { steps.add(step); }

        void clear() { steps.clear(); }

        @SuppressWarnings("unchecked")
        T next(String fn) throws NvmlException {
            if (steps.isEmpty()) {
                if (whenEmpty == null) throw new NvmlException(NvmlException.NOT_SUPPORTED, fn);
                return whenEmpty;
            }
            Object s = steps.size() > 1 ? steps.poll() : steps.peek();
            if (s instanceof Fail f) throw new NvmlException(f.code(), fn);
            return (T) s;
        }
    }

    final class Gpu {
        final int index;
        final String uuid;
        String name = "NVIDIA H100 80GB HBM3";
        String pciBusId;
        List<String> migUuids = List.of();
        Integer handleError;
        final Script<Long> energy = new Script<>(null);
        final Script<Long> powerInstant = new Script<>(null);
        final Script<Long> powerUsage = new Script<>(null);
        final Script<ProcessList> processes = new Script<>(new ProcessList(List.of(), 24, 0));
        final Script<List<ProcessSample>> samples = new Script<>(List.of());
        final List<Long> lastSeenAsked = new ArrayList<>();
        int reads;

        Gpu(int index, String uuid) {
            this.index = index;
            this.uuid = uuid;
            this.pciBusId = String.format("00000000:%02X:00.0", 0x18 + index);
        }

        Handle handle() { return new Handle(0x7f00_0000L + index); }

        GpuDevice device() { return new GpuDevice(index, handle(), uuid, name, pciBusId); }

        Gpu named(String n) { name = n; return this; }

        Gpu energy(long... millijoules) { for (long v : millijoules) energy.add(v); return this; }

        Gpu energyFails(int code) { energy.add(new Fail(code)); return this; }

        Gpu powerInstant(long... milliwatts) { for (long v : milliwatts) powerInstant.add(v); return this; }

        Gpu powerInstantFails(int code) { powerInstant.add(new Fail(code)); return this; }

        Gpu powerUsage(long... milliwatts) { for (long v : milliwatts) powerUsage.add(v); return this; }

        /** One reading of the compute-process list. */
        Gpu processes(int... pids) {
            List<GpuProcess> ps = new ArrayList<>();
            for (int pid : pids) ps.add(new GpuProcess(pid, 1L << 30));
            processes.add(new ProcessList(ps, 24, 0));
            return this;
        }

        Gpu processesFail(int code) { processes.add(new Fail(code)); return this; }

        /** One reading of per-process utilisation: pairs of (pid, SM %). */
        Gpu samples(int... pidAndSm) {
            List<ProcessSample> s = new ArrayList<>();
            for (int k = 0; k < pidAndSm.length; k += 2) s.add(new ProcessSample(pidAndSm[k], 0, pidAndSm[k + 1]));
            samples.add(s);
            return this;
        }

        Gpu samplesFail(int code) { samples.add(new Fail(code)); return this; }

        Gpu mig(String... uuids) { migUuids = List.of(uuids); return this; }
    }

    private final List<Gpu> gpus = new ArrayList<>();
    Integer initError;
    int refs;
    int inits;

    Gpu add(String uuid) {
        Gpu g = new Gpu(gpus.size(), uuid);
        gpus.add(g);
        return g;
    }

    Gpu gpu(int index) { return gpus.get(index); }

    private Gpu of(Handle h, String fn) throws NvmlException {
        if (refs == 0) throw new NvmlException(NvmlException.UNINITIALIZED, fn);
        for (Gpu g : gpus) if (g.handle().equals(h)) return g;
        throw new NvmlException(NvmlException.INVALID_ARGUMENT, fn);
    }

    @Override public synchronized void init() throws NvmlException {
        if (initError != null) throw new NvmlException(initError, "nvmlInit_v2");
        refs++;
        inits++;
    }

    @Override public synchronized void shutdown() { if (refs > 0) refs--; }

    @Override public String driverVersion() { return "580.65.06"; }

    @Override public synchronized int deviceCount() throws NvmlException {
        if (refs == 0) throw new NvmlException(NvmlException.UNINITIALIZED, "nvmlDeviceGetCount_v2");
        return gpus.size();
    }

    @Override public synchronized Handle handleByIndex(int index) throws NvmlException {
        if (refs == 0) throw new NvmlException(NvmlException.UNINITIALIZED, "nvmlDeviceGetHandleByIndex_v2");
        if (index < 0 || index >= gpus.size()) throw new NvmlException(NvmlException.INVALID_ARGUMENT, "nvmlDeviceGetHandleByIndex_v2");
        Gpu g = gpus.get(index);
        if (g.handleError != null) throw new NvmlException(g.handleError, "nvmlDeviceGetHandleByIndex_v2");
        return g.handle();
    }

    @Override public synchronized String uuid(Handle d) throws NvmlException { return of(d, "nvmlDeviceGetUUID").uuid; }

    @Override public synchronized String name(Handle d) throws NvmlException { return of(d, "nvmlDeviceGetName").name; }

    @Override public synchronized String pciBusId(Handle d) throws NvmlException { return of(d, "nvmlDeviceGetPciInfo_v3").pciBusId; }

    @Override public synchronized long totalEnergyMillijoules(Handle d) throws NvmlException {
        Gpu g = of(d, "nvmlDeviceGetTotalEnergyConsumption");
        g.reads++;
        return g.energy.next("nvmlDeviceGetTotalEnergyConsumption");
    }

    @Override public synchronized long powerUsageMilliwatts(Handle d) throws NvmlException {
        Gpu g = of(d, "nvmlDeviceGetPowerUsage");
        g.reads++;
        return g.powerUsage.next("nvmlDeviceGetPowerUsage");
    }

    @Override public synchronized long powerInstantMilliwatts(Handle d) throws NvmlException {
        Gpu g = of(d, "nvmlDeviceGetFieldValues(NVML_FI_DEV_POWER_INSTANT)");
        g.reads++;
        return g.powerInstant.next("nvmlDeviceGetFieldValues(NVML_FI_DEV_POWER_INSTANT)");
    }

    @Override public synchronized ProcessList computeProcesses(Handle d) throws NvmlException {
        return of(d, "nvmlDeviceGetComputeRunningProcesses_v3").processes.next("nvmlDeviceGetComputeRunningProcesses_v3");
    }

    @Override public synchronized List<ProcessSample> processUtilization(Handle d, long lastSeenMicros) throws NvmlException {
        Gpu g = of(d, "nvmlDeviceGetProcessUtilization");
        g.lastSeenAsked.add(lastSeenMicros);
        return g.samples.next("nvmlDeviceGetProcessUtilization");
    }

    @Override public synchronized int computeMode(Handle d) throws NvmlException {
        of(d, "nvmlDeviceGetComputeMode");
        return 0;
    }

    @Override public synchronized List<String> migDeviceUuids(Handle d) throws NvmlException {
        return of(d, "nvmlDeviceGetMigMode").migUuids;
    }
}

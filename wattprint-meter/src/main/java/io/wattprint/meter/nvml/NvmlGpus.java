package io.wattprint.meter.nvml;

import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.Discovery;
import io.wattprint.meter.EnergySource;
import io.wattprint.meter.nvml.GpuEnergySource.Reading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds the NVIDIA GPUs a run can use and makes one {@link GpuEnergySource} for each. Never throws:
 * a host without NVIDIA (no library, no driver, no device, or {@code CUDA_VISIBLE_DEVICES} hiding
 * them all) gets no source and one note saying why.
 */
public final class NvmlGpus {
    private NvmlGpus() {}

    /** With the real library ({@link JnaNvml#loader()}) and this process's environment. */
    public static Discovery discover(AttributionPolicy policy, Supplier<Set<Integer>> runPids) {
        return discover(JnaNvml.loader(), System.getenv(), policy, runPids);
    }

    /**
     * @param env     read for {@code CUDA_VISIBLE_DEVICES} and {@code CUDA_DEVICE_ORDER}
     * @param runPids the run's process tree, asked at each tick under {@link AttributionPolicy#SHARED_HOST}
     */
    public static Discovery discover(Nvml.Loader loader, Map<String, String> env, AttributionPolicy policy,
                                     Supplier<Set<Integer>> runPids) {
        Nvml nvml;
        try {
            nvml = loader.load();
            nvml.init();
        } catch (NvmlException e) {
            return Discovery.none(noGpu(e));
        } catch (RuntimeException | LinkageError e) {
            return Discovery.none("no NVIDIA GPU: NVML could not be loaded (" + e + ")");
        }
        try {
            return enumerate(nvml, env, policy, runPids);
        } catch (NvmlException e) {
            return Discovery.none("no NVIDIA GPU: " + e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            return Discovery.none("no NVIDIA GPU: NVML failed (" + e + ")");
        } finally {
            nvml.shutdown(); // discovery's own initialisation; each source holds its own
        }
    }

    static String noGpu(NvmlException e) {
        return switch (e.code()) {
            case NvmlException.LIBRARY_NOT_FOUND -> "no NVIDIA GPU: NVML library " + e.detail();
            case NvmlException.DRIVER_NOT_LOADED -> "no NVIDIA GPU: the NVIDIA driver is not loaded (" + e.codeName() + ")";
            case NvmlException.NO_PERMISSION -> "no NVIDIA GPU: NVML may not talk to the driver (" + e.codeName() + ")";
            default -> "no NVIDIA GPU: NVML did not start (" + e.getMessage() + ")";
        };
    }

    private static Discovery enumerate(Nvml nvml, Map<String, String> env, AttributionPolicy policy,
                                       Supplier<Set<Integer>> runPids) throws NvmlException {
        int count = nvml.deviceCount();
        if (count == 0) return Discovery.none("no NVIDIA GPU: NVML sees no device");
        List<String> notes = new ArrayList<>();
        String visible = env.get(CudaVisibleDevices.VARIABLE);
        boolean wantMig = visible != null && visible.toUpperCase(Locale.ROOT).contains("MIG-");
        Map<Integer, GpuDevice> devices = new LinkedHashMap<>();
        List<CudaVisibleDevices.Device> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            try {
                Nvml.Handle h = nvml.handleByIndex(i);
                GpuDevice d = new GpuDevice(i, h, nvml.uuid(h), orUnknown(() -> nvml.name(h)), orUnknown(() -> nvml.pciBusId(h)));
                devices.put(i, d);
                ids.add(new CudaVisibleDevices.Device(i, d.uuid(), wantMig ? migUuids(nvml, h) : List.of()));
            } catch (NvmlException e) {
                notes.add("gpu:" + i + " skipped: " + e.getMessage());
            }
        }
        CudaVisibleDevices.Selection selection = CudaVisibleDevices.select(visible, ids);
        if (selection.indices().isEmpty()) {
            String why = devices.isEmpty() ? "no device answered (" + String.join("; ", notes) + ")"
                    : CudaVisibleDevices.VARIABLE + "=\"" + visible + "\" hides all " + devices.size() + " GPUs"
                            + (selection.notes().isEmpty() ? "" : " (" + selection.notes().get(0) + ")");
            return Discovery.none("no NVIDIA GPU visible to the run: " + why);
        }
        notes.addAll(selection.notes());
        if (selection.byIndex() && !"PCI_BUS_ID".equals(env.get("CUDA_DEVICE_ORDER"))) orderNote(devices).ifPresent(notes::add);
        List<GpuDevice> chosen = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        for (int index : selection.indices()) {
            GpuDevice d = devices.get(index);
            try {
                Reading r = reading(nvml, d.handle());
                if (r != Reading.TOTAL_ENERGY) {
                    notes.add(d.label() + " " + d.name() + " has no energy counter (before Volta): its power is read at"
                            + " each tick and integrated (" + r.method() + "); a shorter sampling interval is closer to the truth");
                }
                chosen.add(d);
                readings.add(r);
            } catch (NvmlException e) {
                notes.add(d.label() + " not measured: " + e.getMessage());
            }
        }
        List<EnergySource> sources = new ArrayList<>();
        for (int k = 0; k < chosen.size(); k++) {
            try {
                sources.add(GpuEnergySource.open(nvml, chosen.get(k), readings.get(k), policy, runPids));
            } catch (NvmlException e) {
                notes.add(chosen.get(k).label() + " not measured: " + e.getMessage());
            }
        }
        return new Discovery(sources, notes);
    }

    /**
     * The energy counter where the device has one (Volta and newer); else instantaneous power, else
     * {@code nvmlDeviceGetPowerUsage}. Fails when the device offers none of them.
     */
    static Reading reading(Nvml nvml, Nvml.Handle h) throws NvmlException {
        try {
            nvml.totalEnergyMillijoules(h);
            return Reading.TOTAL_ENERGY;
        } catch (NvmlException e) {
            if (!e.isUnsupported()) throw e;
        }
        try {
            nvml.powerInstantMilliwatts(h);
            return Reading.POWER_INSTANT;
        } catch (NvmlException e) {
            // Drivers older than the field reject it (NOT_SUPPORTED or INVALID_ARGUMENT); a device
            // that is really gone fails the next call as well.
        }
        nvml.powerUsageMilliwatts(h);
        return Reading.POWER_USAGE;
    }

    private static List<String> migUuids(Nvml nvml, Nvml.Handle h) {
        try {
            return nvml.migDeviceUuids(h);
        } catch (NvmlException e) {
            return List.of();
        }
    }

    /**
     * CUDA numbers devices fastest first unless {@code CUDA_DEVICE_ORDER=PCI_BUS_ID}; NVML numbers
     * them in PCI bus order. The two agree when every GPU is the same model.
     */
    private static Optional<String> orderNote(Map<Integer, GpuDevice> devices) {
        Set<String> models = new LinkedHashSet<>();
        for (GpuDevice d : devices.values()) models.add(d.name());
        if (models.size() < 2) return Optional.empty();
        return Optional.of(CudaVisibleDevices.VARIABLE + " indices follow CUDA's order (fastest first) unless"
                + " CUDA_DEVICE_ORDER=PCI_BUS_ID, and this host mixes GPU models (" + String.join(", ", models)
                + "): indices were read in NVML's PCI bus order; set CUDA_DEVICE_ORDER=PCI_BUS_ID or use GPU UUIDs");
    }

    private interface NvmlCall {
        String get() throws NvmlException;
    }

    private static String orUnknown(NvmlCall c) {
        try {
            return c.get();
        } catch (NvmlException e) {
            return "unknown";
        }
    }
}

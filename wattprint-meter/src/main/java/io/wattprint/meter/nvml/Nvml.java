package io.wattprint.meter.nvml;

import java.util.List;

/**
 * The NVIDIA Management Library calls the meter needs: the seam between GPU metering and the
 * hardware. {@link JnaNvml} binds the real library; tests use a fake. Every call but
 * {@link #shutdown} may fail with the NVML return code in an {@link NvmlException}.
 *
 * <p>Handles are valid between {@link #init} and the matching {@link #shutdown}; NVML counts
 * initialisations, so each {@code init} must be paired with one {@code shutdown}.
 */
public interface Nvml {

    /** Creates an {@link Nvml}; fails with {@link NvmlException#LIBRARY_NOT_FOUND} where there is none. */
    @FunctionalInterface
    interface Loader {
        Nvml load() throws NvmlException;
    }

    /** An opaque {@code nvmlDevice_t}. */
    record Handle(long address) {}

    /** One entry of {@code nvmlDeviceGetComputeRunningProcesses_v3}. */
    record GpuProcess(int pid, long usedMemoryBytes) {}

    /**
     * The compute processes on a device, the entry size the driver wrote (24 bytes, or 32 on some
     * R535 drivers) and how many entries were dropped because their PID was implausible.
     */
    record ProcessList(List<GpuProcess> processes, int entryBytes, int rejected) {
        public ProcessList { processes = List.copyOf(processes); }
    }

    /** One entry of {@code nvmlDeviceGetProcessUtilization}: SM utilisation (%) of a process at a CPU timestamp (µs since 1970). */
    record ProcessSample(int pid, long timestampMicros, int smUtil) {}

    /** {@code nvmlInit_v2}. */
    void init() throws NvmlException;

    /** {@code nvmlShutdown}, once per successful {@link #init}. Never fails. */
    void shutdown();

    /** {@code nvmlSystemGetDriverVersion}. */
    String driverVersion() throws NvmlException;

    /** {@code nvmlDeviceGetCount_v2}. */
    int deviceCount() throws NvmlException;

    /** {@code nvmlDeviceGetHandleByIndex_v2}: indices in NVML's order (PCI bus order). */
    Handle handleByIndex(int index) throws NvmlException;

    /** {@code nvmlDeviceGetUUID}, e.g. {@code GPU-8932f937-d72c-4106-c12f-20bd9faed9f6}. */
    String uuid(Handle device) throws NvmlException;

    /** {@code nvmlDeviceGetName}, e.g. {@code NVIDIA H100 80GB HBM3}. */
    String name(Handle device) throws NvmlException;

    /** {@code busId} of {@code nvmlDeviceGetPciInfo_v3}, e.g. {@code 00000000:18:00.0}. */
    String pciBusId(Handle device) throws NvmlException;

    /** {@code nvmlDeviceGetTotalEnergyConsumption}: mJ since the driver loaded (Volta and newer). */
    long totalEnergyMillijoules(Handle device) throws NvmlException;

    /** {@code nvmlDeviceGetPowerUsage}: mW (on recent parts a ~1 s average). */
    long powerUsageMilliwatts(Handle device) throws NvmlException;

    /** Field {@code NVML_FI_DEV_POWER_INSTANT} (186) of {@code nvmlDeviceGetFieldValues}: instantaneous mW. */
    long powerInstantMilliwatts(Handle device) throws NvmlException;

    /** {@code nvmlDeviceGetComputeRunningProcesses_v3}. PIDs are those of the host's PID namespace. */
    ProcessList computeProcesses(Handle device) throws NvmlException;

    /** {@code nvmlDeviceGetProcessUtilization} samples newer than {@code lastSeenMicros}; empty when none. */
    List<ProcessSample> processUtilization(Handle device, long lastSeenMicros) throws NvmlException;

    /** {@code nvmlDeviceGetComputeMode}: 0 default, 1 exclusive thread, 2 prohibited, 3 exclusive process. */
    int computeMode(Handle device) throws NvmlException;

    /** UUIDs of the MIG devices on a physical GPU ({@code MIG-…}); empty when MIG is off or unsupported. */
    List<String> migDeviceUuids(Handle device) throws NvmlException;
}

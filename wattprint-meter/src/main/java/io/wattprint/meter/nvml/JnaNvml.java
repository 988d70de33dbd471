package io.wattprint.meter.nvml;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link Nvml} on the NVIDIA driver's {@code libnvidia-ml.so.1}, through a hand-written JNA
 * interface with the versioned symbols (signatures from NVIDIA's NVML API reference, nvml.h).
 *
 * <p>Start-up stays cheap on hosts without NVIDIA: {@link #loader()} first looks for the library
 * file and the kernel driver, and no JNA native code is loaded unless one of them is there.
 */
public final class JnaNvml implements Nvml {
    /** The driver ships only the versioned name on driver-only hosts; {@code libnvidia-ml.so} comes with dev packages. */
    public static final String LIBRARY = "libnvidia-ml.so.1";
    /** Present while the NVIDIA kernel module is loaded (also inside containers run with the NVIDIA toolkit). */
    static final Path DRIVER_VERSION_FILE = Path.of("/proc/driver/nvidia/version");
    /** Where distributions, CUDA containers, Kubernetes device plugins and WSL put the driver's libraries. */
    static final List<String> SYSTEM_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
            "/usr/lib64", "/usr/lib", "/usr/local/nvidia/lib64", "/usr/local/nvidia/lib", "/usr/lib/wsl/lib");

    // nvml.h: NVML_DEVICE_UUID_V2_BUFFER_SIZE 96, NVML_DEVICE_NAME_V2_BUFFER_SIZE 96,
    // NVML_SYSTEM_DRIVER_VERSION_BUFFER_SIZE 80, NVML_FI_DEV_POWER_INSTANT 186, NVML_DEVICE_MIG_ENABLE 1.
    static final int UUID_BUFFER = 96;
    static final int NAME_BUFFER = 96;
    static final int DRIVER_VERSION_BUFFER = 80;
    static final int FI_DEV_POWER_INSTANT = 186;
    static final int MIG_ENABLED = 1;
    /** Extra entries allowed for processes that start between the size query and the read. */
    static final int SLACK = 8;
    /** Written over the process buffer before the call; bytes the driver wrote differ from it. */
    static final byte SENTINEL = (byte) 0xA5;

    /** The C functions bound; nvmlReturn_t and enums are int, unsigned int is int, nvmlDevice_t is a pointer. */
    interface NvmlNative extends Library {
        int nvmlInit_v2();
        int nvmlShutdown();
        int nvmlSystemGetDriverVersion(byte[] version, int length);
        int nvmlDeviceGetCount_v2(IntByReference deviceCount);
        int nvmlDeviceGetHandleByIndex_v2(int index, PointerByReference device);
        int nvmlDeviceGetUUID(Pointer device, byte[] uuid, int length);
        int nvmlDeviceGetName(Pointer device, byte[] name, int length);
        int nvmlDeviceGetPciInfo_v3(Pointer device, byte[] pci);
        int nvmlDeviceGetTotalEnergyConsumption(Pointer device, LongByReference energy);
        int nvmlDeviceGetPowerUsage(Pointer device, IntByReference power);
        int nvmlDeviceGetFieldValues(Pointer device, int valuesCount, byte[] values);
        int nvmlDeviceGetComputeRunningProcesses_v3(Pointer device, IntByReference infoCount, byte[] infos);
        int nvmlDeviceGetProcessUtilization(Pointer device, byte[] utilization, IntByReference processSamplesCount,
                                            long lastSeenTimeStamp);
        int nvmlDeviceGetComputeMode(Pointer device, IntByReference mode);
        int nvmlDeviceGetMigMode(Pointer device, IntByReference currentMode, IntByReference pendingMode);
        int nvmlDeviceGetMaxMigDeviceCount(Pointer device, IntByReference count);
        int nvmlDeviceGetMigDeviceHandleByIndex(Pointer device, int index, PointerByReference migDevice);
    }

    private final List<String> names;
    private NvmlNative lib;
    private int refs;

    /** Tries each name or path in turn. */
    JnaNvml(List<String> names) { this.names = List.copyOf(names); }

    /** Looks in {@code LD_LIBRARY_PATH}, {@code jna.library.path} and {@link #SYSTEM_DIRS}. */
    public static Nvml.Loader loader() {
        List<Path> dirs = new ArrayList<>();
        for (String list : new String[] {System.getenv("LD_LIBRARY_PATH"), System.getProperty("jna.library.path")}) {
            if (list == null) continue;
            for (String d : list.split(File.pathSeparator)) if (!d.isBlank()) dirs.add(Path.of(d));
        }
        for (String d : SYSTEM_DIRS) dirs.add(Path.of(d));
        return loader(dirs, DRIVER_VERSION_FILE);
    }

    /**
     * Loads by name first (the dynamic linker's own search, {@code ld.so.cache} included), then by the
     * path found. With neither the file nor the kernel driver there, fails without loading JNA.
     */
    static Nvml.Loader loader(List<Path> dirs, Path driverVersionFile) {
        return () -> {
            for (Path d : dirs) {
                Path f = d.resolve(LIBRARY);
                if (Files.exists(f)) return new JnaNvml(List.of(LIBRARY, f.toString(), "nvidia-ml"));
            }
            if (Files.exists(driverVersionFile)) return new JnaNvml(List.of(LIBRARY, "nvidia-ml"));
            throw new NvmlException(NvmlException.LIBRARY_NOT_FOUND, LIBRARY + " not found");
        };
    }

    @Override
    public synchronized void init() throws NvmlException {
        if (lib == null) lib = load();
        check("nvmlInit_v2", call("nvmlInit_v2", NvmlNative::nvmlInit_v2));
        refs++;
    }

    private NvmlNative load() throws NvmlException {
        List<String> failures = new ArrayList<>();
        for (String name : names) {
            try {
                return Native.load(name, NvmlNative.class);
            } catch (LinkageError | RuntimeException e) {
                failures.add(e.getMessage());
            }
        }
        throw new NvmlException(NvmlException.LIBRARY_NOT_FOUND, LIBRARY + " could not be loaded (" + failures.get(0) + ")");
    }

    @Override
    public synchronized void shutdown() {
        if (refs == 0) return;
        refs--;
        try {
            lib.nvmlShutdown();
        } catch (LinkageError | RuntimeException e) {
            // Nothing left to release that the process exit would not.
        }
    }

    @Override
    public String driverVersion() throws NvmlException {
        byte[] buf = new byte[DRIVER_VERSION_BUFFER];
        check("nvmlSystemGetDriverVersion", call("nvmlSystemGetDriverVersion", n -> n.nvmlSystemGetDriverVersion(buf, buf.length)));
        return NvmlStructs.cString(buf, 0, buf.length);
    }

    @Override
    public int deviceCount() throws NvmlException {
        IntByReference count = new IntByReference();
        check("nvmlDeviceGetCount_v2", call("nvmlDeviceGetCount_v2", n -> n.nvmlDeviceGetCount_v2(count)));
        return count.getValue();
    }

    @Override
    public Handle handleByIndex(int index) throws NvmlException {
        PointerByReference ref = new PointerByReference();
        check("nvmlDeviceGetHandleByIndex_v2", call("nvmlDeviceGetHandleByIndex_v2", n -> n.nvmlDeviceGetHandleByIndex_v2(index, ref)));
        return new Handle(Pointer.nativeValue(ref.getValue()));
    }

    @Override
    public String uuid(Handle device) throws NvmlException {
        byte[] buf = new byte[UUID_BUFFER];
        check("nvmlDeviceGetUUID", call("nvmlDeviceGetUUID", n -> n.nvmlDeviceGetUUID(p(device), buf, buf.length)));
        return NvmlStructs.cString(buf, 0, buf.length);
    }

    @Override
    public String name(Handle device) throws NvmlException {
        byte[] buf = new byte[NAME_BUFFER];
        check("nvmlDeviceGetName", call("nvmlDeviceGetName", n -> n.nvmlDeviceGetName(p(device), buf, buf.length)));
        return NvmlStructs.cString(buf, 0, buf.length);
    }

    @Override
    public String pciBusId(Handle device) throws NvmlException {
        byte[] buf = new byte[NvmlStructs.PCI_INFO_BYTES];
        check("nvmlDeviceGetPciInfo_v3", call("nvmlDeviceGetPciInfo_v3", n -> n.nvmlDeviceGetPciInfo_v3(p(device), buf)));
        return NvmlStructs.pciBusId(buf);
    }

    @Override
    public long totalEnergyMillijoules(Handle device) throws NvmlException {
        LongByReference mj = new LongByReference();
        check("nvmlDeviceGetTotalEnergyConsumption",
                call("nvmlDeviceGetTotalEnergyConsumption", n -> n.nvmlDeviceGetTotalEnergyConsumption(p(device), mj)));
        return mj.getValue();
    }

    @Override
    public long powerUsageMilliwatts(Handle device) throws NvmlException {
        IntByReference mw = new IntByReference();
        check("nvmlDeviceGetPowerUsage", call("nvmlDeviceGetPowerUsage", n -> n.nvmlDeviceGetPowerUsage(p(device), mw)));
        return Integer.toUnsignedLong(mw.getValue());
    }

    @Override
    public long powerInstantMilliwatts(Handle device) throws NvmlException {
        byte[] field = NvmlStructs.fieldRequest(FI_DEV_POWER_INSTANT, 0); // scopeId 0: NVML_POWER_SCOPE_GPU
        check("nvmlDeviceGetFieldValues", call("nvmlDeviceGetFieldValues", n -> n.nvmlDeviceGetFieldValues(p(device), 1, field)));
        return NvmlStructs.fieldValue(field, "nvmlDeviceGetFieldValues(NVML_FI_DEV_POWER_INSTANT)");
    }

    /**
     * Size query (count 0, no buffer: {@code NVML_ERROR_INSUFFICIENT_SIZE} with the count set), then a
     * read into a sentinel-filled buffer with room for 32-byte entries, so that a driver writing
     * R535-style entries cannot overrun it; {@link NvmlStructs#processInfos} tells the stride.
     */
    @Override
    public ProcessList computeProcesses(Handle device) throws NvmlException {
        String fn = "nvmlDeviceGetComputeRunningProcesses_v3";
        IntByReference count = new IntByReference(0);
        int rc = call(fn, n -> n.nvmlDeviceGetComputeRunningProcesses_v3(p(device), count, null));
        if (rc == NvmlException.SUCCESS && count.getValue() == 0) {
            return new ProcessList(List.of(), NvmlStructs.PROCESS_INFO_V3_BYTES, 0);
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            if (rc != NvmlException.INSUFFICIENT_SIZE && rc != NvmlException.SUCCESS) check(fn, rc);
            int capacity = count.getValue() + SLACK;
            byte[] buf = new byte[capacity * NvmlStructs.PROCESS_INFO_R535_BYTES];
            Arrays.fill(buf, SENTINEL);
            count.setValue(capacity);
            rc = call(fn, n -> n.nvmlDeviceGetComputeRunningProcesses_v3(p(device), count, buf));
            if (rc == NvmlException.SUCCESS) return NvmlStructs.processInfos(buf, count.getValue(), SENTINEL);
        }
        check(fn, rc); // still too small after three tries: processes keep appearing
        return new ProcessList(List.of(), NvmlStructs.PROCESS_INFO_V3_BYTES, 0);
    }

    @Override
    public List<ProcessSample> processUtilization(Handle device, long lastSeenMicros) throws NvmlException {
        String fn = "nvmlDeviceGetProcessUtilization";
        IntByReference count = new IntByReference(0);
        int rc = call(fn, n -> n.nvmlDeviceGetProcessUtilization(p(device), null, count, lastSeenMicros));
        if (rc == NvmlException.NOT_FOUND) return List.of(); // no sample newer than lastSeenMicros
        if (rc != NvmlException.INSUFFICIENT_SIZE && rc != NvmlException.SUCCESS) check(fn, rc);
        if (count.getValue() == 0) return List.of();
        int capacity = count.getValue() + SLACK;
        byte[] buf = new byte[capacity * NvmlStructs.PROCESS_SAMPLE_BYTES];
        count.setValue(capacity);
        rc = call(fn, n -> n.nvmlDeviceGetProcessUtilization(p(device), buf, count, lastSeenMicros));
        if (rc == NvmlException.NOT_FOUND) return List.of();
        check(fn, rc);
        return NvmlStructs.processSamples(buf, count.getValue());
    }

    @Override
    public int computeMode(Handle device) throws NvmlException {
        IntByReference mode = new IntByReference();
        check("nvmlDeviceGetComputeMode", call("nvmlDeviceGetComputeMode", n -> n.nvmlDeviceGetComputeMode(p(device), mode)));
        return mode.getValue();
    }

    @Override
    public List<String> migDeviceUuids(Handle device) throws NvmlException {
        IntByReference current = new IntByReference();
        IntByReference pending = new IntByReference();
        int rc = call("nvmlDeviceGetMigMode", n -> n.nvmlDeviceGetMigMode(p(device), current, pending));
        if (rc == NvmlException.NOT_SUPPORTED || rc == NvmlException.FUNCTION_NOT_FOUND) return List.of();
        check("nvmlDeviceGetMigMode", rc);
        if (current.getValue() != MIG_ENABLED) return List.of();
        IntByReference max = new IntByReference();
        check("nvmlDeviceGetMaxMigDeviceCount", call("nvmlDeviceGetMaxMigDeviceCount", n -> n.nvmlDeviceGetMaxMigDeviceCount(p(device), max)));
        List<String> uuids = new ArrayList<>();
        for (int i = 0; i < max.getValue(); i++) {
            int index = i;
            PointerByReference mig = new PointerByReference();
            rc = call("nvmlDeviceGetMigDeviceHandleByIndex", n -> n.nvmlDeviceGetMigDeviceHandleByIndex(p(device), index, mig));
            if (rc == NvmlException.NOT_FOUND) continue; // an empty slot
            check("nvmlDeviceGetMigDeviceHandleByIndex", rc);
            uuids.add(uuid(new Handle(Pointer.nativeValue(mig.getValue()))));
        }
        return uuids;
    }

    private static Pointer p(Handle h) { return new Pointer(h.address()); }

    private interface Call {
        int run(NvmlNative n);
    }

    /** Runs one C call; a symbol the installed driver lacks becomes {@code NVML_ERROR_FUNCTION_NOT_FOUND}. */
    private int call(String fn, Call c) throws NvmlException {
        NvmlNative n;
        synchronized (this) {
            n = lib;
        }
        if (n == null) throw new NvmlException(NvmlException.UNINITIALIZED, fn + " before nvmlInit_v2");
        try {
            return c.run(n);
        } catch (UnsatisfiedLinkError e) {
            throw new NvmlException(NvmlException.FUNCTION_NOT_FOUND, fn);
        }
    }

    private static void check(String fn, int rc) throws NvmlException {
        if (rc != NvmlException.SUCCESS) throw new NvmlException(rc, fn);
    }
}

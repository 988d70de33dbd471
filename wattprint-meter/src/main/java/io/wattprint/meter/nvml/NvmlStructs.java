package io.wattprint.meter.nvml;

import io.wattprint.meter.nvml.Nvml.GpuProcess;
import io.wattprint.meter.nvml.Nvml.ProcessList;
import io.wattprint.meter.nvml.Nvml.ProcessSample;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the C structs NVML fills, from raw bytes in native order, so that the layout logic is
 * tested without a GPU. Offsets follow nvml.h on LP64 (x86-64, arm64): 8-byte members are 8-aligned.
 */
final class NvmlStructs {
    /** {@code nvmlProcessInfo_v2_t}/{@code _v3_t}: uint pid, 4 bytes padding, ulonglong usedGpuMemory, uint gpuInstanceId, uint computeInstanceId. */
    static final int PROCESS_INFO_V3_BYTES = 24;
    /**
     * R535 drivers wrote a 32-byte entry (an extra ulonglong usedGpuCcProtectedMemory) from the same
     * {@code _v3} symbol (nvitop PR #79, pynvml PR #48).
     */
    static final int PROCESS_INFO_R535_BYTES = 32;
    /** {@code nvmlProcessUtilizationSample_t}: uint pid, pad, ulonglong timeStamp, uint smUtil, memUtil, encUtil, decUtil. */
    static final int PROCESS_SAMPLE_BYTES = 32;
    /** {@code nvmlFieldValue_t}: uint fieldId, uint scopeId, long long timestamp, long long latencyUsec, enum valueType, enum nvmlReturn, 8-byte union value. */
    static final int FIELD_VALUE_BYTES = 40;
    /** {@code nvmlPciInfo_t} (v3): char busIdLegacy[16], 5 × uint, char busId[32]. */
    static final int PCI_INFO_BYTES = 68;
    static final int PCI_BUS_ID_OFFSET = 36;
    static final int PCI_BUS_ID_BYTES = 32;
    /** Linux PID_MAX_LIMIT on 64-bit kernels (2^22, include/linux/threads.h): no real PID is larger. */
    static final long PID_MAX_LIMIT = 4_194_304L;

    private NvmlStructs() {}

    static ByteBuffer wrap(byte[] raw) { return ByteBuffer.wrap(raw).order(ByteOrder.nativeOrder()); }

    /** The NUL-terminated string at the start of a {@code char[]} buffer. */
    static String cString(byte[] raw, int offset, int max) {
        int end = offset;
        int limit = Math.min(raw.length, offset + max);
        while (end < limit && raw[end] != 0) end++;
        return new String(raw, offset, end - offset, StandardCharsets.UTF_8);
    }

    /**
     * Compute processes from a buffer that was filled with {@code sentinel} before the call and sized
     * for {@code count} entries of {@link #PROCESS_INFO_R535_BYTES}. If the driver wrote past
     * {@code count × 24} bytes it used 32-byte entries. PIDs are checked as well: when the layout
     * the sentinel suggests gives implausible PIDs and the other one does not, the other one wins;
     * when neither does, implausible entries are dropped and counted in {@code rejected}.
     */
    static ProcessList processInfos(byte[] raw, int count, byte sentinel) {
        if (count <= 0) return new ProcessList(List.of(), PROCESS_INFO_V3_BYTES, 0);
        boolean wrotePast24 = false;
        int from = count * PROCESS_INFO_V3_BYTES;
        int to = Math.min(raw.length, count * PROCESS_INFO_R535_BYTES);
        for (int i = from; i < to && !wrotePast24; i++) wrotePast24 = raw[i] != sentinel;
        int first = wrotePast24 ? PROCESS_INFO_R535_BYTES : PROCESS_INFO_V3_BYTES;
        int other = wrotePast24 ? PROCESS_INFO_V3_BYTES : PROCESS_INFO_R535_BYTES;
        List<GpuProcess> guess = processes(raw, count, first);
        if (guess.size() == count && allPlausible(guess)) return new ProcessList(guess, first, 0);
        List<GpuProcess> alt = processes(raw, count, other);
        if (alt.size() == count && allPlausible(alt)) return new ProcessList(alt, other, 0);
        List<GpuProcess> kept = new ArrayList<>();
        for (GpuProcess p : guess) if (plausible(p.pid())) kept.add(p);
        return new ProcessList(kept, first, count - kept.size());
    }

    private static List<GpuProcess> processes(byte[] raw, int count, int stride) {
        ByteBuffer b = wrap(raw);
        List<GpuProcess> out = new ArrayList<>(count);
        for (int i = 0; i < count && (long) (i + 1) * stride <= raw.length; i++) {
            int at = i * stride;
            out.add(new GpuProcess(b.getInt(at), b.getLong(at + 8)));
        }
        return out;
    }

    private static boolean allPlausible(List<GpuProcess> ps) {
        for (GpuProcess p : ps) if (!plausible(p.pid())) return false;
        return true;
    }

    static boolean plausible(int pid) { return pid > 0 && pid <= PID_MAX_LIMIT; }

    /** {@code count} utilisation samples; entries with an implausible PID are skipped. */
    static List<ProcessSample> processSamples(byte[] raw, int count) {
        ByteBuffer b = wrap(raw);
        List<ProcessSample> out = new ArrayList<>(count);
        for (int i = 0; i < count && (long) (i + 1) * PROCESS_SAMPLE_BYTES <= raw.length; i++) {
            int at = i * PROCESS_SAMPLE_BYTES;
            int pid = b.getInt(at);
            if (plausible(pid)) out.add(new ProcessSample(pid, b.getLong(at + 8), b.getInt(at + 16)));
        }
        return out;
    }

    /** An {@code nvmlFieldValue_t} as the caller fills it before {@code nvmlDeviceGetFieldValues}. */
    static byte[] fieldRequest(int fieldId, int scopeId) {
        byte[] raw = new byte[FIELD_VALUE_BYTES];
        wrap(raw).putInt(0, fieldId).putInt(4, scopeId);
        return raw;
    }

    /**
     * The value of a filled {@code nvmlFieldValue_t} as a long, after checking its own {@code nvmlReturn}.
     * {@code nvmlValueType_t}: 0 double, 1 uint, 2 ulong, 3 ulonglong, 4 long long, 5 int, 6 ushort.
     */
    static long fieldValue(byte[] raw, String what) throws NvmlException {
        ByteBuffer b = wrap(raw);
        int rc = b.getInt(28);
        if (rc != NvmlException.SUCCESS) throw new NvmlException(rc, what);
        int type = b.getInt(24);
        return switch (type) {
            case 0 -> Math.round(b.getDouble(32));
            case 1 -> Integer.toUnsignedLong(b.getInt(32));
            case 2, 3, 4 -> b.getLong(32);
            case 5 -> b.getInt(32);
            case 6 -> Short.toUnsignedInt(b.getShort(32));
            default -> throw new NvmlException(NvmlException.UNKNOWN, what + " has value type " + type);
        };
    }

    static String pciBusId(byte[] raw) { return cString(raw, PCI_BUS_ID_OFFSET, PCI_BUS_ID_BYTES); }
}

package io.wattprint.meter.nvml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.meter.nvml.Nvml.GpuProcess;
import io.wattprint.meter.nvml.Nvml.ProcessList;
import io.wattprint.meter.nvml.Nvml.ProcessSample;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NvmlStructsTest {
    private static final byte SENTINEL = JnaNvml.SENTINEL;
    private static final long GIB = 1L << 30;
    /** NVML_VALUE_NOT_AVAILABLE as an unsigned int: gpuInstanceId / computeInstanceId without MIG. */
    private static final int NOT_AVAILABLE = 0xFFFFFFFF;

    /** A buffer as JnaNvml passes it: room for {@code capacity} 32-byte entries, sentinel everywhere. */
    private static byte[] buffer(int capacity) {
        byte[] raw = new byte[capacity * NvmlStructs.PROCESS_INFO_R535_BYTES];
        Arrays.fill(raw, SENTINEL);
        return raw;
    }

    /** What a driver writes: pid, 4 padding bytes, usedGpuMemory, gpuInstanceId, computeInstanceId (+ 8 bytes on R535). */
    private static void entry(byte[] raw, int stride, int i, int pid, long memory) {
        ByteBuffer b = NvmlStructs.wrap(raw);
        int at = i * stride;
        b.putInt(at, pid).putInt(at + 4, 0).putLong(at + 8, memory).putInt(at + 16, NOT_AVAILABLE).putInt(at + 20, NOT_AVAILABLE);
        if (stride == 32) b.putLong(at + 24, 0L); // usedGpuCcProtectedMemory
    }

    @Test
    void twentyFourByteEntriesLeaveTheSentinelPastThemAndAreReadAtThatStride() {
        byte[] raw = buffer(10);
        entry(raw, 24, 0, 4242, 3 * GIB);
        entry(raw, 24, 1, 4343, GIB);
        entry(raw, 24, 2, 77, 512L << 20);

        ProcessList got = NvmlStructs.processInfos(raw, 3, SENTINEL);

        assertThat(got).isEqualTo(new ProcessList(
                List.of(new GpuProcess(4242, 3 * GIB), new GpuProcess(4343, GIB), new GpuProcess(77, 512L << 20)), 24, 0));
    }

    @Test
    void thirtyTwoByteEntriesOfR535DriversAreDetectedByTheBytesWrittenPastTwentyFour() {
        byte[] raw = buffer(10);
        entry(raw, 32, 0, 4242, 3 * GIB);
        entry(raw, 32, 1, 4343, GIB);
        entry(raw, 32, 2, 77, 512L << 20);

        ProcessList got = NvmlStructs.processInfos(raw, 3, SENTINEL);

        assertThat(got.entryBytes()).isEqualTo(32);
        assertThat(got.processes()).extracting(GpuProcess::pid).containsExactly(4242, 4343, 77);
        assertThat(got.processes()).extracting(GpuProcess::usedMemoryBytes).containsExactly(3 * GIB, GIB, 512L << 20);
        assertThat(got.rejected()).isZero();
    }

    @Test
    void implausiblePidsOverruleTheSentinelWhenTheDriverClearedTheWholeBuffer() {
        byte[] raw = new byte[10 * 32]; // zeroed, no sentinel left: the bytes past 24 × count look written
        entry(raw, 24, 0, 4242, 3 * GIB);
        entry(raw, 24, 1, 4343, GIB);

        ProcessList got = NvmlStructs.processInfos(raw, 2, SENTINEL);

        // read at 32 bytes, entry 1 would take its pid from entry 1's memory (0x40000000 > PID_MAX_LIMIT)
        assertThat(got).isEqualTo(new ProcessList(List.of(new GpuProcess(4242, 3 * GIB), new GpuProcess(4343, GIB)), 24, 0));
    }

    @Test
    void entriesWithImplausiblePidsUnderEitherLayoutAreDroppedAndCounted() {
        byte[] raw = buffer(4);
        entry(raw, 24, 0, 4242, GIB);
        entry(raw, 24, 1, 0, GIB);
        entry(raw, 24, 2, -5, GIB);

        ProcessList got = NvmlStructs.processInfos(raw, 3, SENTINEL);

        assertThat(got.processes()).containsExactly(new GpuProcess(4242, GIB));
        assertThat(got.rejected()).isEqualTo(2);
    }

    @Test
    void noEntriesIsAnEmptyList() {
        assertThat(NvmlStructs.processInfos(buffer(8), 0, SENTINEL)).isEqualTo(new ProcessList(List.of(), 24, 0));
    }

    @Test
    void pidPlausibilityFollowsLinuxPidMaxLimit() {
        assertThat(NvmlStructs.plausible(1)).isTrue();
        assertThat(NvmlStructs.plausible(4_194_304)).isTrue();
        assertThat(NvmlStructs.plausible(4_194_305)).isFalse();
        assertThat(NvmlStructs.plausible(0)).isFalse();
    }

    @Test
    void processUtilisationSamplesAreThirtyTwoBytesEach() {
        byte[] raw = new byte[4 * 32];
        ByteBuffer b = NvmlStructs.wrap(raw);
        b.putInt(0, 4242).putLong(8, 1_717_243_200_123_456L).putInt(16, 87).putInt(20, 40);
        b.putInt(32, 4343).putLong(40, 1_717_243_200_223_456L).putInt(48, 9).putInt(52, 3);

        assertThat(NvmlStructs.processSamples(raw, 2)).containsExactly(
                new ProcessSample(4242, 1_717_243_200_123_456L, 87), new ProcessSample(4343, 1_717_243_200_223_456L, 9));
    }

    @Test
    void aFieldValueRequestCarriesTheFieldAndScope() {
        ByteBuffer b = NvmlStructs.wrap(NvmlStructs.fieldRequest(186, 0));

        assertThat(b.capacity()).isEqualTo(40);
        assertThat(b.getInt(0)).isEqualTo(186);
        assertThat(b.getInt(4)).isZero();
    }

    @Test
    void aFieldValueIsReadByItsValueType() throws NvmlException {
        byte[] uint = NvmlStructs.fieldRequest(186, 0);
        NvmlStructs.wrap(uint).putInt(24, 1).putInt(28, 0).putInt(32, 75_123);
        byte[] dbl = NvmlStructs.fieldRequest(186, 0);
        NvmlStructs.wrap(dbl).putInt(24, 0).putInt(28, 0).putDouble(32, 75_122.6);
        byte[] ull = NvmlStructs.fieldRequest(186, 0);
        NvmlStructs.wrap(ull).putInt(24, 3).putInt(28, 0).putLong(32, 1L << 40);

        assertThat(NvmlStructs.fieldValue(uint, "f")).isEqualTo(75_123);
        assertThat(NvmlStructs.fieldValue(dbl, "f")).isEqualTo(75_123);
        assertThat(NvmlStructs.fieldValue(ull, "f")).isEqualTo(1L << 40);
    }

    @Test
    void aFieldValueWithItsOwnErrorCodeFails() {
        byte[] raw = NvmlStructs.fieldRequest(186, 0);
        NvmlStructs.wrap(raw).putInt(28, NvmlException.NOT_SUPPORTED);

        assertThatThrownBy(() -> NvmlStructs.fieldValue(raw, "nvmlDeviceGetFieldValues(NVML_FI_DEV_POWER_INSTANT)"))
                .isInstanceOf(NvmlException.class)
                .hasMessage("nvmlDeviceGetFieldValues(NVML_FI_DEV_POWER_INSTANT): NVML_ERROR_NOT_SUPPORTED")
                .satisfies(e -> assertThat(((NvmlException) e).code()).isEqualTo(3));
    }

    @Test
    void thePciBusIdIsTheSecondStringOfPciInfo() {
        byte[] raw = new byte[NvmlStructs.PCI_INFO_BYTES];
        byte[] legacy = "0000:18:00.0".getBytes(StandardCharsets.US_ASCII);
        byte[] busId = "00000000:18:00.0".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(legacy, 0, raw, 0, legacy.length);
        System.arraycopy(busId, 0, raw, 36, busId.length);

        assertThat(NvmlStructs.pciBusId(raw)).isEqualTo("00000000:18:00.0");
    }

    @Test
    void aCStringEndsAtItsNulOrItsBuffer() {
        byte[] raw = "GPU-8932\0garbage".getBytes(StandardCharsets.US_ASCII);

        assertThat(NvmlStructs.cString(raw, 0, raw.length)).isEqualTo("GPU-8932");
        assertThat(NvmlStructs.cString(raw, 0, 3)).isEqualTo("GPU");
    }
}

package io.wattprint.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HardwareCatalogTest {
    private final HardwareCatalog hw = ReferenceData.load().hardware();

    private double gpu(String name) { return hw.findGpu(name).orElseThrow().tdpWatts(); }

    private double cpu(String name) { return hw.findCpu(name).orElseThrow().tdpWatts(); }

    @Test
    void nvidiaSmiNamesFindTheirPart() {
        assertThat(gpu("NVIDIA H100 80GB HBM3")).isEqualTo(700);
        assertThat(gpu("NVIDIA H100 PCIe")).isEqualTo(350);
        assertThat(gpu("NVIDIA H100 NVL")).isEqualTo(400);
        assertThat(gpu("NVIDIA A100-SXM4-40GB")).isEqualTo(400);
        assertThat(gpu("NVIDIA A100-PCIE-40GB")).isEqualTo(250);
        assertThat(gpu("NVIDIA A100 80GB PCIe")).isEqualTo(300);
        assertThat(gpu("Tesla V100-SXM2-16GB")).isEqualTo(300);
        assertThat(gpu("Tesla T4")).isEqualTo(70);
        assertThat(gpu("NVIDIA L4")).isEqualTo(72);
        assertThat(gpu("NVIDIA L40S")).isEqualTo(350);
        assertThat(gpu("nvidia a10")).isEqualTo(150);
    }

    @Test
    void longestMatchWins() {
        assertThat(hw.findGpu("NVIDIA H200 NVL").orElseThrow().model()).isEqualTo("H200 NVL 141GB");
        assertThat(hw.findGpu("NVIDIA H200").orElseThrow().model()).isEqualTo("H200 SXM 141GB");
        assertThat(hw.findGpu("NVIDIA L40S").orElseThrow().model()).isEqualTo("L40S");
    }

    @Test
    void aTokenMustNotRunIntoALongerPartNumber() {
        // The A10G (AWS g5) has no published TDP in the catalogue; it must not borrow the A10's.
        assertThat(hw.findGpu("NVIDIA A10G")).isEmpty();
        assertThat(hw.findGpu("NVIDIA L40")).get().extracting(HardwareRow::model).isEqualTo("L40");
    }

    @Test
    void procCpuinfoModelNamesFindTheirPart() {
        assertThat(cpu("Intel(R) Xeon(R) Platinum 8480+")).isEqualTo(350);
        assertThat(cpu("Intel(R) Xeon(R) Platinum 8380 CPU @ 2.30GHz")).isEqualTo(270);
        assertThat(cpu("AMD EPYC 7763 64-Core Processor")).isEqualTo(280);
        assertThat(cpu("AMD EPYC 9654 96-Core Processor")).isEqualTo(360);
    }

    @Test
    void unknownOrWrongKindIsEmpty() {
        assertThat(hw.findCpu("Intel(R) Core(TM) i7-8650U CPU @ 1.90GHz")).isEmpty();
        assertThat(hw.findCpu("NVIDIA H100 80GB HBM3")).isEmpty();
        assertThat(hw.findGpu("")).isEmpty();
        assertThat(hw.findGpu(null)).isEmpty();
    }

    @Test
    void tokenBoundaryRule() {
        assertThat(HardwareCatalog.containsToken("nvidia a10g", "a10")).isFalse();
        assertThat(HardwareCatalog.containsToken("nvidia a10", "a10")).isTrue();
        assertThat(HardwareCatalog.containsToken("platinum 8480+", "platinum 8480+")).isTrue();
        assertThat(HardwareCatalog.containsToken("xeon(r) platinum 8480+", "platinum 8480")).isTrue();
    }
}

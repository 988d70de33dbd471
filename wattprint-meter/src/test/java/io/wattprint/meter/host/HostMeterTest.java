package io.wattprint.meter.host;

import static io.wattprint.meter.rapl.FakePowercap.INTEL_RANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.quantity.Energy;
import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.Discovery;
import io.wattprint.meter.EnergySource;
import io.wattprint.meter.estimate.CpuEstimator;
import io.wattprint.core.estimate.CpuPowerModel;
import io.wattprint.core.estimate.CpuTdp;
import io.wattprint.core.estimate.TdpLoadCurve;
import io.wattprint.core.estimate.VcpuLinearModel;
import io.wattprint.meter.procfs.FakeProc;
import io.wattprint.meter.rapl.FakePowercap;
import io.wattprint.meter.rapl.Powercap;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostMeterTest {
    private static final Instant T0 = Instant.parse("2024-06-01T12:00:00Z");

    @TempDir Path dir;
    private FakeProc proc;

    @BeforeEach
    void host() {
        proc = new FakeProc(dir.resolve("proc")).stat(1000, 9000).meminfo(16 * 1024 * 1024).process(100, 1, 50);
    }

    private Discovery discover(Powercap powercap, AttributionPolicy policy) throws IOException {
        return HostMeter.forProcess(proc.procFs(), powercap, 100, m -> Optional.empty(), Optional.empty(), policy);
    }

    /** A VM without powercap in the given cloud region (empty: not a cloud VM). */
    private Discovery discoverIn(Optional<String> cloudRegion) throws IOException {
        return HostMeter.forProcess(proc.procFs(), new Powercap(dir.resolve("absent")), 100, m -> Optional.empty(),
                cloudRegion, AttributionPolicy.RESERVED_HOST);
    }

    private static CpuPowerModel cpuModel(Discovery d) { return ((CpuEstimator) d.sources().get(0)).model(); }

    private static List<String> names(Discovery d) { return d.sources().stream().map(EnergySource::name).toList(); }

    @Test
    void readableRaplWithDramMeasuresBothAndNeedsNoEstimator() throws IOException {
        FakePowercap f = new FakePowercap(dir.resolve("sys"))
                .zone("intel-rapl:0", "package-0", 0, INTEL_RANGE)
                .zone("intel-rapl:0:0", "dram", 0, INTEL_RANGE);
        Discovery d = discover(f.powercap(), AttributionPolicy.RESERVED_HOST);
        assertThat(names(d)).containsExactly("rapl");
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void readableRaplWithoutDramLeavesMemoryToTheEstimator() throws IOException {
        FakePowercap f = new FakePowercap(dir.resolve("sys")).zone("intel-rapl:0", "package-0", 0, INTEL_RANGE);
        Discovery d = discover(f.powercap(), AttributionPolicy.RESERVED_HOST);
        assertThat(names(d)).containsExactly("rapl", "memory-estimator");
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void rootOnlyRaplFallsBackToBothEstimatorsWithTheNote() throws IOException {
        FakePowercap f = new FakePowercap(dir.resolve("sys")).zone("intel-rapl:0", "package-0", 0, INTEL_RANGE);
        Powercap denied = f.powercap(file -> {
            if (file.endsWith("energy_uj")) throw new AccessDeniedException(file.toString());
            return Files.readString(file);
        });
        Discovery d = discover(denied, AttributionPolicy.RESERVED_HOST);
        assertThat(names(d)).containsExactly("cpu-estimator", "memory-estimator");
        assertThat(d.notes()).singleElement().asString()
                .startsWith("RAPL energy counters are readable by root only (" + f.file("intel-rapl:0", "energy_uj"))
                .contains("CPU energy is estimated instead (labelled ESTIMATED)");
    }

    @Test
    void noPowercapFallsBackToBothEstimatorsWithTheNote() throws IOException {
        Discovery d = discover(new Powercap(dir.resolve("absent")), AttributionPolicy.SHARED_HOST);
        assertThat(names(d)).containsExactly("cpu-estimator", "memory-estimator");
        assertThat(d.notes()).singleElement().asString().startsWith("no RAPL energy counters: ");
    }

    @Test
    void noProcGivesNothingAndSaysSo() throws IOException {
        Discovery d = HostMeter.forProcess(new FakeProc(dir.resolve("empty")).procFs(), new Powercap(dir.resolve("absent")),
                100, m -> Optional.empty(), Optional.empty(), AttributionPolicy.RESERVED_HOST);
        assertThat(d.sources()).isEmpty();
        assertThat(d.notes()).containsExactly("no /proc on this system: CPU and memory energy can be neither measured nor estimated");
    }

    @Test
    void sharedHostRaplIsChargedTheRunsShare() throws IOException {
        FakePowercap f = new FakePowercap(dir.resolve("sys"))
                .zone("intel-rapl:0", "package-0", 0, INTEL_RANGE)
                .zone("intel-rapl:0:0", "dram", 0, INTEL_RANGE);
        EnergySource rapl = discover(f.powercap(), AttributionPolicy.SHARED_HOST).sources().get(0);
        rapl.start(T0);

        // Host +400 busy ticks, the run +100 of them: a quarter of 8 J and of 4 J.
        proc.stat(1400, 9000).process(100, 1, 150);
        f.energy("intel-rapl:0", 8_000_000).energy("intel-rapl:0:0", 4_000_000);
        assertThat(rapl.poll(T0.plusSeconds(2))).extracting(EnergyInterval::component, EnergyInterval::energy)
                .containsExactly(
                        tuple(Component.cpuPackage(0), Energy.ofJoules(2)),
                        tuple(new Component(Component.Kind.DRAM, "package-0"), Energy.ofJoules(1)));
    }

    @Test
    void cloudVmWithoutRaplUsesTheMicroarchitecturesVcpuCoefficientsAndSaysWhy() throws IOException {
        proc.cpuinfo("Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz");
        Discovery d = discoverIn(Optional.of("aws:eu-west-1"));

        assertThat(names(d)).containsExactly("cpu-estimator", "memory-estimator");
        assertThat(cpuModel(d)).isEqualTo(new VcpuLinearModel(VcpuLinearModel.CASCADE_LAKE, 2));
        assertThat(d.notes()).hasSize(2);
        assertThat(d.notes().get(0)).startsWith("no RAPL energy counters: ");
        assertThat(d.notes().get(1)).isEqualTo("running in aws:eu-west-1: CPU estimated with Cloud Carbon Footprint's"
                + " per-vCPU coefficients for Cascade Lake (0.64–3.97 W per vCPU)");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "aws:us-east-1     | the AWS fleet average (0.74–3.50 W per vCPU)",
            "gcp:europe-west1  | the GCP fleet median (0.68–4.11 W per vCPU)",
            "azure:westeurope  | the Azure fleet average (0.74–3.54 W per vCPU)",
    })
    void unrecognisedCpuOnACloudVmGetsTheProvidersFallback(String region, String coefficients) throws IOException {
        proc.cpuinfo("Intel(R) Xeon(R) CPU @ 2.20GHz");
        Discovery d = discoverIn(Optional.of(region));

        String provider = region.substring(0, region.indexOf(':'));
        assertThat(cpuModel(d)).isEqualTo(new VcpuLinearModel(VcpuLinearModel.forProvider(provider).orElseThrow(), 2));
        assertThat(d.notes().get(1)).isEqualTo("running in " + region + ": CPU estimated with Cloud Carbon Footprint's"
                + " per-vCPU coefficients for " + coefficients + ", as CPU 'Intel(R) Xeon(R) CPU @ 2.20GHz' is not one of"
                + " the microarchitectures it has figures for");
    }

    @Test
    void cloudVmWithoutCpuinfoGetsTheProvidersFallback() throws IOException {
        Discovery d = discoverIn(Optional.of("aws"));
        assertThat(cpuModel(d)).isEqualTo(new VcpuLinearModel(VcpuLinearModel.AWS, 2));
        assertThat(d.notes().get(1)).isEqualTo("running in aws: CPU estimated with Cloud Carbon Footprint's per-vCPU"
                + " coefficients for the AWS fleet average (0.74–3.50 W per vCPU), as the CPU (no model name in"
                + " /proc/cpuinfo) is not one of the microarchitectures it has figures for");
    }

    @Test
    void cloudVmCpuEnergyFollowsTheVcpuLine() throws IOException {
        EnergySource cpu = discoverIn(Optional.of("aws:us-east-1")).sources().get(0);
        cpu.start(T0);

        // 10 s, host +300 busy and +300 idle ticks (u = 0.5), 2 vCPUs: 2 × (0.74 + 0.5 × 2.76) = 4.24 W → 42.4 J.
        proc.stat(1300, 9300);
        EnergyInterval i = cpu.poll(T0.plusSeconds(10)).get(0);
        assertThat(i.energy().joules()).isCloseTo(42.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(i.provenance()).isEqualTo(new Provenance.Estimated("ccf-vcpu-linear min=0.74W max=3.5W vcpus=2"));
    }

    @Test
    void noCloudRegionKeepsTheTdpCurve() throws IOException {
        proc.cpuinfo("Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz");
        Discovery d = discoverIn(Optional.empty());

        assertThat(cpuModel(d)).isEqualTo(new TdpLoadCurve(new CpuTdp(8, "CPU 'Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz'"
                + " not in the hardware catalog: 2 threads × 4.0 W")));
        assertThat(d.notes()).singleElement().asString().startsWith("no RAPL energy counters: ");
    }

    @Test
    void readableRaplIsMeasuredOnACloudVmToo() throws IOException {
        proc.cpuinfo("Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz");
        FakePowercap f = new FakePowercap(dir.resolve("sys"))
                .zone("intel-rapl:0", "package-0", 0, INTEL_RANGE)
                .zone("intel-rapl:0:0", "dram", 0, INTEL_RANGE);
        Discovery d = HostMeter.forProcess(proc.procFs(), f.powercap(), 100, m -> Optional.empty(),
                Optional.of("aws:eu-west-1"), AttributionPolicy.RESERVED_HOST);

        assertThat(names(d)).containsExactly("rapl");
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void providerWithoutCcfFiguresUsesTheMicroarchitectureElseTheTdpCurve() throws IOException {
        proc.cpuinfo("AMD EPYC 7763 64-Core Processor");
        assertThat(cpuModel(discoverIn(Optional.of("oci:us-ashburn-1"))))
                .isEqualTo(new VcpuLinearModel(VcpuLinearModel.EPYC_GEN3, 2));

        proc.cpuinfo("Mystery CPU");
        Discovery d = discoverIn(Optional.of("oci:us-ashburn-1"));
        assertThat(cpuModel(d)).isInstanceOf(TdpLoadCurve.class);
        assertThat(d.notes().get(1)).isEqualTo("running in oci:us-ashburn-1: Cloud Carbon Footprint has per-vCPU"
                + " coefficients neither for oci nor for CPU 'Mystery CPU', so CPU is estimated with the TDP × load curve");
    }
}

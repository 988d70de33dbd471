package io.wattprint.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.estimate.VcpuLinearModel.Coefficients;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VcpuLinearModelTest {
    private static final Map<String, Coefficients> BY_NAME = Map.of(
            "CASCADE_LAKE", VcpuLinearModel.CASCADE_LAKE, "SKYLAKE", VcpuLinearModel.SKYLAKE,
            "BROADWELL", VcpuLinearModel.BROADWELL, "HASWELL", VcpuLinearModel.HASWELL,
            "EPYC_GEN2", VcpuLinearModel.EPYC_GEN2, "EPYC_GEN3", VcpuLinearModel.EPYC_GEN3,
            "AWS", VcpuLinearModel.AWS, "GCP", VcpuLinearModel.GCP, "AZURE", VcpuLinearModel.AZURE);

    @ParameterizedTest(name = "{0}: {1}–{2} W per vCPU")
    @CsvSource({
            // DOMAIN.md §1, "Cloud Carbon Footprint vCPU model".
            "CASCADE_LAKE, 0.64, 3.97",
            "SKYLAKE,      0.65, 4.26",
            "BROADWELL,    0.71, 3.69",
            "HASWELL,      1.00, 4.74",
            "EPYC_GEN2,    0.47, 1.69",
            "EPYC_GEN3,    0.45, 2.02",
            "AWS,          0.74, 3.5",
            "GCP,          0.68, 4.11",
            "AZURE,        0.74, 3.54",
    })
    void coefficientsAreThoseOfDomainMd(String constant, double min, double max) {
        Coefficients c = BY_NAME.get(constant);
        assertThat(c.minWatts()).isEqualTo(min);
        assertThat(c.maxWatts()).isEqualTo(max);
        assertThat(c.source()).startsWith("Cloud Carbon Footprint");
    }

    @ParameterizedTest(name = "{0}, {1} vCPUs, u={2} -> {3} W")
    @CsvSource({
            // Hand-computed: vCPUs × (min + u × (max − min)).
            "AWS,          2,  0.5,  4.24",    // 2 × (0.74 + 0.5 × 2.76)
            "AWS,          2,  0,    1.48",    // 2 × 0.74
            "AWS,          2,  1,    7.0",     // 2 × 3.5
            "GCP,          2,  0.5,  4.79",    // 2 × (0.68 + 0.5 × 3.43)
            "AZURE,        16, 0.1,  16.32",   // 16 × (0.74 + 0.1 × 2.8)
            "CASCADE_LAKE, 4,  0.25, 5.89",    // 4 × (0.64 + 0.25 × 3.33)
            "HASWELL,      1,  1,    4.74",
            "EPYC_GEN3,    8,  0.5,  9.88",    // 8 × (0.45 + 0.5 × 1.57)
    })
    void hostPowerIsVcpusTimesTheLineBetweenMinAndMax(String constant, int vcpus, double u, double watts) {
        assertThat(new VcpuLinearModel(BY_NAME.get(constant), vcpus).power(u).watts()).isCloseTo(watts, within(1e-12));
    }

    @Test
    void providerFallbacksByName() {
        assertThat(VcpuLinearModel.forProvider("aws")).contains(VcpuLinearModel.AWS);
        assertThat(VcpuLinearModel.forProvider("AWS")).contains(VcpuLinearModel.AWS);
        assertThat(VcpuLinearModel.forProvider("gcp")).contains(VcpuLinearModel.GCP);
        assertThat(VcpuLinearModel.forProvider("azure")).contains(VcpuLinearModel.AZURE);
        assertThat(VcpuLinearModel.forProvider("oci")).isEmpty();
    }

    @Test
    void methodNamesTheModelAndItsConstants() {
        assertThat(new VcpuLinearModel(VcpuLinearModel.AWS, 2).method()).isEqualTo("ccf-vcpu-linear min=0.74W max=3.5W vcpus=2");
        assertThat(new VcpuLinearModel(VcpuLinearModel.HASWELL, 1).method()).isEqualTo("ccf-vcpu-linear min=1W max=4.74W vcpus=1");
        assertThat(new VcpuLinearModel(VcpuLinearModel.AWS, 2).name()).isEqualTo("ccf-vcpu-linear");
    }

    @Test
    void describesFormulaCoefficientsAndSource() {
        assertThat(new VcpuLinearModel(VcpuLinearModel.CASCADE_LAKE, 4).describe()).isEqualTo(
                "P = vCPUs × (min + u × (max − min)), Cloud Carbon Footprint's per-vCPU coefficients for Cascade Lake"
                        + " (0.64–3.97 W per vCPU; Cloud Carbon Footprint, SPECpower averages by microarchitecture), 4 vCPUs");
        assertThat(new VcpuLinearModel(VcpuLinearModel.AWS, 1).describe()).isEqualTo(
                "P = vCPUs × (min + u × (max − min)), Cloud Carbon Footprint's per-vCPU coefficients for the AWS fleet average"
                        + " (0.74–3.50 W per vCPU; Cloud Carbon Footprint, AWS average of its microarchitectures), 1 vCPU");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.0001, 1.0001, 50, Double.NaN})
    void utilisationOutsideZeroToOneIsRejected(double u) {
        assertThatThrownBy(() -> new VcpuLinearModel(VcpuLinearModel.AWS, 2).power(u))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("utilisation must be in 0..1, got " + u);
    }

    @Test
    void badConstantsAreRejected() {
        assertThatThrownBy(() -> new VcpuLinearModel(VcpuLinearModel.AWS, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("vCPUs must be at least 1, got 0");
        assertThatThrownBy(() -> new Coefficients("x", 4, 3, "test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("need 0 <= min <= max watts per vCPU, got 4.0, 3.0");
        assertThatThrownBy(() -> new Coefficients("x", -1, 3, "test")).isInstanceOf(IllegalArgumentException.class);
    }
}

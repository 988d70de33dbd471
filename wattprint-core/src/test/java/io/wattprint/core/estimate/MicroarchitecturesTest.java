package io.wattprint.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MicroarchitecturesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // AWS, GCP and Azure CPUs as /proc/cpuinfo names them.
            "Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz | Cascade Lake",
            "Intel(R) Xeon(R) Platinum 8275CL CPU @ 3.00GHz | Cascade Lake",
            "Intel(R) Xeon(R) Platinum 8272CL CPU @ 2.60GHz | Cascade Lake",
            "Intel Xeon Platinum 8259CL                     | Cascade Lake",
            "Intel(R) Xeon(R) Platinum 8175M CPU @ 2.50GHz  | Skylake",
            "Intel(R) Xeon(R) Gold 6148 CPU @ 2.40GHz       | Skylake",
            "Intel(R) Xeon(R) CPU E5-2686 v4 @ 2.30GHz      | Broadwell",
            "Intel(R) Xeon(R) CPU E5-2673 v4 @ 2.30GHz      | Broadwell",
            "Intel(R) Xeon(R) CPU E5-2676 v3 @ 2.40GHz      | Haswell",
            "Intel(R) Xeon(R) CPU E7-8880 v3 @ 2.30GHz      | Haswell",
            "AMD EPYC 7R32                                  | AMD EPYC 2nd gen (Rome)",
            "AMD EPYC 7B12                                  | AMD EPYC 2nd gen (Rome)",
            "AMD EPYC 7452 32-Core Processor                | AMD EPYC 2nd gen (Rome)",
            "AMD EPYC 7502P 32-Core Processor               | AMD EPYC 2nd gen (Rome)",
            "AMD EPYC 7R13 Processor                        | AMD EPYC 3rd gen (Milan)",
            "AMD EPYC 7B13                                  | AMD EPYC 3rd gen (Milan)",
            "AMD EPYC 7763 64-Core Processor                | AMD EPYC 3rd gen (Milan)",
            "AMD EPYC 74F3 24-Core Processor                | AMD EPYC 3rd gen (Milan)",
            // KVM/QEMU named CPU models.
            "Intel Xeon Processor (Cascadelake)             | Cascade Lake",
            "Intel Xeon Processor (Skylake, IBRS)           | Skylake",
            "Intel Core Processor (Broadwell, IBRS)         | Broadwell",
            "Intel Core Processor (Haswell, no TSX, IBRS)   | Haswell",
            "AMD EPYC-Rome Processor                        | AMD EPYC 2nd gen (Rome)",
            "AMD EPYC-Milan Processor                       | AMD EPYC 3rd gen (Milan)",
    })
    void recognisesTheMicroarchitecturesCcfHasFiguresFor(String model, String label) {
        assertThat(Microarchitectures.detect(model)).hasValueSatisfying(c -> assertThat(c.label()).isEqualTo(label));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Intel(R) Xeon(R) CPU @ 2.20GHz",                    // GCP hides the model number
            "Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz",     // Ice Lake: no CCF coefficients
            "Intel(R) Xeon(R) Platinum 8488C",                   // Sapphire Rapids
            "Intel(R) Xeon(R) CPU E5-2680 v2 @ 2.80GHz",         // Ivy Bridge: not in the table
            "AMD EPYC 7571",                                     // EPYC 1st gen (Naples): not in the table
            "AMD EPYC 9R14 96-Core Processor",                   // EPYC 4th gen (Genoa)
            "Intel(R) Core(TM) i7-8565U CPU @ 1.80GHz",
            "AMD Ryzen 9 7950X 16-Core Processor",
            "",
    })
    void anythingElseIsUnknown(String model) {
        assertThat(Microarchitectures.detect(model)).isEmpty();
    }
}

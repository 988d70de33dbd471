package io.wattprint.ingest.cloud;

import java.util.List;
import java.util.Optional;

/**
 * Cloud Carbon Footprint's on-premise coefficients: watts of a whole server at 0 % and 100 % load and
 * the memory a typical server of the microarchitecture has, by microarchitecture; the averages when it
 * is not known. Source: CCF {@code packages/core/src/compute/ComputeProcessorTypes.ts}
 * ({@code min_watts_on_prem}, {@code max_watts_on_prem}, {@code gb_on_prem}) and
 * {@code packages/on-premise/src/domain/OnPremiseFootprintEstimationConstants.ts} ({@code MIN_WATTS_AVG}
 * 65.81111111, {@code MAX_WATTS_AVG} 367.1444444, {@code MEMORY_AVG} 331.7121348 GB,
 * {@code MEMORY_COEFFICIENT} 0.000392 kWh/GB-h, {@code AVG_CPU_UTILIZATION_2020} 50 %; the PUE default 1.58 is
 * {@code PUE_AVG}, shipped in pue.csv as {@code ccf-on-premise}). The microarchitecture is recognised with
 * {@link io.wattprint.core.estimate.Microarchitectures}, the detection our meter uses; labels match its.
 * Haswell has no {@code gb_on_prem} in CCF, which then uses {@code MEMORY_AVG}, as here. Apache-2.0.
 */
record CcfOnPremCoefficients(String label, double minWatts, double maxWatts, double typicalMemoryGb) {
    static final double MEMORY_KWH_PER_GB_HOUR = 0.000392;
    static final double DEFAULT_UTILISATION_PERCENT = 50;
    static final double MEMORY_AVG_GB = 331.7121348;
    static final CcfOnPremCoefficients AVERAGE = new CcfOnPremCoefficients("average server", 65.81111111, 367.1444444, MEMORY_AVG_GB);

    private static final List<CcfOnPremCoefficients> BY_MICROARCHITECTURE = List.of(
            new CcfOnPremCoefficients("Cascade Lake", 120, 919, 797.971831),
            new CcfOnPremCoefficients("Skylake", 88.9, 733, 745.1358025),
            new CcfOnPremCoefficients("Broadwell", 46.6, 272, 764.2352941),
            new CcfOnPremCoefficients("Haswell", 46.9, 272, MEMORY_AVG_GB),
            new CcfOnPremCoefficients("AMD EPYC 2nd gen (Rome)", 83.4, 394.5, 300.4444444));

    /** The row for a microarchitecture label of {@code VcpuLinearModel}'s coefficients; the averages otherwise. */
    static CcfOnPremCoefficients of(Optional<String> microarchitecture) {
        return microarchitecture.flatMap(m -> BY_MICROARCHITECTURE.stream().filter(c -> c.label.equals(m)).findFirst())
                .orElse(AVERAGE);
    }
}

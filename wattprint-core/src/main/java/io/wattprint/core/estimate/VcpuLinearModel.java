package io.wattprint.core.estimate;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.quantity.Power;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Cloud Carbon Footprint's compute model (DOMAIN.md §1, "Cloud Carbon Footprint vCPU model"):
 * per vCPU, W = min + u × (max − min), u in 0..1; the host draws vCPUs × that. min and max are
 * watts per vCPU at 0 % and 100 % load, from SPECpower results averaged by microarchitecture; where
 * the microarchitecture is unknown, the cloud provider's average (median for GCP) of the
 * microarchitectures it runs. Oracle: 2 vCPUs, AWS fallback, u = 0.5 → 2 × (0.74 + 0.5 × 2.76) = 4.24 W.
 *
 * <p>Sources: <a href="https://www.cloudcarbonfootprint.org/docs/methodology/">CCF methodology</a>
 * ("Compute", Appendix I); per-microarchitecture figures as in CCF's {@code COMPUTE_PROCESSOR_TYPES}
 * ({@code packages/core}), computed in {@code cloud-carbon-footprint/cloud-carbon-coefficients}. The
 * provider fallbacks are those of CCF's code: AWS 0.74/3.5 ({@code AWS_CLOUD_CONSTANTS.MIN/MAX_WATTS_AVG},
 * also on the methodology page), GCP 0.68/4.11 ({@code GCP_CLOUD_CONSTANTS.MIN/MAX_WATTS_MEDIAN}),
 * Azure 0.74/3.54 ({@code AZURE_CLOUD_CONSTANTS.MIN/MAX_WATTS_AVG}). The methodology page's
 * Appendix I gives GCP 0.71/4.26 and Azure 0.78/3.76 instead; we follow the code, as DOMAIN.md does.
 */
public record VcpuLinearModel(Coefficients coefficients, int vcpus) implements CpuPowerModel {
    public static final String NAME = "ccf-vcpu-linear";

    private static final String PROCESSORS = "Cloud Carbon Footprint, SPECpower averages by microarchitecture";

    public static final Coefficients CASCADE_LAKE = new Coefficients("Cascade Lake", 0.64, 3.97, PROCESSORS);
    public static final Coefficients SKYLAKE = new Coefficients("Skylake", 0.65, 4.26, PROCESSORS);
    public static final Coefficients BROADWELL = new Coefficients("Broadwell", 0.71, 3.69, PROCESSORS);
    public static final Coefficients HASWELL = new Coefficients("Haswell", 1.00, 4.74, PROCESSORS);
    public static final Coefficients EPYC_GEN2 = new Coefficients("AMD EPYC 2nd gen (Rome)", 0.47, 1.69, PROCESSORS);
    public static final Coefficients EPYC_GEN3 = new Coefficients("AMD EPYC 3rd gen (Milan)", 0.45, 2.02, PROCESSORS);

    public static final Coefficients AWS = new Coefficients("the AWS fleet average", 0.74, 3.5,
            "Cloud Carbon Footprint, AWS average of its microarchitectures");
    public static final Coefficients GCP = new Coefficients("the GCP fleet median", 0.68, 4.11,
            "Cloud Carbon Footprint, GCP median of its microarchitectures");
    public static final Coefficients AZURE = new Coefficients("the Azure fleet average", 0.74, 3.54,
            "Cloud Carbon Footprint, Azure average of its microarchitectures");

    /** Watts per vCPU at 0 % and 100 % load, what they are for ("Cascade Lake") and their source. */
    public record Coefficients(String label, double minWatts, double maxWatts, String source) {
        public Coefficients {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(source, "source");
            if (!(minWatts >= 0 && maxWatts >= minWatts)) {
                throw new IllegalArgumentException("need 0 <= min <= max watts per vCPU, got " + minWatts + ", " + maxWatts);
            }
        }

        /** "0.64–3.97", as notes and descriptions write the range. */
        public String range() { return Figures.format(minWatts, 2) + "–" + Figures.format(maxWatts, 2); }
    }

    public VcpuLinearModel {
        Objects.requireNonNull(coefficients, "coefficients");
        if (vcpus < 1) throw new IllegalArgumentException("vCPUs must be at least 1, got " + vcpus);
    }

    /** The fallback of a provider CCF covers ({@code aws}, {@code gcp}, {@code azure}, any case); empty otherwise. */
    public static Optional<Coefficients> forProvider(String provider) {
        return switch (provider.toLowerCase(Locale.ROOT)) {
            case "aws" -> Optional.of(AWS);
            case "gcp" -> Optional.of(GCP);
            case "azure" -> Optional.of(AZURE);
            default -> Optional.empty();
        };
    }

    /** The formula: vCPUs × (min + u × (max − min)) watts. */
    public static double watts(double minWatts, double maxWatts, int vcpus, double utilisation) {
        if (!(utilisation >= 0 && utilisation <= 1)) {
            throw new IllegalArgumentException("utilisation must be in 0..1, got " + utilisation);
        }
        return vcpus * (minWatts + utilisation * (maxWatts - minWatts));
    }

    @Override
    public String name() { return NAME; }

    @Override
    public String method() {
        return NAME + " min=" + Figures.shortest(coefficients.minWatts()) + "W max=" + Figures.shortest(coefficients.maxWatts())
                + "W vcpus=" + vcpus;
    }

    @Override
    public String describe() {
        return "P = vCPUs × (min + u × (max − min)), Cloud Carbon Footprint's per-vCPU coefficients for "
                + coefficients.label() + " (" + coefficients.range() + " W per vCPU; " + coefficients.source() + "), "
                + vcpus + (vcpus == 1 ? " vCPU" : " vCPUs");
    }

    @Override
    public Power power(double utilisation) {
        return Power.ofWatts(watts(coefficients.minWatts(), coefficients.maxWatts(), vcpus, utilisation));
    }

    /** Shortest exact decimal: 0.74, 3.5, 1. */
}

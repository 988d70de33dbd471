package io.wattprint.core.method;

/**
 * The Green Algorithms calculator (Lannelongue, Grealey and Inouye, "Green Algorithms:
 * Quantifying the Carbon Footprint of Computation", Advanced Science 2021):
 * <pre>
 *   E (kWh) = t (h) × (n_c × P_c × u_c + n_m × P_m) × PUE × PSF × 0.001
 * </pre>
 * with n_c cores (or GPUs) of P_c W each at usage u_c, n_m GB of memory at P_m W/GB, and
 * the pragmatic scaling factor PSF (how many times the job was run). Plain arithmetic on
 * doubles in the paper's order, so that its worked examples reproduce to the stated digits.
 */
public final class GreenAlgorithms {
    /** Memory power per GB used by Green Algorithms (DOMAIN.md §1, "Memory"). */
    public static final double MEMORY_WATTS_PER_GB = 0.3725;

    private GreenAlgorithms() {}

    /** Energy with the default memory power (0.3725 W/GB) and a PSF of 1 (one run). */
    public static double energyKwh(double hours, int cores, double coreWatts, double usage, double memoryGb, double pue) {
        return energyKwh(hours, cores, coreWatts, usage, memoryGb, MEMORY_WATTS_PER_GB, pue, 1);
    }

    /** Facility energy in kWh of a job, PUE and PSF included. */
    public static double energyKwh(double hours, int cores, double coreWatts, double usage, double memoryGb,
                                   double memoryWattsPerGb, double pue, double psf) {
        positive("hours", hours);
        if (cores < 0) throw new IllegalArgumentException("number of cores must not be negative, got " + cores);
        notNegative("core power (W)", coreWatts);
        if (!Double.isFinite(usage) || usage < 0 || usage > 1) {
            throw new IllegalArgumentException("core usage must be between 0 and 1, got " + usage);
        }
        notNegative("memory (GB)", memoryGb);
        notNegative("memory power (W/GB)", memoryWattsPerGb);
        if (!Double.isFinite(pue) || pue < 1.0 || pue > 5.0) {
            throw new IllegalArgumentException("PUE must be between 1.0 and 5.0, got " + pue);
        }
        if (!Double.isFinite(psf) || psf < 1) {
            throw new IllegalArgumentException("PSF (number of runs) must be at least 1, got " + psf);
        }
        return hours * (cores * coreWatts * usage + memoryGb * memoryWattsPerGb) * pue * psf * 0.001;
    }

    /** Emissions in grams of CO2e: energy (kWh) × carbon intensity (gCO2e/kWh). */
    public static double gramsCo2e(double energyKwh, double gramsPerKwh) {
        notNegative("energy (kWh)", energyKwh);
        notNegative("carbon intensity (gCO2e/kWh)", gramsPerKwh);
        return energyKwh * gramsPerKwh;
    }

    private static void positive(String what, double v) {
        if (!Double.isFinite(v) || v <= 0) throw new IllegalArgumentException(what + " must be greater than 0, got " + v);
    }

    private static void notNegative(String what, double v) {
        if (!Double.isFinite(v) || v < 0) throw new IllegalArgumentException(what + " must be finite and not negative, got " + v);
    }
}

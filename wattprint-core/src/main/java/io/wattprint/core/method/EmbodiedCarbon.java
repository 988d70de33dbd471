package io.wattprint.core.method;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.Explanation;
import io.wattprint.core.quantity.Co2e;
import java.util.Objects;

/**
 * The embodied emissions (SCI "M") a workload is charged for the hardware it reserved, from
 * the Software Carbon Intensity specification (Green Software Foundation, ISO/IEC 21031:2024):
 * <pre>
 *   M = TE × (TiR / EL) × (RR / ToR)
 * </pre>
 * TE the hardware's total embodied emissions, TiR the time it was reserved, EL its expected
 * lifetime, RR the resources reserved (e.g. 2 of 16 vCPUs, 1 of 8 GPUs) and ToR the total.
 * The two shares amortise manufacture over the life and over the tenants of the hardware.
 */
public record EmbodiedCarbon(Co2e totalEmbodied, double lifetimeHours, double reservedHours,
                             double resourcesReserved, double totalResources) {
    /** Hours in a year as the SCI worked examples count them: 365 × 24, so 4 years = 35,040 h. */
    public static final double HOURS_PER_YEAR = 8_760d;

    public EmbodiedCarbon {
        Objects.requireNonNull(totalEmbodied, "total embodied emissions (TE)");
        if (!Double.isFinite(lifetimeHours) || lifetimeHours <= 0) {
            throw new IllegalArgumentException("expected lifetime (EL) must be more than 0 hours, got " + lifetimeHours);
        }
        if (!Double.isFinite(reservedHours) || reservedHours < 0) {
            throw new IllegalArgumentException("time reserved (TiR) must be 0 hours or more, got " + reservedHours);
        }
        if (!Double.isFinite(totalResources) || totalResources <= 0) {
            throw new IllegalArgumentException("total resources (ToR) must be more than 0, got " + totalResources);
        }
        if (!Double.isFinite(resourcesReserved) || resourcesReserved <= 0 || resourcesReserved > totalResources) {
            throw new IllegalArgumentException("resources reserved (RR) must be more than 0 and at most the total ("
                    + Figures.plain(totalResources, 9) + "), got " + resourcesReserved);
        }
    }

    /** TE in kilograms, the lifetime in years of {@link #HOURS_PER_YEAR}, and RR/ToR given as one share in (0, 1]. */
    public static EmbodiedCarbon ofShare(double totalKg, double lifetimeYears, double reservedHours, double share) {
        if (!Double.isFinite(totalKg) || totalKg < 0) {
            throw new IllegalArgumentException("total embodied emissions (TE) must be 0 kg or more, got " + totalKg);
        }
        if (!Double.isFinite(lifetimeYears) || lifetimeYears <= 0) {
            throw new IllegalArgumentException("expected lifetime (EL) must be more than 0 years, got " + lifetimeYears);
        }
        return new EmbodiedCarbon(Co2e.ofKilograms(totalKg), lifetimeYears * HOURS_PER_YEAR, reservedHours, share, 1);
    }

    public double timeShare() { return reservedHours / lifetimeHours; }

    public double resourceShare() { return resourcesReserved / totalResources; }

    /** M: the share of TE charged to the reservation. */
    public Co2e amortised() { return totalEmbodied.times(timeShare() * resourceShare()); }

    public Explanation explain() {
        return Explanation.builder("M (embodied)", Figures.plain(amortised().grams(), 6) + " gCO2e")
                .formula("TE × (TiR / EL) × (RR / ToR)")
                .input("TE (total embodied)", Figures.plain(totalEmbodied.kilograms(), 6) + " kgCO2e", null)
                .input("TiR (time reserved)", Figures.plain(reservedHours, 6) + " h", null)
                .input("EL (expected lifetime)", Figures.plain(lifetimeHours, 6) + " h", null)
                .input("RR / ToR (resources reserved / total)",
                        Figures.plain(resourcesReserved, 6) + " / " + Figures.plain(totalResources, 6), null)
                .note("SCI embodied emissions, Green Software Foundation SCI specification (ISO/IEC 21031:2024)")
                .build();
    }
}

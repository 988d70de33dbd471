package io.wattprint.core.method;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.Explanation;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import java.util.Objects;

/**
 * A footprint for planning, or for work that was never metered, in the manner of the ML CO2
 * Impact calculator (Lacoste et al. 2019):
 * <pre>
 *   IT energy (kWh)       = N × P (W) × U × H / 1000
 *   facility energy (kWh) = IT energy × PUE
 *   kgCO2e                = facility energy × grid factor (g/kWh) / 1000
 * </pre>
 * N accelerators drawing P watts (the TDP unless measured otherwise) at utilisation U for H
 * hours. U defaults to 1.0: the device at its TDP the whole time, the ML CO2 Impact
 * convention and an upper-bound style assumption (measured training draws less). The figures
 * are computed once, in that order, on doubles, so a hand calculation reproduces them exactly.
 */
public record PlanningEstimate(String hardware, int count, double powerWatts, String powerSource,
                               double utilisation, String utilisationBasis, double hours,
                               PueAssumption pue, EmissionFactor factor, Integer yearOfUse) {

    /** Utilisation when none is given: TDP at full use (ML CO2 Impact). */
    public static final double DEFAULT_UTILISATION = 1.0;
    public static final String DEFAULT_UTILISATION_BASIS =
            "default: TDP at full use (ML CO2 Impact convention), an upper-bound style assumption";

    public PlanningEstimate {
        Objects.requireNonNull(hardware, "hardware");
        Objects.requireNonNull(powerSource, "powerSource");
        Objects.requireNonNull(utilisationBasis, "utilisationBasis");
        Objects.requireNonNull(pue, "pue");
        Objects.requireNonNull(factor, "factor");
        if (hardware.isBlank()) throw new IllegalArgumentException("hardware must be named");
        if (count < 1) throw new IllegalArgumentException("count must be at least 1, got " + count);
        if (!Double.isFinite(powerWatts) || powerWatts <= 0) {
            throw new IllegalArgumentException("power must be greater than 0 W, got " + powerWatts);
        }
        if (!Double.isFinite(utilisation) || utilisation <= 0 || utilisation > 1) {
            throw new IllegalArgumentException("utilisation must be greater than 0 and at most 1, got " + utilisation);
        }
        if (!Double.isFinite(hours) || hours <= 0) {
            throw new IllegalArgumentException("hours must be greater than 0, got " + hours);
        }
    }

    public static Builder builder(String hardware) { return new Builder(hardware); }

    /** IT energy in kWh: N × P × U × H / 1000. */
    public double energyKwh() { return count * powerWatts * utilisation * hours / 1000; }

    /** Facility energy in kWh: IT energy × PUE. */
    public double facilityEnergyKwh() { return energyKwh() * pue.pue().value(); }

    /** Location-based emissions in kg: facility energy × g/kWh / 1000. */
    public double co2eKg() { return facilityEnergyKwh() * factor.intensity().gramsPerKwh() / 1000; }

    public Energy energy() { return Energy.ofKilowattHours(energyKwh()); }

    public Energy facilityEnergy() { return Energy.ofKilowattHours(facilityEnergyKwh()); }

    public Co2e co2e() { return Co2e.ofKilograms(co2eKg()); }

    /** A note when the factor's year is not the year the energy is (to be) used, else null. */
    public String factorYearNote() {
        if (yearOfUse == null || factor.year() == yearOfUse) return null;
        return "factor year " + factor.year() + " applied to " + yearOfUse
                + (factor.year() < yearOfUse ? " (latest published year for " + factor.zone() + ")" : "");
    }

    public Explanation explain() {
        Explanation it = Explanation.builder("IT energy", kwh(energyKwh()))
                .formula("N × P × U × H / 1000 (ML CO2 Impact)")
                .input("accelerators (N)", count + " × " + hardware, null)
                .input("power per accelerator (P)", Figures.format(powerWatts, 3) + " W", powerSource)
                .input("utilisation (U)", Figures.format(utilisation, 3), utilisationBasis)
                .input("hours (H)", Figures.format(hours, 6), null)
                .note("estimated, not measured: a planning figure")
                .build();
        Explanation facility = Explanation.builder("facility energy", kwh(facilityEnergyKwh()))
                .formula("IT energy × PUE")
                .input("PUE", pue.pue().toString(), pue.basis())
                .build();
        Explanation.Builder b = Explanation.builder("kgCO2e (location-based, estimated)", Figures.format(co2eKg(), 9))
                .formula("facility energy × grid factor / 1000")
                .input("grid factor", factor.citation(), null);
        String note = factorYearNote();
        if (note != null) b.note(note);
        return b.part(it).part(facility).build();
    }

    private static String kwh(double v) { return Figures.format(v, 9) + " kWh"; }

    public static final class Builder {
        private final String hardware;
        private int count = 1;
        private double powerWatts = Double.NaN;
        private String powerSource;
        private double utilisation = DEFAULT_UTILISATION;
        private String utilisationBasis = DEFAULT_UTILISATION_BASIS;
        private double hours = Double.NaN;
        private PueAssumption pue = PueAssumption.notApplied();
        private EmissionFactor factor;
        private Integer yearOfUse;

        private Builder(String hardware) { this.hardware = hardware; }

        public Builder count(int n) { count = n; return this; }
        /** Power per accelerator and where it comes from (a datasheet TDP, a measurement, a user's figure). */
        public Builder power(double watts, String source) { powerWatts = watts; powerSource = source; return this; }
        public Builder utilisation(double u, String basis) { utilisation = u; utilisationBasis = basis; return this; }
        public Builder hours(double h) { hours = h; return this; }
        public Builder pue(PueAssumption p) { pue = p; return this; }
        public Builder factor(EmissionFactor f) { factor = f; return this; }
        /** The year the energy is used, to disclose a factor of another year. */
        public Builder yearOfUse(int year) { yearOfUse = year; return this; }

        public PlanningEstimate build() {
            return new PlanningEstimate(hardware, count, powerWatts, powerSource, utilisation, utilisationBasis,
                    hours, pue, factor, yearOfUse);
        }
    }
}

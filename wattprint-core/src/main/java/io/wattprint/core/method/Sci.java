package io.wattprint.core.method;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.Explanation;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import java.util.Objects;

/**
 * A Software Carbon Intensity score (Green Software Foundation, ISO/IEC 21031:2024):
 * <pre>
 *   SCI = ((E × I) + M) / R
 * </pre>
 * E the energy in kWh including facility overhead, I the location-based grid intensity in
 * gCO2e/kWh, M the embodied emissions in g ({@link EmbodiedCarbon}), R the functional units.
 * {@code operationalGrams} and {@code embodiedGrams} are totals over R; {@code sciGrams} is per unit.
 */
public record Sci(double operationalGrams, double embodiedGrams, double sciGrams, FunctionalUnit per,
                  Explanation explanation) {
    /** Why I is location-based only: the specification excludes market instruments. */
    static final String LOCATION_BASED_ONLY = "I is a location-based (grid average) intensity only: the SCI "
            + "specification does not let market-based instruments (RECs, GOs, PPAs) or offsets lower the score";

    public Sci {
        Objects.requireNonNull(per, "per");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The score with M amortised from hardware records; M's own explanation is kept as a part. */
    public static Sci compute(Energy energy, CarbonIntensity intensity, EmbodiedCarbon embodied, FunctionalUnit per) {
        return compute(energy, intensity, embodied.amortised(), embodied.explain(), per);
    }

    /** The score with M given directly. */
    public static Sci compute(Energy energy, CarbonIntensity intensity, Co2e embodied, FunctionalUnit per) {
        Explanation m = Explanation.builder("M (embodied)", Figures.plain(embodied.grams(), 6) + " gCO2e")
                .note("given, not amortised here").build();
        return compute(energy, intensity, embodied, m, per);
    }

    private static Sci compute(Energy energy, CarbonIntensity intensity, Co2e embodied, Explanation m, FunctionalUnit per) {
        Objects.requireNonNull(energy, "energy (E)");
        Objects.requireNonNull(intensity, "intensity (I)");
        Objects.requireNonNull(per, "functional unit (R)");
        double operational = intensity.times(energy).grams();
        double total = operational + embodied.grams();
        double score = total / per.count();

        Explanation o = Explanation.builder("E × I (operational)", Figures.plain(operational, 6) + " gCO2e")
                .formula("E × I")
                .input("E (energy incl. facility overhead)", Figures.plain(energy.kilowattHours(), 9) + " kWh", null)
                .input("I (grid intensity, location-based)", Figures.plain(intensity.gramsPerKwh(), 6) + " gCO2e/kWh", null)
                .build();
        Explanation e = Explanation.builder("SCI", Figures.plain(score, 6) + " gCO2e per " + per.name())
                .formula("((E × I) + M) / R")
                .input("(E × I) + M", Figures.plain(total, 6) + " gCO2e", null)
                .input("R (functional units)", per.toString(), null)
                .note(LOCATION_BASED_ONLY)
                .note("Software Carbon Intensity specification, Green Software Foundation (ISO/IEC 21031:2024)")
                .part(o).part(m)
                .build();
        return new Sci(operational, embodied.grams(), score, per, e);
    }
}

package io.wattprint.cli.runs;

import io.wattprint.cli.NumberArg;
import io.wattprint.cli.UserException;
import io.wattprint.core.method.FunctionalUnit;
import io.wattprint.core.method.Metrics;
import io.wattprint.core.method.Sci;
import io.wattprint.core.model.Run;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import io.wattprint.ledger.StoredFootprint;
import io.wattprint.report.view.SciView;
import java.util.Optional;

/**
 * {@code runs show --per inferences=N}: the run's SCI per functional unit and energy per 1,000
 * units. E is the run's facility energy, I its stored location-based CO2e / E (the factor itself
 * for an annual factor; the energy-weighted mean of an hourly series), M its embodied line (0
 * without a hardware record for its host).
 */
record PerUnit(Sci sci, Energy itPerThousand, boolean hasEmbodied) {

    static FunctionalUnit parse(String text) {
        int eq = text == null ? -1 : text.indexOf('=');
        if (eq > 0) {
            try {
                double n = Double.parseDouble(text.substring(eq + 1).strip());
                String name = text.substring(0, eq).strip();
                if (!name.isEmpty() && Double.isFinite(n) && n > 0) {
                    return new FunctionalUnit(NumberArg.check("--per", n, NumberArg.FUNCTIONAL_UNITS), name);
                }
            } catch (NumberFormatException e) {
                // The message below says what is expected.
            }
        }
        throw UserException.usage("invalid value for --per: '" + text + "' (expected NAME=N with N more than 0, e.g. inferences=1000)");
    }

    static PerUnit of(Run run, StoredFootprint f, Optional<EmbodiedLine> embodied, FunctionalUnit per) {
        if (f == null || f.co2e() == null || f.facilityEnergy().joules() <= 0) {
            throw UserException.usage("--per needs the run's location-based CO2e and energy, and run " + run.id() + " has "
                    + (f == null ? "no footprint yet" : f.co2e() == null ? "no CO2e (location unknown or no factor)" : "no energy"));
        }
        CarbonIntensity i = CarbonIntensity.ofGramsPerKwh(f.co2e().grams() / f.facilityEnergy().kilowattHours());
        Co2e m = embodied.map(e -> e.embodied().embodied()).orElse(Co2e.ZERO);
        Sci sci = Sci.compute(f.facilityEnergy(), i, m, per);
        double n = per.count();
        Energy per1k = n == Math.rint(n) && n < 1e15 ? Metrics.energyPerThousandInferences(f.itEnergy(), (long) n)
                : f.itEnergy().times(1_000d / n); // the same E / N × 1000 for a fractional R
        return new PerUnit(sci, per1k, embodied.isPresent());
    }

    SciView view() { return SciView.of(sci, itPerThousand); }
}

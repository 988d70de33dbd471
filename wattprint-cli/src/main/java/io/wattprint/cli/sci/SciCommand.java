package io.wattprint.cli.sci;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.wattprint.cli.Cli;
import io.wattprint.cli.NumberArg.Range;
import io.wattprint.cli.NumberArg;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Json;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.method.EmbodiedCarbon;
import io.wattprint.core.method.FunctionalUnit;
import io.wattprint.core.method.Sci;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wattprint sci}: a Software Carbon Intensity score from figures the user gives, for
 * planning and for workloads that were never metered. The arithmetic is in
 * {@link Sci} and {@link EmbodiedCarbon}; this class checks the options and prints.
 */
@Command(name = "sci", sortOptions = false, mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {
            "Software Carbon Intensity (GSF, ISO/IEC 21031:2024): SCI = ((E × I) + M) / R, "
                    + "with M = TE × (TiR / EL) × (RR / ToR).",
            "I is a location-based grid intensity: market instruments (RECs, PPAs) cannot lower an SCI score."
        })
public final class SciCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--energy-kwh", required = true, paramLabel = "E",
            description = "Energy in kWh, facility overhead included (IT energy × PUE).")
    double energyKwh;
    @Option(names = "--intensity", required = true, paramLabel = "G",
            description = "Location-based grid intensity I in gCO2e/kWh (see wattprint data factors).")
    double intensity;
    @Option(names = "--embodied-kg", required = true, paramLabel = "TE",
            description = "Total embodied emissions of the hardware in kgCO2e.")
    double embodiedKg;
    @Option(names = "--lifetime-years", required = true, paramLabel = "L",
            description = "Expected lifetime EL of the hardware in years of 8,760 h.")
    double lifetimeYears;
    @Option(names = "--reserved-hours", required = true, paramLabel = "T",
            description = "Time reserved TiR in hours.")
    double reservedHours;
    @Option(names = "--reserved-share", required = true, paramLabel = "S",
            description = "Share of the hardware reserved, RR / ToR, in (0, 1] (2 of 16 vCPUs: 0.125).")
    double reservedShare;
    @Option(names = "--per", required = true, paramLabel = "R",
            description = "Number of functional units R the emissions are divided by.")
    double per;
    @Option(names = "--unit", paramLabel = "NAME", defaultValue = "unit",
            description = "Name of the functional unit: inference, 1k tokens, users-hour… (default: ${DEFAULT-VALUE}).")
    String unit;
    @Option(names = "--json", description = "Print a JSON object.")
    boolean json;

    SciCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        NumberArg.check("--energy-kwh", energyKwh, Range.zeroOrMore("a number of kWh", NumberArg.MAX_KWH));
        NumberArg.check("--intensity", intensity, Range.zeroOrMore("a number of gCO2e/kWh", NumberArg.MAX_G_PER_KWH));
        NumberArg.check("--embodied-kg", embodiedKg, Range.zeroOrMore("a number of kgCO2e", NumberArg.MAX_KG));
        NumberArg.check("--lifetime-years", lifetimeYears, NumberArg.LIFETIME_YEARS);
        NumberArg.check("--reserved-hours", reservedHours, Range.zeroOrMore("a number of hours", NumberArg.MAX_HOURS));
        NumberArg.check("--reserved-share", reservedShare, Range.positive("a share", 1));
        NumberArg.check("--per", per, NumberArg.FUNCTIONAL_UNITS);
        if (unit.isBlank()) throw UserException.usage("invalid value for --unit: it must not be blank");

        EmbodiedCarbon m = EmbodiedCarbon.ofShare(embodiedKg, lifetimeYears, reservedHours, reservedShare);
        Sci sci = Sci.compute(Energy.ofKilowattHours(energyKwh), CarbonIntensity.ofGramsPerKwh(intensity), m,
                new FunctionalUnit(per, unit.strip()));
        // Computed and rendered first, printed at once: an error never follows half an answer.
        StringWriter text = new StringWriter();
        if (json) {
            Json.print(new PrintWriter(text), json(sci));
        } else {
            print(new PrintWriter(text), sci, m);
        }
        cli.out().print(text);
        cli.out().flush();
        return 0;
    }

    private void print(PrintWriter out, Sci sci, EmbodiedCarbon m) {
        FunctionalUnit r = sci.per();
        double total = sci.operationalGrams() + sci.embodiedGrams();
        out.println("SCI  " + Figures.plain(sci.sciGrams(), 6) + " gCO2e per " + r.name() + "    [((E × I) + M) / R]");
        out.printf("  E × I        %-13s  operational: %s kWh × %s gCO2e/kWh%n",
                Figures.plain(sci.operationalGrams(), 6) + " g", Figures.plain(energyKwh, 6), Figures.plain(intensity, 6));
        out.printf("  M            %-13s  embodied: %s kg × (%s h / %s h) × %s   [TE × (TiR / EL) × (RR / ToR)]%n",
                Figures.plain(sci.embodiedGrams(), 6) + " g", Figures.plain(embodiedKg, 6), Figures.plain(reservedHours, 6),
                Figures.plain(m.lifetimeHours(), 6), Figures.plain(reservedShare, 6));
        out.printf("  (E × I) + M  %s g%n", Figures.plain(total, 6));
        out.printf("  / R          %s g / %s = %s g per %s%n", Figures.plain(total, 6), r, Figures.plain(sci.sciGrams(), 6), r.name());
        out.println("  note: I is location-based: market instruments (RECs, GOs, PPAs) cannot lower an SCI score "
                + "(GSF SCI specification, ISO/IEC 21031:2024)");
        out.flush();
    }

    /** The {@code --json} object: the score, its parts, the inputs given and the formula. */
    record SciJson(double sciG, double per, String unit, double operationalG, double embodiedG, double totalG, double energyKwh,
                   @JsonProperty("intensity_g_per_kwh") double intensityGPerKwh, String intensityBasis, double embodiedTotalKg, double lifetimeYears,
                   double reservedHours, double reservedShare, String formula) {}

    private SciJson json(Sci sci) {
        return new SciJson(sci.sciGrams(), per, sci.per().name(), sci.operationalGrams(), sci.embodiedGrams(),
                sci.operationalGrams() + sci.embodiedGrams(), energyKwh, intensity, "location-based", embodiedKg, lifetimeYears,
                reservedHours, reservedShare, "SCI = ((E × I) + M) / R; M = TE × (TiR / EL) × (RR / ToR)");
    }
}

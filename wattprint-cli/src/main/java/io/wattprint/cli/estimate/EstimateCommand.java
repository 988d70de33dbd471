package io.wattprint.cli.estimate;

import io.wattprint.run.site.RunDefaults;
import io.wattprint.cli.Cli;
import io.wattprint.cli.LocationArg;
import io.wattprint.cli.NumberArg.Range;
import io.wattprint.cli.NumberArg;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Human;
import io.wattprint.cli.out.Json;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.method.PlanningEstimate;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.data.HardwareRow;
import io.wattprint.data.ReferenceData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wattprint estimate}: energy and carbon of N accelerators for H hours, for planning or for unmetered work. */
@Command(name = "estimate", sortOptions = false, mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {
            "Estimate the energy and carbon of accelerators that were not (or not yet) metered.",
            "",
            "IT energy = count × power × utilisation × hours / 1000 (ML CO2 Impact, Lacoste et al. 2019), "
                    + "facility energy = IT energy × PUE, kgCO2e = facility energy × the location's grid factor. "
                    + "The power is the GPU's TDP from the shipped hardware data unless --power-w is given; "
                    + "utilisation 1.0 (TDP at full use) is an upper-bound style default. Every figure is an estimate, not a measurement.",
            "",
            "Example:",
            "  wattprint estimate --gpu \"H100 SXM5 80GB\" --count 8 --hours 24 --location FR"
        })
public final class EstimateCommand implements Callable<Integer> {
    /** More GPUs than any one job uses; keeps count × power × hours finite. */
    private static final int MAX_COUNT = 10_000_000;
    private final Cli cli;

    @Option(names = "--gpu", required = true, paramLabel = "MODEL",
            description = "GPU model as listed by wattprint data hardware --kind gpu (or as nvidia-smi names it).")
    String gpu;
    @Option(names = "--count", paramLabel = "N", defaultValue = "1", description = "Number of GPUs, at least 1 (default: ${DEFAULT-VALUE}).")
    int count;
    @Option(names = "--hours", required = true, paramLabel = "H", description = "Hours each GPU runs, greater than 0.")
    double hours;
    @Option(names = "--location", paramLabel = "ZONE|CLOUD-REGION",
            description = "Grid zone (FR, US-EGRID-CAMX) or cloud region (aws:eu-west-1). Default: $WATTPRINT_LOCATION.")
    String location;
    @Option(names = "--power-w", paramLabel = "W", description = "Power per GPU in watts, greater than 0 (default: the GPU's TDP from the shipped data).")
    Double powerW;
    @Option(names = {"--utilisation", "--utilization"}, paramLabel = "U",
            description = "Share of the power drawn on average, greater than 0 and at most 1 (default: 1.0, TDP at full use).")
    Double utilisation;
    @Option(names = "--pue", paramLabel = "PUE",
            description = "Facility PUE to apply (1.0–5.0). Default: the provider's published PUE for a cloud region, else not applied.")
    Double pue;
    @Option(names = "--json", description = "Print the estimate as JSON.")
    boolean json;

    EstimateCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        checkOptions();
        ReferenceData data = cli.data();
        Optional<HardwareRow> row = GpuArg.find(data.hardware(), gpu);
        if (row.isEmpty() && powerW == null) throw GpuArg.unknown(data.hardware(), gpu);
        Location where = LocationArg.resolve(cli, data, location, false);
        if (!where.isKnown()) {
            throw UserException.usage("missing --location (a grid zone such as FR or a cloud region such as aws:eu-west-1; "
                    + "or set WATTPRINT_LOCATION)");
        }
        Instant now = cli.clock().instant();
        int year = now.atZone(ZoneOffset.UTC).getYear();
        PueAssumption pueUsed = pue != null ? RunDefaults.givenPue(pue, "given with --pue") : RunDefaults.pue(data, where, year);
        EmissionFactor factor = data.grid().factorFor(where.zone(), now).orElseThrow(() -> UserException.usage(
                "no emission factor for zone " + where.zone() + " (see wattprint data factors)"));

        PlanningEstimate.Builder b = PlanningEstimate.builder(row.map(HardwareRow::model).orElse(gpu.trim()))
                .count(count).hours(hours).pue(pueUsed).factor(factor).yearOfUse(year);
        b.power(powerW != null ? powerW : row.get().tdpWatts(), powerSource(data, row));
        if (utilisation != null) b.utilisation(utilisation, "given with --utilisation");
        PlanningEstimate e = b.build();

        // Everything is computed and rendered before the first character is printed: nothing half-printed.
        StringWriter text = new StringWriter();
        if (json) {
            Json.print(new PrintWriter(text), EstimateJson.of(e, where, data.version()));
        } else {
            print(new PrintWriter(text), e, where);
        }
        cli.out().print(text);
        cli.out().flush();
        return 0;
    }

    /** Each bad value names its option and the range it expects; checked before any data is read. */
    private void checkOptions() {
        NumberArg.check("--count", count, 1, MAX_COUNT, "a whole number of GPUs");
        NumberArg.check("--hours", hours, Range.positive("a number of hours", NumberArg.MAX_HOURS));
        NumberArg.check("--power-w", powerW, Range.positive("watts per GPU", NumberArg.MAX_WATTS));
        NumberArg.check("--utilisation", utilisation, Range.positive("a share of the power", 1));
        NumberArg.check("--pue", pue, NumberArg.PUE);
    }

    private String powerSource(ReferenceData data, Optional<HardwareRow> row) {
        if (powerW != null) {
            return "given with --power-w" + row.map(r -> " (catalogue TDP of " + r.model() + ": "
                    + Figures.format(r.tdpWatts(), 0) + " W)").orElse("");
        }
        HardwareRow r = row.orElseThrow();
        return "TDP, " + data.version() + " hardware catalogue: " + RunDefaults.shortSource(r.source());
    }

    private static void print(PrintWriter w, PlanningEstimate e, Location where) {
        EmissionFactor f = e.factor();
        w.println("wattprint: planning estimate — estimated, not measured (ML CO2 Impact: count × power × utilisation × hours)");
        w.printf("  %-22s %d × %s at %s W each%n", "hardware", e.count(), e.hardware(), Figures.shortest(e.powerWatts()));
        w.printf("    %-20s %s%n", "power source", e.powerSource());
        w.printf("  %-22s %s — %s%n", "utilisation", Figures.format(e.utilisation(), 3), e.utilisationBasis());
        w.printf("  %-22s %s%n", "hours", Figures.shortest(e.hours()));
        w.printf("  %-22s %s%n", "IT energy", Human.energy(e.energy()));
        w.printf("  %-22s %s  PUE %s — %s%n", "facility energy", Human.energy(e.facilityEnergy()), e.pue().pue(), e.pue().basis());
        w.printf("  %-22s %s CO2e (%s)%n", "location-based", Human.co2e(e.co2e()), where.label());
        w.printf("    %-20s %s gCO2e/kWh, zone %s, year %d, %s%n", "factor", Figures.format(f.intensity().gramsPerKwh(), 1),
                f.zone(), f.year(), RunDefaults.shortSource(f.source()));
        if (e.factorYearNote() != null) w.println("  note: " + e.factorYearNote());
        w.flush();
    }
}

package io.wattprint.cli.facility;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.cli.out.Terminal;
import io.wattprint.core.facility.Facility;
import io.wattprint.core.facility.FacilityWarning;
import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.facility.PuePeriod;
import io.wattprint.core.figure.Figures;
import io.wattprint.ledger.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wattprint facility show NAME}: a facility with its PUE periods and meter readings. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a facility, its PUE periods and its meter readings.")
public final class FacilityShowCommand implements Callable<Integer> {
    private final Cli cli;

    @Parameters(index = "0", paramLabel = "NAME", description = "The facility.")
    String name;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;

    FacilityShowCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        String n = FacilityArgs.name(name);
        try (Ledger ledger = FacilityArgs.existingLedger(cli, ledgerOption.db, n)) {
            Facility f = FacilityArgs.require(ledger, n);
            List<PuePeriod> pues = ledger.facilities().pues(n);
            List<MeterReading> readings = ledger.facilities().readings(n);
            List<FacilityWarning> warnings = new ArrayList<>();
            pues.forEach(p -> p.shortPeriodWarning().ifPresent(warnings::add));
            if (json) {
                Json.print(cli.out(), toJson(f, pues, readings, warnings));
                return 0;
            }
            var out = cli.out();
            out.println("facility " + f.name() + "  zone " + f.zone() + (f.description() == null ? "" : "  — " + Terminal.safe(f.description())));
            out.println();
            if (pues.isEmpty()) {
                out.println("PUE: none on record (add one with wattprint facility pue " + n + ")");
            } else {
                Table t = new Table("PUE PERIOD", "FROM (UTC)", "TO (UTC, excl.)", ">PUE", "BASIS", "SOURCE");
                for (PuePeriod p : pues) {
                    t.row(p.period().label(), p.period().from(), p.period().to(), p.pue(), p.how(), p.source());
                }
                t.print(out);
            }
            out.println();
            if (readings.isEmpty()) {
                out.println("meter readings: none on record (add one with wattprint facility reading " + n + ")");
            } else {
                Table t = new Table("READING PERIOD", "KIND", "BOUNDARY", ">kWh", "SOURCE");
                for (MeterReading r : readings) {
                    t.row(r.period().label(), r.kind().label(), r.kind().boundary().name().toLowerCase(java.util.Locale.ROOT),
                            Figures.plain(r.energy().kilowattHours(), 3), r.source());
                }
                t.print(out);
            }
            if (!warnings.isEmpty()) out.println();
            FacilityArgs.printWarnings(out, warnings);
            return 0;
        }
    }

    /** The {@code --json} object: the facility, its PUE periods, its meter readings and the warnings about them. */
    record ShowJson(String name, String zone, String description, List<PuePeriodJson> pue, List<FacilityJson.ReadingJson> meterReadings,
                    List<FacilityJson.WarningJson> warnings) {}

    /** One PUE period on record. */
    record PuePeriodJson(String period, String from, String to, double pue, String basis, Integer category, String source) {
        static PuePeriodJson of(PuePeriod p) {
            return new PuePeriodJson(p.period().label(), p.period().from().toString(), p.period().to().toString(), p.pue().value(),
                    p.basis().label(), p.category(), p.source());
        }
    }

    private static ShowJson toJson(Facility f, List<PuePeriod> pues, List<MeterReading> readings, List<FacilityWarning> warnings) {
        return new ShowJson(f.name(), f.zone(), f.description(), pues.stream().map(PuePeriodJson::of).toList(),
                readings.stream().map(FacilityJson::reading).toList(), FacilityJson.warnings(warnings));
    }
}

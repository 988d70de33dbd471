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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private static Map<String, Object> toJson(Facility f, List<PuePeriod> pues, List<MeterReading> readings,
                                              List<FacilityWarning> warnings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("zone", f.zone());
        m.put("description", f.description());
        List<Map<String, Object>> ps = new ArrayList<>();
        for (PuePeriod p : pues) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("period", p.period().label());
            x.put("from", p.period().from().toString());
            x.put("to", p.period().to().toString());
            x.put("pue", p.pue().value());
            x.put("basis", p.basis().label());
            x.put("category", p.category());
            x.put("source", p.source());
            ps.add(x);
        }
        m.put("pue", ps);
        List<Map<String, Object>> rs = new ArrayList<>();
        for (MeterReading r : readings) rs.add(FacilityJson.reading(r));
        m.put("meter_readings", rs);
        m.put("warnings", FacilityJson.warnings(warnings));
        return m;
    }
}

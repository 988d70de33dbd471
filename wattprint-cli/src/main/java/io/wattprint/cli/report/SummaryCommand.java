package io.wattprint.cli.report;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.TimeArg;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Csv;
import io.wattprint.cli.out.Table;
import io.wattprint.core.figure.Figures;
import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportJson;
import io.wattprint.report.summary.Summary;
import io.wattprint.report.summary.SummaryData;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattprint report summary}: kWh and kgCO2e by project, team, model or phase. */
@Command(name = "summary", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Energy and location-based emissions of the runs in a period, grouped by one attribute.",
            "",
            "The TOTAL line is the exact sum rounded half-up (to --decimals, or to keep 3 significant digits of "
                    + "the smallest column total) and the groups are rounded by largest remainder to add up to it as "
                    + "printed; a group that is not 0 but rounds to 0 shows its first 3 significant digits. "
                    + "kgCO2e covers runs with a CO2e figure; NO_CO2E counts the others (location unknown, no factor "
                    + "for the zone, or the run not closed yet — their energy is still counted when known).",
            "",
            "Emissions reported by cloud providers (wattprint ingest aws-carbon, gcp-carbon, azure-carbon) follow in a "
                    + "block of their own, per account/project with --by project, per provider otherwise: whole rows whose "
                    + "usage period overlaps --from/--to, the newest model version of each period. They are NOT added to "
                    + "the TOTAL of the runs (a provider's figure already contains the runs on its machines) and have a "
                    + "total per scope and method of their own; providers report no energy (n/a)."
        })
public final class SummaryCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--by", required = true, paramLabel = "ATTRIBUTE", description = "project, team, model or phase.")
    String by;
    @Option(names = "--from", paramLabel = "TIME", description = "Runs started at or after TIME (2026-11-01, 2026-11-01T10:00Z, 30d).")
    String from;
    @Option(names = "--to", paramLabel = "TIME", description = "Runs started before TIME.")
    String to;
    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    String format;
    @Option(names = "--json", description = "Same as --format json.")
    boolean json;
    @Option(names = "--decimals", paramLabel = "N",
            description = "Decimals of kWh and kg (3–12). Default: enough for 3 significant digits of the smallest figure.")
    Integer decimals;
    @Mixin
    LedgerOption ledgerOption;

    SummaryCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        Summary.By groupBy = parseBy(by);
        String fmt = json ? "json" : format.toLowerCase(Locale.ROOT);
        if (!List.of("table", "csv", "json").contains(fmt)) {
            throw UserException.usage("invalid value for --format: '" + format + "' (expected table, csv or json)");
        }
        if (decimals != null && (decimals < Summary.MIN_DECIMALS || decimals > Summary.MAX_DECIMALS)) {
            throw UserException.usage("invalid value for --decimals: " + decimals + " (expected 3 to 12)");
        }
        Instant fromT = TimeArg.parse("--from", from, cli.clock());
        Instant toT = TimeArg.parse("--to", to, cli.clock());
        if (fromT != null && toT != null && !toT.isAfter(fromT)) {
            throw UserException.usage("--to (" + toT + ") must be after --from (" + fromT + ")");
        }
        SummaryData data;
        Optional<Ledger> existing = cli.openExistingLedger(ledgerOption.db);
        if (existing.isPresent()) {
            try (Ledger ledger = existing.get()) {
                data = SummaryData.read(ledger, groupBy, decimals, fromT, toT);   // the server's /api/v1/summary too
            }
        } else {
            data = SummaryData.of(List.of(), List.of(), groupBy, decimals, fromT, toT);
        }
        PrintWriter out = cli.out();
        switch (fmt) {
            case "json" -> out.println(ReportJson.text(data));
            case "csv" -> printCsv(out, data);
            default -> printTable(out, data);
        }
        out.flush();
        return 0;
    }

    private static void printCsv(PrintWriter out, SummaryData d) {
        Csv.line(out, List.of(d.by(), "runs", "energy_kwh", "facility_energy_kwh", "co2e_kg", "runs_without_co2e", "measured_kwh"));
        for (SummaryData.Group g : d.groups()) Csv.line(out, cells(g));
        Csv.line(out, cells(d.total()));
        if (d.cloudReported().isEmpty()) return;
        // A second table after an empty line: what providers reported, never in the TOTAL above.
        out.print("\r\n");
        Csv.line(out, List.of("reported_by", "account_project", "scope", "energy_kwh", "co2e_kg", "period", "provenance", "note"));
        String note = d.cloudReportedNote() == null ? "" : d.cloudReportedNote();
        for (SummaryData.Reported l : d.cloudReported()) {
            Csv.line(out, List.of(l.provider(), l.accountProject(), l.figure(), "n/a", kg(l), l.period(), l.provenance(), note));
        }
        for (SummaryData.ReportedTotal t : d.cloudReportedTotals()) {
            Csv.line(out, List.of("TOTAL", "", t.figure(), "n/a", kg(t), "", "", "not added to the runs' TOTAL"));
        }
    }

    private static void printTable(PrintWriter out, SummaryData d) {
        Table t = new Table(d.by().toUpperCase(Locale.ROOT), ">RUNS", ">ENERGY kWh", ">FACILITY kWh", ">kgCO2e", ">NO_CO2E",
                ">MEASURED kWh");
        for (SummaryData.Group g : d.groups()) t.row(cells(g).toArray());
        t.row(cells(d.total()).toArray());
        t.print(out);
        if (d.cloudReported().isEmpty()) return;
        out.println();
        out.println("Reported by cloud providers (not added to the TOTAL above; each figure totalled on its own):");
        Table c = new Table("PROVIDER", "ACCOUNT/PROJECT", "SCOPE", ">ENERGY kWh", ">kgCO2e", "PERIOD", "PROVENANCE");
        for (SummaryData.Reported l : d.cloudReported()) {
            c.row(l.provider(), l.accountProject(), l.figure(), "n/a", kg(l), l.period(), l.provenance());
        }
        for (SummaryData.ReportedTotal tot : d.cloudReportedTotals()) c.row("TOTAL", "", tot.figure(), "n/a", kg(tot), "", "");
        c.print(out);
        if (d.cloudReportedNote() != null) out.println("note: " + d.cloudReportedNote());
    }

    /** A line as printed: the rounded figures, or a non-zero figure rounded to 0 with its significant digits. */
    private static List<Object> cells(SummaryData.Group g) {
        Summary.Line l = g.line(), exact = g.exact();
        return List.of(l.group(), l.runs(), Figures.format(exact.energyKwh(), l.energyKwh()),
                Figures.format(exact.facilityEnergyKwh(), l.facilityEnergyKwh()), Figures.format(exact.co2eKg(), l.co2eKg()),
                l.runsWithoutCo2e(), Figures.format(exact.measuredKwh(), l.measuredKwh()));
    }

    private static String kg(SummaryData.Reported l) { return Figures.format(l.exactCo2eKg(), l.co2eKg()); }

    private static String kg(SummaryData.ReportedTotal t) { return Figures.format(t.exactCo2eKg(), t.co2eKg()); }

    static Summary.By parseBy(String text) {
        for (Summary.By b : Summary.By.values()) {
            if (b.label().equalsIgnoreCase(text.trim())) return b;
        }
        throw UserException.usage("invalid value for --by: '" + text + "' (expected project, team, model or phase)");
    }
}

package io.wattprint.cli.report;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.TimeArg;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Csv;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.core.figure.Figures;
import io.wattprint.ledger.CloudEmissionRepository.Recorded;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import io.wattprint.report.summary.CloudReported;
import io.wattprint.report.summary.Summary;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        List<RunRecord> runs = List.of();
        List<Recorded> cloudRows = List.of();
        Optional<Ledger> existing = cli.openExistingLedger(ledgerOption.db);
        if (existing.isPresent()) {
            try (Ledger ledger = existing.get()) {
                runs = ledger.runs().list(new RunQuery(null, fromT, toT, null));
                // Periods starting before --to; those ending after --from are kept (overlap, whole rows).
                cloudRows = CloudReported.overlapping(ledger.cloudEmissions().history(null, toT), fromT, toT);
            }
        }
        Summary s = Summary.of(runs, groupBy, decimals, CloudReported.exactTotals(cloudRows));
        CloudReported cloud = CloudReported.of(cloudRows, groupBy, s.decimals());
        PrintWriter out = cli.out();
        switch (fmt) {
            case "json" -> Json.print(out, json(s, cloud, groupBy, fromT, toT));
            case "csv" -> {
                Csv.line(out, List.of(groupBy.label(), "runs", "energy_kwh", "facility_energy_kwh", "co2e_kg", "runs_without_co2e", "measured_kwh"));
                for (int i = 0; i < s.lines().size(); i++) Csv.line(out, cells(s.lines().get(i), s.exactLines().get(i)));
                Csv.line(out, cells(s.total(), s.exactTotal()));
                if (!cloud.isEmpty()) {
                    // A second table after an empty line: what providers reported, never in the TOTAL above.
                    out.print("\r\n");
                    Csv.line(out, List.of("reported_by", "account_project", "scope", "energy_kwh", "co2e_kg", "period",
                            "provenance", "note"));
                    String note = cloud.note() == null ? "" : cloud.note();
                    for (CloudReported.Line l : cloud.lines()) {
                        Csv.line(out, List.of(l.provider(), l.accountProject(), l.figure(), "n/a", kg(l),
                                l.period(), l.provenance(), note));
                    }
                    for (CloudReported.Total t : cloud.totals()) {
                        Csv.line(out, List.of("TOTAL", "", t.figure(), "n/a", kg(t), "", "",
                                "not added to the runs' TOTAL"));
                    }
                }
                out.flush();
            }
            default -> {
                Table t = new Table(groupBy.label().toUpperCase(Locale.ROOT), ">RUNS", ">ENERGY kWh", ">FACILITY kWh",
                        ">kgCO2e", ">NO_CO2E", ">MEASURED kWh");
                for (int i = 0; i < s.lines().size(); i++) t.row(cells(s.lines().get(i), s.exactLines().get(i)).toArray());
                t.row(cells(s.total(), s.exactTotal()).toArray());
                t.print(out);
                if (!cloud.isEmpty()) printCloud(out, cloud);
            }
        }
        return 0;
    }

    private static void printCloud(PrintWriter out, CloudReported cloud) {
        out.println();
        out.println("Reported by cloud providers (not added to the TOTAL above; each figure totalled on its own):");
        Table t = new Table("PROVIDER", "ACCOUNT/PROJECT", "SCOPE", ">ENERGY kWh", ">kgCO2e", "PERIOD", "PROVENANCE");
        for (CloudReported.Line l : cloud.lines()) {
            t.row(l.provider(), l.accountProject(), l.figure(), "n/a", kg(l), l.period(), l.provenance());
        }
        for (CloudReported.Total tot : cloud.totals()) {
            t.row("TOTAL", "", tot.figure(), "n/a", kg(tot), "", "");
        }
        t.print(out);
        if (cloud.note() != null) out.println("note: " + cloud.note());
        out.flush();
    }

    /** A line as printed: the rounded figures, or a non-zero figure rounded to 0 with its significant digits. */
    private static List<Object> cells(Summary.Line l, Summary.Line exact) {
        return List.of(l.group(), l.runs(), Figures.format(exact.energyKwh(), l.energyKwh()),
                Figures.format(exact.facilityEnergyKwh(), l.facilityEnergyKwh()), Figures.format(exact.co2eKg(), l.co2eKg()),
                l.runsWithoutCo2e(), Figures.format(exact.measuredKwh(), l.measuredKwh()));
    }

    private static String kg(CloudReported.Line l) { return Figures.format(l.exactCo2eKg(), l.co2eKg()); }

    private static String kg(CloudReported.Total t) { return Figures.format(t.exactCo2eKg(), t.co2eKg()); }

    private static Map<String, Object> json(Summary s, CloudReported cloud, Summary.By by, Instant from, Instant to) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("by", by.label());
        m.put("from", from == null ? null : from.toString());
        m.put("to", to == null ? null : to.toString());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Summary.Line l : s.lines()) groups.add(line(l));
        m.put("groups", groups);
        m.put("total", line(s.total()));
        m.put("decimals", s.decimals());
        m.put("rounding", "total = exact sum rounded half-up to " + s.decimals() + " decimals; groups apportioned to it by "
                + "largest remainder (they add up to the total)");
        List<Map<String, Object>> reported = new ArrayList<>();
        for (CloudReported.Line l : cloud.lines()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("provider", l.provider());
            c.put("account_project", l.accountProject());
            c.put("figure", l.figure());
            c.put("scope", l.scope());
            c.put("method", l.method());
            c.put("energy_kwh", null);
            c.put("co2e_kg", l.co2eKg());
            c.put("period_start", l.periodFrom().toString());
            c.put("period_end", l.periodTo().toString());
            c.put("rows", l.rows());
            c.put("source_kind", l.sourceKind());
            c.put("model_version", l.modelVersion());
            c.put("import_ids", l.importIds());
            c.put("provenance", l.provenance());
            reported.add(c);
        }
        m.put("cloud_reported", reported);
        List<Map<String, Object>> totals = new ArrayList<>();
        for (CloudReported.Total t : cloud.totals()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("figure", t.figure());
            c.put("co2e_kg", t.co2eKg());
            c.put("lines", t.lines());
            totals.add(c);
        }
        m.put("cloud_reported_totals", totals);
        m.put("cloud_reported_note", cloud.note());
        m.put("cloud_reported_rule", "provider-reported emissions are not added to total (they would double count the "
                + "runs on the provider's machines); totals per figure (scope and method), each the sum of its lines; "
                + "whole rows whose usage period overlaps the report's period; providers report no energy");
        return m;
    }

    private static Map<String, Object> line(Summary.Line l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group", l.group());
        m.put("runs", l.runs());
        m.put("energy_kwh", l.energyKwh());
        m.put("facility_energy_kwh", l.facilityEnergyKwh());
        m.put("co2e_kg", l.co2eKg());
        m.put("runs_without_co2e", l.runsWithoutCo2e());
        m.put("measured_kwh", l.measuredKwh());
        return m;
    }

    static Summary.By parseBy(String text) {
        for (Summary.By b : Summary.By.values()) {
            if (b.label().equalsIgnoreCase(text.trim())) return b;
        }
        throw UserException.usage("invalid value for --by: '" + text + "' (expected project, team, model or phase)");
    }
}

package io.wattprint.cli.hardware;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.PeriodArg;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Human;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.cli.out.Terminal;
import io.wattprint.cli.runs.EmbodiedLine;
import io.wattprint.cli.runs.RunView;
import io.wattprint.core.embodied.EmbodiedAmortisation.PeriodEmbodied;
import io.wattprint.core.embodied.EmbodiedAmortisation.RunEmbodied;
import io.wattprint.core.embodied.EmbodiedAmortisation;
import io.wattprint.core.embodied.HardwareRecord;
import io.wattprint.core.embodied.Reservation;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.Period;
import io.wattprint.core.model.Run;
import io.wattprint.ledger.HardwareRepository.StoredHardware;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wattprint hardware embodied ID --period P}: a machine's embodied emissions over a period,
 * per run (the part of each run inside the period) and the unallocated rest nobody reserved.
 */
@Command(name = "embodied", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "A machine's embodied emissions (Scope 3) over a period: TE × period / EL, split into each closed run's share "
                    + "(TE × (TiR / EL) × (RR / ToR), TiR its time inside the period) and the unallocated rest that no run reserved.",
            "Runs belong to the machine by host name (the record's ID); the record valid at the period's start is used."
        })
public final class HardwareEmbodiedCommand implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "ID", description = "The hardware record (the host name its runs are stored with).")
    String id;
    @Option(names = "--period", required = true, paramLabel = "PERIOD",
            description = "A year (2026), a month (2026-10) or days (2026-10-01..2026-10-15, end exclusive), UTC.")
    String period;
    @Option(names = "--json", description = "Print the result as a JSON object.")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;

    HardwareEmbodiedCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        Period p = PeriodArg.period("--period", period);
        Optional<Ledger> existing = cli.openExistingLedger(ledgerOption.db);
        if (existing.isEmpty()) throw UserException.usage("no ledger at " + cli.ledgerSpec(ledgerOption.db) + ": nothing recorded yet");
        try (Ledger ledger = existing.get()) {
            StoredHardware stored = ledger.hardware().forHost(id, p.from())
                    .orElseThrow(() -> UserException.notFound("no hardware record '" + id + "' valid at " + p.from() + " in "
                            + ledger.describe() + " (wattprint hardware list shows what is recorded)"));
            HardwareRecord hw = stored.record();
            List<Reservation> reservations = new ArrayList<>();
            Map<String, RunRecord> byId = new LinkedHashMap<>();
            int open = 0;
            for (RunRecord r : ledger.runs().list(new RunQuery(null, null, p.to(), null))) {
                Run run = r.run();
                if (!id.equals(run.host())) continue;
                if (run.end() == null) {
                    open++;
                    continue;
                }
                if (!run.end().isAfter(p.from())) continue;
                reservations.add(EmbodiedLine.reservation(hw, run, ledger.intervals().hourly(run.id())).reservation());
                byId.put(run.id(), r);
            }
            PeriodEmbodied result = EmbodiedAmortisation.perPeriod(hw, p.from(), p.to(), reservations);
            if (json) {
                Json.print(cli.out(), json(p, result, byId, open));
                return 0;
            }
            print(p, result, byId, open);
            return 0;
        }
    }

    private void print(Period p, PeriodEmbodied result, Map<String, RunRecord> byId, int open) {
        HardwareRecord hw = result.hardware();
        cli.out().println("embodied (Scope 3) of " + Terminal.safe(hw.id() + " (" + hw.model() + ")") + ", " + p.label() + " [" + p.from() + ", " + p.to() + ")");
        Table t = new Table("RUN", "WORKLOAD", ">HOURS IN PERIOD", ">" + hw.unit().label().toUpperCase(java.util.Locale.ROOT) + "S", ">gCO2e");
        for (RunEmbodied r : result.runs()) {
            RunRecord rec = byId.get(r.runId());
            t.row(RunView.shortId(r.runId()), rec.run().workload().name(), Figures.plain(r.hours(), 6),
                    Figures.plain(r.resourcesCharged(), 6), Figures.plain(r.embodied().grams(), 6));
        }
        t.row("unallocated", "(nobody reserved)", "", "", Figures.plain(result.unallocated().grams(), 6));
        t.row("TOTAL", result.runs().size() + " run(s)", "", "", Figures.plain(result.total().grams(), 6));
        t.print(cli.out());
        cli.out().println("total " + Human.co2e(result.total()) + " = TE × period / EL; reserved "
                + Figures.plain(result.reservedResourceHours(), 6) + " of " + Figures.plain(result.capacityResourceHours(), 6)
                + " " + hw.unit().label() + "-hours");
        if (open > 0) cli.out().println(Terminal.safe("note: " + open + " run(s) on " + hw.id() + " still running are not counted"));
        cli.out().println();
        cli.out().println("explanation:");
        for (String line : result.explanation().render()) cli.out().println("  " + Terminal.safe(line));
        cli.out().flush();
    }

    /** The {@code --json} object: the period's embodied total, each run's share, and what nobody reserved. */
    record PeriodJson(String hardware, String period, String from, String to, double totalG, double unallocatedG,
                      double reservedResourceHours, double capacityResourceHours, List<RunShare> runs, int openRunsNotCounted,
                      List<String> explanation) {}

    /** One run's share of the period's embodied carbon. */
    record RunShare(String runId, String workload, double hours, double resources, double embodiedG) {}

    private static PeriodJson json(Period p, PeriodEmbodied result, Map<String, RunRecord> byId, int open) {
        List<RunShare> runs = result.runs().stream().map(r -> new RunShare(r.runId(), byId.get(r.runId()).run().workload().name(),
                r.hours(), r.resourcesCharged(), r.embodied().grams())).toList();
        return new PeriodJson(result.hardware().id(), p.label(), p.from().toString(), p.to().toString(), result.total().grams(),
                result.unallocated().grams(), result.reservedResourceHours(), result.capacityResourceHours(), runs, open,
                result.explanation().render());
    }
}

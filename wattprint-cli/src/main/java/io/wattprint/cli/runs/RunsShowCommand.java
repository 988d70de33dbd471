package io.wattprint.cli.runs;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Human;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Terminal;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.ledger.FootprintRepository;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.RunRepository;
import io.wattprint.ledger.StoredFootprint;
import io.wattprint.report.view.FootprintVersionView;
import io.wattprint.report.view.RunDetailView;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wattprint runs show ID}: one run with its components and the explanation of its kgCO2e. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one run: workload, outcome, energy by component with provenance, and the explanation of its kgCO2e.")
public final class RunsShowCommand implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "ID", description = "Run id or a unique prefix of at least 4 characters.")
    String id;
    @Option(names = "--json", description = "Print the run as a JSON object.")
    boolean json;
    @Option(names = "--per", paramLabel = "NAME=N",
            description = "Also print the run's SCI per functional unit and IT energy per 1,000 units, e.g. --per inferences=1000.")
    String per;
    @Mixin
    LedgerOption ledgerOption;

    RunsShowCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        io.wattprint.core.method.FunctionalUnit unit = per == null ? null : PerUnit.parse(per);
        Ledger opened = cli.openExistingLedger(ledgerOption.db).orElseThrow(() -> UserException.notFound(
                "no run '" + id + "': there is no ledger at " + cli.ledgerSpec(ledgerOption.db) + " yet (wattprint run creates it)"));
        try (Ledger ledger = opened) {
            cli.recoverOrphans(ledger);
            RunRecord r = ledger.runs().find(id).orElseThrow(() -> UserException.notFound(
                    "no run '" + id + "' in " + ledger.describe()
                            + (id.length() < RunRepository.MIN_PREFIX ? " (give at least " + RunRepository.MIN_PREFIX
                                    + " characters of the id; wattprint runs list shows them)" : " (wattprint runs list shows the ids)")));
            List<EnergyInterval> all = ledger.intervals().ofRun(r.run().id());
            List<Segment> segments = Segment.split(r.run().start(), ledger.markers().ofRun(r.run().id()), all);
            int intervals = all.size();
            Optional<EmbodiedLine> embodied = EmbodiedLine.of(ledger, r.run(), all);
            PerUnit perUnit = unit == null ? null : PerUnit.of(r.run(), r.footprint(), embodied, unit);
            List<FootprintRepository.RunVersion> versions = ledger.footprints().versions(r.run().id());
            boolean updated = versions.stream().anyMatch(FootprintRepository.RunVersion::isUpdate);
            if (json) {
                Json.print(cli.out(), RunDetailView.of(r, intervals).with(
                        updated ? versions.stream().map(FootprintVersionView::of).toList() : null,
                        segments.stream().map(Segment::view).toList(),
                        embodied.map(EmbodiedLine::view).orElse(null),
                        perUnit == null ? null : perUnit.view()));
                return 0;
            }
            print(cli.out(), r, intervals, updated);
            if (updated) printHistory(cli.out(), versions);
            embodied.ifPresent(e -> printEmbodied(cli.out(), e));
            if (perUnit != null) printPerUnit(cli.out(), perUnit);
            if (!segments.isEmpty()) {
                cli.out().println();
                cli.out().println("markers (IT energy since the previous marker):");
                for (Segment seg : segments) {
                    cli.out().printf("  %-27s %-24s %s%n", seg.marker().at(), seg.marker(), Human.energy(seg.energy()));
                }
                cli.out().flush();
            }
            return 0;
        }
    }

    /** The footprint versions of a run an import brought up to date, oldest first: its earlier figures. */
    private static void printHistory(PrintWriter w, List<FootprintRepository.RunVersion> versions) {
        w.println();
        w.println("history (footprint versions, oldest first; the figures above are the last):");
        for (FootprintRepository.RunVersion v : versions) {
            String co2e = v.co2e() == null ? "no CO2e" : Human.co2e(v.co2e());
            String what = v.isUpdate() ? "updated by import " + v.importId() + ", end " + v.updatedEnd() : "as first stored";
            w.printf("  v%-3d %-27s IT %-13s facility %-13s %-14s %s%n", v.seq(), v.computedAt(), Human.energy(v.itEnergy()),
                    Human.energy(v.facilityEnergy()), co2e, what);
        }
        w.flush();
    }

    private static void print(PrintWriter w, RunRecord r, int intervals, boolean updated) {
        var run = r.run();
        var wl = run.workload();
        w.println("run " + run.id());
        field(w, "workload", wl.name());
        field(w, "project", wl.project());
        field(w, "team", wl.team());
        field(w, "model", wl.model() == null ? null : wl.model() + (wl.modelVersion() == null ? "" : " " + wl.modelVersion()));
        field(w, "phase", wl.phase() == null ? null : wl.phase().label());
        if (!wl.tags().isEmpty()) field(w, "tags", wl.tags().toString());
        field(w, "command", run.command());
        field(w, "host", run.host());
        field(w, "location", run.location().label());
        field(w, "status", run.status().label() + (run.exitCode() == null ? "" : " (exit " + run.exitCode() + ")"));
        field(w, "start", run.start().toString());
        field(w, "end", run.end() == null ? "(still running or never closed)" : run.end().toString());
        field(w, "duration", RunView.duration(run.duration()));
        field(w, "intervals", Integer.toString(intervals));
        StoredFootprint f = r.footprint();
        if (f == null) {
            w.println("no footprint computed yet");
            return;
        }
        field(w, "IT energy", Human.energy(f.itEnergy()));
        for (ComponentEnergy c : f.components()) {
            w.printf("  %-18s %-13s %s%n", c.component(), Human.energy(c.energy()), c.provenance().describe());
        }
        field(w, "measured share", Figures.format(100 * f.measuredShare(), 1) + " %");
        field(w, "facility energy", Human.energy(f.facilityEnergy()) + " (PUE " + Figures.format(f.pue(), 3) + ", " + f.pueBasis() + ")");
        field(w, "CO2e (location)", f.co2e() != null ? Human.co2e(f.co2e())
                : "not computed (" + (run.location().isKnown() ? "no emission factor for zone " + run.location().zone() : "location unknown") + ")");
        String theirs = run.workload().tags().get("codecarbon_emissions_kg");
        if (theirs != null) {
            field(w, "CO2e (CodeCarbon)", theirs + " kgCO2e (CodeCarbon's own figure, as " + (updated ? "first imported, before the "
                    + "updates below" : "imported; compare with ours above") + ")");
        }
        field(w, "dataset", f.dataset());
        w.println();
        w.println("explanation:");
        for (String line : f.explanation()) w.println("  " + Terminal.safe(line));
        w.flush();
    }

    private static void printEmbodied(PrintWriter w, EmbodiedLine e) {
        w.println();
        field(w, "embodied", e.summary());
        w.println("  GPUs or vCPUs used: " + e.resourcesBasis());
        for (String line : e.embodied().explanation().render()) w.println("  " + Terminal.safe(line));
        w.flush();
    }

    private static void printPerUnit(PrintWriter w, PerUnit p) {
        var sci = p.sci();
        w.println();
        field(w, "SCI", io.wattprint.core.figure.Figures.plain(sci.sciGrams(), 6)
                + " gCO2e per " + sci.per().name().replaceAll("s$", "") + " (R = " + sci.per() + ")");
        field(w, "IT energy per 1k", Human.energy(p.itPerThousand()) + " per 1,000 " + sci.per().name());
        if (!p.hasEmbodied()) w.println("  note: M = 0: no hardware record for the run's host (wattprint hardware add)");
        for (String line : sci.explanation().render()) w.println("  " + Terminal.safe(line));
        w.flush();
    }

    private static void field(PrintWriter w, String name, String value) {
        if (value != null) w.printf("%-20s %s%n", name, Terminal.safe(value));   // names, tags, commands: user text
    }
}

package io.wattprint.cli.report;

import io.wattprint.cli.out.Terminal;
import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.label.EnergyLabel;
import io.wattprint.report.label.LabelReport;
import io.wattprint.report.label.ReferenceSet;
import io.wattprint.report.render.Renderer;
import io.wattprint.report.render.Renderers;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattprint report label}: an AI Energy Score-style energy label of one model for one task. */
@Command(name = "label", sortOptions = false,
        description = {
            "An AI Energy Score-style label: GPU energy in Wh per 1,000 queries of a model's inference runs for a task, "
                    + "hardware, date and 1–5 stars from five 20 %% bands of the task's range in a reference set (5 stars = "
                    + "lowest energy).",
            "",
            "Queries come from each run's largest 'queries' mark (run.mark(\"queries\", n)) or its queries tag; runs without "
                    + "one are left out and named. Hardware from the runs' gpu tag; a run's task tag must match --task (runs "
                    + "without one are taken as --task).",
            "",
            "--reference FILE is a CSV model,task,wh_per_1k_queries,source (no reference set ships with wattprint).",
            "Formats: svg (default), png (needs --out), json."
        })
public final class LabelCommand implements Callable<Integer> {
    static final List<ReportFormat> FORMATS = List.of(ReportFormat.SVG, ReportFormat.PNG, ReportFormat.JSON);

    private final Cli cli;

    // No standard --version here: --version is the model's version (the form's field), so only --help is mixed in.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--model", required = true, paramLabel = "NAME", description = "The model (the runs' model).")
    String model;
    @Option(names = "--version", paramLabel = "VERSION", description = "Only runs of this model version (default: all versions).")
    String version;
    @Option(names = "--task", required = true, paramLabel = "TASK", description = "The task, as the reference set names it "
            + "(case, '-', '_' and spaces do not matter: text-generation = Text Generation).")
    String task;
    @Option(names = "--reference", paramLabel = "FILE", description = "Reference set CSV: model,task,wh_per_1k_queries,source.")
    Path reference;
    @Mixin
    ReportOutputOptions output;
    @Mixin
    LedgerOption ledgerOption;

    LabelCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        if (model.isBlank()) throw UserException.usage("invalid value for --model: a model name is required");
        if (task.isBlank()) throw UserException.usage("invalid value for --task: a task is required");
        ReportFormat format = output.format(FORMATS);
        output.checkDestination(format);
        if (reference == null) {
            throw UserException.usage("--reference FILE is required: a CSV model,task,wh_per_1k_queries,source of the models to rate "
                    + "against (wattprint ships no reference set)");
        }
        ReferenceSet ref = readReference(reference);
        Optional<Ledger> existing = cli.openExistingLedger(ledgerOption.db);
        if (existing.isEmpty()) throw UserException.failure("no ledger: no inference runs of model " + model + " to label");
        EnergyLabel label;
        try (Ledger ledger = existing.get()) {
            String m = model.strip(), v = version == null ? null : version.strip();
            label = EnergyLabel.of(ledger.runs().list(RunQuery.model(m, v)), id -> ledger.markers().ofRun(id), m, v, task, ref);
        } catch (EnergyLabel.Unavailable e) {
            throw UserException.failure(e.getMessage());
        }
        for (String n : LabelReport.notes(label)) cli.err().println(Terminal.safe("wattprint: note: " + n));
        cli.err().flush();
        Renderer r = switch (format) {
            case SVG -> LabelReport.svg(label);
            case PNG -> LabelReport.png(label);
            default -> Renderers.of(format);
        };
        output.write(cli, LabelReport.output(label, cli.clock().instant()), format, r);
        return 0;
    }

    static ReferenceSet readReference(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ReferenceSet.parse(file.toString(), in);
        } catch (NoSuchFileException e) {
            throw UserException.usage("invalid value for --reference: " + file + " does not exist");
        } catch (ReferenceSet.Invalid e) {
            throw UserException.usage("invalid reference set: " + e.getMessage());
        } catch (IOException e) {
            throw UserException.usage("invalid value for --reference: cannot read " + file + ": " + e.getMessage());
        }
    }
}

package io.wattprint.cli.report;

import io.wattprint.cli.out.Terminal;
import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.NumberArg;
import io.wattprint.cli.UserException;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.aiact.AiActInput;
import io.wattprint.report.aiact.AiActReport;
import io.wattprint.report.render.Renderers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattprint report ai-act}: the energy and compute fields of the GPAI model documentation form. */
@Command(name = "ai-act", sortOptions = false,
        description = {
            "EU AI Act model documentation (GPAI Code of Practice form, Annex XI §1): training time in wall-clock days and "
                    + "GPU-days, training compute in FLOPs, training energy in MWh (facility, measured or estimated), "
                    + "location-based tCO2e, the inference compute benchmark and a ~100-word methodology, from the "
                    + "pre-training runs of one model version — failed and interrupted runs included.",
            "",
            "Formats: md (default), json, html, pdf, csv. A model version without runs gives the form with N/A and the reason."
        })
public final class AiActCommand implements Callable<Integer> {
    static final List<ReportFormat> FORMATS = List.of(ReportFormat.MD, ReportFormat.JSON, ReportFormat.HTML, ReportFormat.PDF,
            ReportFormat.CSV);

    private final Cli cli;

    // No standard --version here: --version is the model's version (the form's field), so only --help is mixed in.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--model", required = true, paramLabel = "NAME", description = "The model documented (the runs' model).")
    String model;
    @Option(names = "--version", required = true, paramLabel = "VERSION", description = "Its version (the runs' model version).")
    String version;
    @Option(names = "--flops", paramLabel = "N", description = "Training compute in FLOPs (e.g. 3.1e23). Default: the sum of the "
            + "runs' flops tags, else not given.")
    String flops;
    @Option(names = "--inference-flops", paramLabel = "N", description = "Inference compute benchmark: FLOPs per query of the task.")
    String inferenceFlops;
    @Option(names = "--inference-task", paramLabel = "TEXT", description = "The benchmark task (e.g. '1,000-token completion').")
    String inferenceTask;
    @Option(names = "--inference-hardware", paramLabel = "TEXT", description = "The benchmark hardware (e.g. '1 × H100 80GB').")
    String inferenceHardware;
    @Mixin
    ReportOutputOptions output;
    @Mixin
    LedgerOption ledgerOption;

    AiActCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        if (model.isBlank()) throw UserException.usage("invalid value for --model: a model name is required");
        if (version.isBlank()) throw UserException.usage("invalid value for --version: a version is required");
        ReportFormat format = output.format(FORMATS);
        output.checkDestination(format);
        AiActInput input = new AiActInput(model.strip(), version.strip(), count("--flops", flops), count("--inference-flops", inferenceFlops),
                inferenceTask, inferenceHardware);
        List<RunRecord> runs = List.of();
        Optional<Ledger> existing = cli.openExistingLedger(ledgerOption.db);
        if (existing.isPresent()) {
            try (Ledger ledger = existing.get()) {
                runs = ledger.runs().list(RunQuery.model(input.model(), input.version())); // only this model version's runs
            }
        }
        AiActReport report = AiActReport.of(runs, input);
        for (String w : report.warnings()) cli.err().println(Terminal.safe("wattprint: warning: " + w));
        cli.err().flush();
        output.write(cli, report.output(cli.clock().instant()), format, Renderers.of(format));
        return 0;
    }

    /** A positive count such as 3.1e23; null when not given. */
    static BigDecimal count(String option, String text) {
        // Up to 1e30: three orders of magnitude above the largest training runs reported so far.
        return NumberArg.decimal(option, text, NumberArg.Range.between("a number of FLOPs", 1, 1e30), "3.1e23");
    }
}

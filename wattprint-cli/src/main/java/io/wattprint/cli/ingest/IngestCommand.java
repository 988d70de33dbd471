package io.wattprint.cli.ingest;

import io.wattprint.cli.Cli;
import io.wattprint.cli.ExitCode;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.run.RunCommand;
import io.wattprint.ingest.FileImport;
import io.wattprint.ingest.ImportException;
import io.wattprint.ingest.Importer;
import io.wattprint.ingest.kinds.Importers;
import io.wattprint.ingest.Ingest;
import io.wattprint.ingest.IngestSummary;
import io.wattprint.ingest.WorkloadDefaults;
import io.wattprint.ledger.Ledger;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wattprint ingest KIND FILE-OR-DIR}: bring in what an organisation already has. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Import a file, or every file of a directory (in sorted order), of one kind into the ledger.",
            "",
            "Every row ends imported, skipped as a duplicate (already in the ledger: importing the same file twice adds "
                    + "nothing) or quarantined with its file, line, field and reason (wattprint ingest quarantine list). "
                    + "The import goes on past a bad row unless --strict is given.",
            "",
            "A directory: each file is imported and committed on its own and reported on its own line. A file that is not of "
                    + "the kind (or not readable as such) is reported as refused, with what was expected, and the import goes on "
                    + "with the next file; the command then exits 2 (the other files stay imported as reported). --strict stops "
                    + "at the first refused file or bad row instead. A command that records nothing (every file refused, a dry "
                    + "run) creates no ledger.",
            "",
            "--model, --model-version, --phase and --team set those attributes on every run the import stores (CodeCarbon files "
                    + "have no such columns; wattprint report ai-act needs them). A run already in the ledger keeps the attributes "
                    + "it was first stored with: importing the same rows again counts them as duplicates and changes nothing.",
            ""},
        subcommands = {IngestQuarantineCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0    done, even when rows were quarantined (the summary says how many; see wattprint ingest quarantine list)",
            "  1    a file or the ledger could not be read or written",
            "  2    usage error: unknown kind, missing file, a file that is not of the kind (in a directory: some file was "
                    + "refused, the others were imported as reported), an unknown --phase, "
                    + "--model/--model-version/--phase/--team for a kind that stores no runs",
            "  3    --strict stopped at a bad row: the batches written before it stay (the summary counts them), "
                    + "that row is quarantined, nothing after it is read"})
public final class IngestCommand implements Callable<Integer> {
    /** Exit code when --strict stopped at a bad row. */
    public static final int STRICT_STOPPED = 3;

    private final Cli cli;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", arity = "0..1", description = "What the files are; kinds are listed below.")
    String kind;
    @Parameters(index = "1", paramLabel = "FILE-OR-DIR", arity = "0..1", description = "A file, or a directory walked for files of the kind.")
    Path path;
    @Option(names = "--dry-run", description = "Read and check everything, say what would be imported; write nothing.")
    boolean dryRun;
    @Option(names = "--strict", description = "Stop at the first bad row (exit 3) instead of quarantining it and going on.")
    boolean strict;
    @Option(names = "--json", description = "Print the summary as a JSON object.")
    boolean json;
    @Option(names = "--model", paramLabel = "NAME", description = "Model of every run this import stores (kinds that store runs: "
            + "codecarbon, cloud-usage, ccf-onprem, kepler).")
    String model;
    @Option(names = "--model-version", paramLabel = "V", description = "Version of that model, for every run stored.")
    String modelVersion;
    @Option(names = "--phase", paramLabel = "PHASE", description = "Phase of every run stored: training, fine-tuning, inference, "
            + "data-pipeline or supporting.")
    String phase;
    @Option(names = "--team", paramLabel = "TEAM", description = "Team of every run stored.")
    String team;
    @Mixin
    LedgerOption ledgerOption;

    IngestCommand(Cli cli) { this.cli = cli; }

    /** The kinds and their descriptions, for --help: built from {@link Importers#all()}. */
    public static void describeKinds(CommandLine.Model.CommandSpec spec) {
        List<String> lines = new ArrayList<>(List.of(spec.usageMessage().description()));
        lines.add("Kinds:");
        // Wrapped here, with the description's column kept: picocli would wrap a long line to column 0.
        for (Importer i : Importers.all()) {
            String head = String.format("  %-20s ", i.kind());
            StringBuilder line = new StringBuilder(head);
            for (String word : i.description().split(" ")) {
                if (line.length() + 1 + word.length() > 79 && line.length() > head.length()) {
                    lines.add(line.toString().stripTrailing());
                    line = new StringBuilder(" ".repeat(head.length()));
                }
                line.append(word).append(' ');
            }
            lines.add(line.toString().stripTrailing());
        }
        spec.usageMessage().description(lines.toArray(String[]::new));
    }

    @Override
    public Integer call() {
        if (kind == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "a kind and a file are required: wattprint ingest KIND FILE-OR-DIR "
                    + "(kinds: " + String.join(", ", Importers.all().stream().map(Importer::kind).toList()) + ")");
        }
        Importer importer = Importers.byKind(kind).orElseThrow(() -> {
            List<String> close = Importers.closeMatches(kind);
            return UserException.usage("unknown kind '" + kind + "'" + (close.isEmpty() ? "" : " (did you mean " + String.join(", ", close) + "?)")
                    + "; kinds: " + String.join(", ", Importers.all().stream().map(Importer::kind).toList()));
        });
        WorkloadDefaults workload = workload(importer);
        if (path == null) throw UserException.usage("a file or directory to import is required: wattprint ingest " + importer.kind() + " FILE-OR-DIR");
        if (!Files.exists(path)) throw UserException.usage("no such file or directory: " + path);
        if (!Files.isReadable(path)) throw new UserException(ExitCode.FAILURE, "cannot read " + path + ": permission denied");
        IngestSummary s = null;
        String ledgerName;
        // A refused command creates nothing: a ledger that this command would create is removed again if nothing is recorded
        // (with what opening it wrote to the user's cache).
        FreshLedger fresh = FreshLedger.of(cli.ledgerSpec(ledgerOption.db));
        // Only when nothing was recorded for sure: a failure of the ledger itself leaves whatever it holds.
        boolean nothingRecorded = false;
        try {
            try (Ledger ledger = cli.openLedger(ledgerOption.db)) {
                ledgerName = ledger.describe();
                Ingest.Progress progress = !json && System.console() != null ? new ProgressLine(cli.err()) : Ingest.Progress.NONE;
                try {
                    s = Ingest.run(ledger, importer, path, new Ingest.Options(dryRun, strict, cli.clock(), progress, workload));
                    nothingRecorded = !s.recordedAny();
                } catch (ImportException | NoSuchFileException e) {
                    // Refused before anything of the file was written (Ingest.run records a file it wrote to).
                    nothingRecorded = true;
                    throw e;
                }
            } finally {
                if (fresh != null && nothingRecorded) {
                    fresh.remove();
                    // and SQLite's native library, when opening this ledger was what wrote it to the user's cache
                    Ledger.forgetNativeLibraryWrittenByThisProcess();
                }
            }
        } catch (ImportException e) {
            throw UserException.usage(e.getMessage());
        } catch (NoSuchFileException e) {
            throw UserException.usage("no such file or directory: " + e.getMessage());
        } catch (AccessDeniedException e) {
            throw new UserException(ExitCode.FAILURE, "cannot read " + e.getMessage() + ": permission denied");
        } catch (IOException e) {
            throw new UserException(ExitCode.FAILURE, "cannot read " + path + ": " + e.getMessage());
        }
        if (json) {
            Json.print(cli.out(), IngestJson.of(s, ledgerName));
        } else {
            print(cli.out(), s, ledgerName);
        }
        if (s.stopped()) {
            cli.err().println("wattprint: --strict: stopped at " + s.files().get(s.files().size() - 1).stoppedAt());
            cli.err().flush();
            return STRICT_STOPPED;
        }
        List<FileImport> refused = s.refused();
        if (!refused.isEmpty()) {
            for (FileImport f : refused) cli.err().println("wattprint: refused " + f.refused());
            cli.err().println("wattprint: " + refused.size() + " of " + s.files().size() + " files refused"
                    + (strict ? " (--strict: stopped at the first)" : "; the others were imported as reported above"));
            cli.err().flush();
            return ExitCode.USAGE.code();
        }
        return 0;
    }

    /**
     * The workload attributes given (CodeCarbon and the other files have no such columns): checked before anything is
     * read — a phase wattprint run would refuse, a blank value, or any of them for a kind that stores no runs is a usage error.
     */
    private WorkloadDefaults workload(Importer importer) {
        List<String> given = new ArrayList<>();
        String[][] opts = {{"--model", model}, {"--model-version", modelVersion}, {"--phase", phase}, {"--team", team}};
        for (String[] o : opts) {
            if (o[1] == null) continue;
            if (o[1].isBlank()) throw UserException.usage("invalid value for " + o[0] + ": it is blank (expected a " + o[0].substring(2) + ")");
            given.add(o[0]);
        }
        if (given.isEmpty()) return WorkloadDefaults.NONE;
        if (!importer.storesRuns()) {
            throw UserException.usage(String.join(", ", given) + " " + (given.size() == 1 ? "applies" : "apply")
                    + " to the kinds that store runs (" + String.join(", ", Importers.kindsStoringRuns()) + "); the " + importer.kind()
                    + " kind stores no runs");
        }
        return new WorkloadDefaults(model, modelVersion, RunCommand.parsePhase(phase), team);
    }

    static String count(long n) { return String.format(Locale.ROOT, "%,d", n); }

    private static void print(PrintWriter out, IngestSummary s, String ledgerName) {
        for (FileImport f : s.files()) {
            if (f.isRefused() && f.importId() == null && f.imported() + f.skippedDuplicates() + f.quarantined() == 0) {
                out.println("refused " + f.file() + ": nothing imported (" + f.refused() + ")");
                continue;
            }
            out.println((f.isRefused() ? "refused after part of it was read " : s.dryRun() ? "checked " : "imported ") + f.file() + ": "
                    + count(f.imported()) + (s.dryRun() ? " would be imported, " : " imported, ")
                    + count(f.quarantined()) + " quarantined, " + count(f.skippedDuplicates()) + " skipped as duplicates"
                    + (f.realigned() > 0 ? ", " + count(f.realigned()) + " realigned" : "")
                    + (f.importId() == null ? "" : " (import " + f.importId() + ")"));
            if (f.isRefused()) out.println("  refused: " + f.refused());
            if (f.previous() != null) {
                out.println("  already imported on " + f.previous().startedAt() + " as " + f.previous().id()
                        + " (same bytes); its rows were checked again and skipped where already stored");
            }
        }
        for (String n : s.notes()) out.println("  note: " + n);
        if (s.alreadyQuarantined() > 0) {
            out.println("  note: " + count(s.alreadyQuarantined()) + " quarantined row(s) were already in quarantine from an earlier "
                    + "import of this file (same line, field and text): not stored again");
        }
        String total = count(s.imported()) + (s.dryRun() ? " would be imported, " : " imported, ") + count(s.quarantined()) + " quarantined, "
                + count(s.skippedDuplicates()) + " skipped as duplicates" + (s.realigned() > 0 ? ", " + count(s.realigned()) + " realigned" : "")
                + (s.refused().isEmpty() ? "" : ", " + s.refused().size() + " of " + s.files().size() + " files refused");
        if (s.quarantined() > 0 && !s.dryRun()) total += " — wattprint ingest quarantine list";
        out.println((s.dryRun() ? "dry run, nothing written: " : "") + total + " (" + ledgerName + ")");
        out.flush();
    }
}

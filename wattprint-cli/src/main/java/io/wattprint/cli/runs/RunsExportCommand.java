package io.wattprint.cli.runs;

import io.wattprint.cli.Cli;
import io.wattprint.cli.ExitCode;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.cli.VersionProvider;
import io.wattprint.cli.out.Json;
import io.wattprint.ingest.codecarbon.CodeCarbonWriter;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunRecord;
import io.wattprint.report.view.RunSummaryView;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattprint runs export --format codecarbon}: runs out to another tool's format, oldest first. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write runs to a file (or stdout) in another tool's format, oldest first.",
            "",
            "codecarbon: a CodeCarbon v3 emissions.csv (38 columns), one row per closed run with a footprint; energy "
                    + "columns include the PUE as CodeCarbon's do, timestamp is the run's end in UTC (METHODOLOGY.md §11.1 "
                    + "\"Export\"). wattprint ingest codecarbon reads it back.",
            "json: the run objects of runs list --json, every matching run."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0    written (the count goes to stderr, or stdout with --out FILE)",
            "  1    the output file or the ledger could not be written or read",
            "  2    usage error: unknown --format, bad --since/--until"})
public final class RunsExportCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("codecarbon", "json");

    private final Cli cli;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "codecarbon or json.")
    String format;
    @Option(names = "--out", paramLabel = "FILE", description = "Write here ('-' or none: stdout). An existing file is replaced.")
    String out;
    @Mixin
    RunFilter filter;
    @Mixin
    LedgerOption ledgerOption;

    RunsExportCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw UserException.usage("unknown --format '" + format + "' (formats: " + String.join(", ", FORMATS) + ")");
        }
        var query = filter.query(cli.clock(), null);
        Path file = null;
        if (out != null && !out.equals("-")) {
            try {
                file = Path.of(out);
            } catch (InvalidPathException e) {
                throw UserException.usage("invalid value for --out: '" + out + "' is not a path (" + e.getReason() + ")");
            }
        }
        List<RunRecord> runs = new ArrayList<>();
        Optional<Ledger> existing = cli.openExistingLedger(ledgerOption.db);
        if (existing.isPresent()) {
            try (Ledger ledger = existing.get()) {
                cli.recoverOrphans(ledger);
                runs.addAll(ledger.runs().list(query));
            }
        }
        Collections.reverse(runs);
        int written;
        if (file == null) {
            written = write(f, runs, cli.out());
            cli.out().flush();
        } else {
            try (PrintWriter pw = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                written = write(f, runs, pw);
                pw.flush();
                if (pw.checkError()) throw new IOException("write failed");
            } catch (UncheckedIOException e) {
                throw cannotWrite(file, e.getCause());
            } catch (IOException e) {
                throw cannotWrite(file, e);
            }
        }
        PrintWriter report = file == null ? cli.err() : cli.out();
        String where = existing.isEmpty() ? "no ledger at " + cli.ledgerSpec(ledgerOption.db) : null;
        report.println((file == null ? "wattprint: " : "") + "exported " + written + " run(s) as " + f
                + (file == null ? "" : " to " + file)
                + (runs.size() > written ? "; " + (runs.size() - written) + " left out (open, or without a footprint)" : "")
                + (where == null ? "" : " (" + where + ")"));
        report.flush();
        return 0;
    }

    private int write(String format, List<RunRecord> runs, PrintWriter out) {
        if (format.equals("json")) {
            Json.print(out, runs.stream().map(RunSummaryView::of).toList());
            return runs.size();
        }
        CodeCarbonWriter w = new CodeCarbonWriter(out, "wattprint " + VersionProvider.version());
        int n = 0;
        for (RunRecord r : runs) {
            if (!CodeCarbonWriter.exportable(r)) continue;
            w.write(r);
            n++;
        }
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private static UserException cannotWrite(Path file, IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "no such directory"
                : Files.isDirectory(file) ? "it is a directory"
                : e.getMessage();
        return new UserException(ExitCode.FAILURE, "cannot write " + file + ": " + why);
    }
}

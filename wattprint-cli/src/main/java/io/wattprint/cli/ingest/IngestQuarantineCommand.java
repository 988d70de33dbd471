package io.wattprint.cli.ingest;

import io.wattprint.ingest.Excerpt;
import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.ledger.QuarantinedRow;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattprint ingest quarantine list}: the rows imports refused, with file, line, field, reason and raw text. */
@Command(name = "quarantine", mixinStandardHelpOptions = true, description = "Rows that imports refused.",
        subcommands = {IngestQuarantineCommand.List.class})
public final class IngestQuarantineCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: list");
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List quarantined rows, oldest import first: file, line, field, reason and the raw row.")
    static final class List implements Callable<Integer> {
        private final Cli cli;
        @Option(names = "--import", paramLabel = "ID", description = "Only the rows of this import (its id is in the ingest summary).")
        String importId;
        @Option(names = "--kind", paramLabel = "KIND", description = "Only rows of imports of this kind.")
        String kind;
        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;
        @Mixin
        LedgerOption ledgerOption;

        List(Cli cli) { this.cli = cli; }

        /** One quarantined row in {@code --json}: where it was, which field, why, and the row as read. */
        record RowJson(String importId, String file, long line, String field, String reason, String raw) {}

        @Override
        public Integer call() {
            java.util.List<QuarantinedRow> rows = cli.fromExistingLedger(ledgerOption.db,
                    ledger -> ledger.imports().quarantined(importId, kind, null), java.util.List::of);
            if (json) {
                Json.print(cli.out(), rows.stream().map(q -> new RowJson(q.importId(), q.file(), q.line(), q.field(), q.reason(),
                        q.raw())).toList());
                return 0;
            }
            PrintWriter w = cli.out();
            if (rows.isEmpty()) {
                w.println("no quarantined rows" + (importId != null || kind != null ? " matching the filters" : ""));
                w.flush();
                return 0;
            }
            Table t = new Table("FILE", ">LINE", "FIELD", "REASON", "RAW");
            for (QuarantinedRow q : rows) {
                // Stored as the file had it; shown with control characters escaped, so a row cannot drive the terminal.
                t.row(Excerpt.controls(q.file()), q.line(), q.field() == null ? "(row)" : Excerpt.controls(q.field()),
                        Excerpt.controls(q.reason()), q.raw() == null ? "" : Excerpt.controls(q.raw()));
            }
            t.print(w);
            w.flush();
            return 0;
        }
    }
}

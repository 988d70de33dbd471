package io.wattprint.cli.ingest;

import io.wattprint.ingest.Excerpt;
import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.QuarantinedRow;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

        @Override
        public Integer call() {
            Optional<Ledger> opened = cli.openExistingLedger(ledgerOption.db);
            java.util.List<QuarantinedRow> rows = new ArrayList<>();
            if (opened.isPresent()) {
                try (Ledger ledger = opened.get()) {
                    rows = ledger.imports().quarantined(importId, kind, null);
                }
            }
            if (json) {
                java.util.List<Map<String, Object>> out = new ArrayList<>();
                for (QuarantinedRow q : rows) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("import_id", q.importId());
                    m.put("file", q.file());
                    m.put("line", q.line());
                    m.put("field", q.field());
                    m.put("reason", q.reason());
                    m.put("raw", q.raw());
                    out.add(m);
                }
                Json.print(cli.out(), out);
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

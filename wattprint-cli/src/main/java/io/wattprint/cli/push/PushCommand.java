package io.wattprint.cli.push;

import io.wattprint.cli.Cli;
import io.wattprint.cli.ExitCode;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Json;
import io.wattprint.ledger.Ledger;
import io.wattprint.run.outbox.Outbox;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattprint push}: sends the runs the outbox names to the wattprint server. */
@Command(name = "push", sortOptions = false, mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {
            "Send the runs still pending to the wattprint server.",
            "",
            "wattprint run --server keeps a run in the outbox ($WATTPRINT_HOME/outbox) until the server has it: "
                    + "when the server was down, busy or refused the token. This sends every such run, oldest first, from the "
                    + "local ledger. Sending a run twice is harmless: the server stores it once.",
            "",
            "Exit code: 0 when every pending run was sent (or none was pending), 1 when some remain, 2 for a usage error "
                    + "(no server configured, no token).",
            "",
            "Example:",
            "  WATTPRINT_SERVER=http://srv:8480 WATTPRINT_TOKEN=… wattprint push"
        })
public final class PushCommand implements Callable<Integer> {
    private final Cli cli;

    @Mixin
    ServerOption serverOption;
    @Option(names = "--json", description = "Print what was sent and what was kept as JSON on stdout.")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;

    PushCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        ServerOption.Target target = serverOption.target(cli).orElseThrow(() -> UserException.usage(
                "no server to push to: give --server URL or set " + ServerOption.SERVER_VAR));
        Outbox outbox = Outbox.in(cli.env().wattprintHome());
        Agent.Summary s;
        if (outbox.pending().isEmpty()) {
            s = new Agent.Summary(List.of(), List.of());
        } else {
            try (Ledger ledger = cli.openLedger(ledgerOption.db)) {
                s = Agent.of(cli, ledger, target).pushAll();
            }
        }
        cli.err().println("wattprint: " + s.sent().size() + " run(s) sent to " + target.label() + ", " + s.kept().size()
                + " still pending" + (s.kept().isEmpty() ? "" : " (wattprint push again once the server takes them)"));
        cli.err().flush();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("server", target.label());
            List<Map<String, Object>> sent = new ArrayList<>();
            for (Pusher.Outcome o : s.sent()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("run", o.runId());
                m.put("intervals", o.intervals());
                sent.add(m);
            }
            List<Map<String, Object>> kept = new ArrayList<>();
            for (Pusher.Outcome o : s.kept()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("run", o.runId());
                m.put("reason", o.status().name().toLowerCase(java.util.Locale.ROOT));
                m.put("message", o.reason());
                kept.add(m);
            }
            out.put("sent", sent);
            out.put("pending", kept);
            Json.print(cli.out(), out);
        }
        return s.kept().isEmpty() ? ExitCode.OK.code() : ExitCode.FAILURE.code();
    }
}

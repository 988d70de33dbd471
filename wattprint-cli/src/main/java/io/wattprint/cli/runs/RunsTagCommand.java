package io.wattprint.cli.runs;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Terminal;
import io.wattprint.core.model.Workload;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.RunRepository;
import io.wattprint.report.label.EnergyLabel;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wattprint runs tag ID key=value …}: tags added to a stored run — an imported run's {@code queries} and
 * {@code gpu} for {@code report label}, or any tag. The ledger never changes a stored row: a key the run already has
 * with another value is refused and nothing of the command is stored (see {@link RunRepository#addTags}).
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Add tags to a stored run (e.g. queries=50000 gpu=\"NVIDIA H100 80GB HBM3\" for report label).",
            "A tag the run already has with the same value changes nothing; one it has with another value is refused "
                    + "(the ledger never changes a stored row) and then nothing is stored."})
public final class RunsTagCommand implements Callable<Integer> {
    private final Cli cli;

    @Parameters(index = "0", paramLabel = "ID", description = "Run id or a unique prefix of at least 4 characters.")
    String id;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "KEY=VALUE",
            description = "Tags to add; queries must be a whole number ≥ 0. Keys and values: at most "
                    + Workload.MAX_TEXT + " characters.")
    List<String> assignments;
    @Option(names = "--json", description = "Print the run id, the tags added, those already set and all its tags as JSON.")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;

    RunsTagCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        Map<String, String> tags = parse(assignments);
        Ledger opened = cli.openExistingLedger(ledgerOption.db).orElseThrow(() -> UserException.notFound("no run '" + id
                + "': there is no ledger at " + cli.ledgerSpec(ledgerOption.db) + " yet (wattprint run creates it)"));
        try (Ledger ledger = opened) {
            cli.recoverOrphans(ledger);
            RunRepository runs = ledger.runs();
            RunRecord r = runs.find(id).orElseThrow(() -> UserException.notFound("no run '" + id + "' in "
                    + ledger.describe() + " (wattprint runs list shows the ids)"));
            String runId = r.run().id();
            Map<String, String> added;
            try {
                added = runs.addTags(runId, tags);
            } catch (RunRepository.TagConflict e) {
                throw UserException.usage(e.getMessage());
            }
            Map<String, String> unchanged = new TreeMap<>(tags);
            unchanged.keySet().removeAll(added.keySet());
            Map<String, String> all = new TreeMap<>(r.run().workload().tags());
            all.putAll(added);
            print(runId, added, unchanged, all);
            return 0;
        }
    }

    private void print(String runId, Map<String, String> added, Map<String, String> unchanged, Map<String, String> all) {
        PrintWriter out = cli.out();
        if (json) {
            Json.print(out, new Tagged(runId, added, unchanged, all));
            return;
        }
        out.println(Terminal.safe("run " + runId + ": " + (added.isEmpty() ? "no tag stored" : added.size() + " tag(s) stored: "
                + text(added))));
        if (!unchanged.isEmpty()) out.println(Terminal.safe("  already set, unchanged: " + text(unchanged)));
        out.flush();
    }

    private static String text(Map<String, String> tags) {
        return tags.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** The {@code --json} object. */
    record Tagged(String id, Map<String, String> added, Map<String, String> alreadySet, Map<String, String> tags) {}

    /**
     * The tags of the {@code KEY=VALUE} arguments (split at the first {@code =}, key and value stripped), in key order.
     *
     * @throws UserException (usage) naming the argument and what was expected
     */
    static Map<String, String> parse(List<String> assignments) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq < 0) throw bad(a, "expected KEY=VALUE, e.g. queries=50000 (no '=' found)");
            String key = a.substring(0, eq).strip();
            String value = a.substring(eq + 1).strip();
            if (key.isEmpty()) throw bad(a, "the key before '=' is empty");
            if (value.isEmpty()) throw bad(a, "the value after '=' is empty");
            String problem = Workload.tooLong(key);
            if (problem != null) throw bad(a, "the key " + problem);
            problem = Workload.tooLong(value);
            if (problem != null) throw bad(a, "the value " + problem);
            if (key.equals(EnergyLabel.QUERIES) && !isWholeNumber(value)) {
                throw bad(a, "queries must be a whole number of queries ≥ 0, e.g. queries=50000");
            }
            String earlier = tags.putIfAbsent(key, value);
            if (earlier != null && !earlier.equals(value)) {
                throw UserException.usage("tag " + key + " is given twice, as '" + earlier + "' and '" + value + "'");
            }
        }
        return new TreeMap<>(tags);
    }

    private static boolean isWholeNumber(String v) {
        if (!v.chars().allMatch(ch -> ch >= '0' && ch <= '9')) return false;
        try {
            Long.parseLong(v);
            return true;
        } catch (NumberFormatException tooLarge) {
            return false;
        }
    }

    private static UserException bad(String argument, String why) {
        String shown = argument.length() > 60 ? argument.substring(0, 60) + "…" : argument;
        return UserException.usage("tag '" + shown + "': " + why);
    }
}

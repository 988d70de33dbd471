package io.wattprint.cli.runs;

import io.wattprint.cli.TimeArg;
import io.wattprint.cli.UserException;
import io.wattprint.ledger.RunQuery;
import java.time.Clock;
import java.time.Instant;
import picocli.CommandLine.Option;

/** {@code --project}, {@code --since}, {@code --until}: which runs, shared by {@code runs list} and {@code runs export}. */
public final class RunFilter {
    @Option(names = "--project", description = "Only runs of this project.")
    String project;
    @Option(names = "--since", paramLabel = "TIME", description = "Only runs started at or after TIME (2026-11-01, 2026-11-01T10:00Z, 7d, 12h).")
    String since;
    @Option(names = "--until", paramLabel = "TIME", description = "Only runs started before TIME.")
    String until;

    /** The query, or a usage error naming the option at fault; {@code limit} null: every run. */
    RunQuery query(Clock clock, Integer limit) {
        Instant from = TimeArg.parse("--since", since, clock);
        Instant to = TimeArg.parse("--until", until, clock);
        if (from != null && to != null && to.isBefore(from)) {
            throw UserException.usage("--until " + until + " (" + to + ") is before --since " + since + " (" + from + ")");
        }
        return new RunQuery(project, from, to, limit);
    }

    String project() { return project; }
}

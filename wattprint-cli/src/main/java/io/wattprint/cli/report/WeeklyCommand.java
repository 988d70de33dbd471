package io.wattprint.cli.report;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.weekly.IsoWeek;
import io.wattprint.report.weekly.WeeklyReport;
import io.wattprint.report.weekly.WeeklyRequest;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattprint report weekly}: the engineering report of one ISO week. */
@Command(name = "weekly", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "The engineering report of one ISO week: facility kWh and location-based kgCO2e by phase, project, team, "
                    + "model and workload; the change per project from the previous week; the 10 runs with the most "
                    + "energy; the measured and estimated shares of IT energy; the runs with unknown location; charts "
                    + "of energy by phase, by project and over the last weeks; and the sources and methods used.",
            "",
            "A run belongs to the week (Monday 00:00 to Monday 00:00 UTC) in which it STARTED, as in report summary, "
                    + "even when it ended in the next week. Energy is facility energy (IT energy x PUE) of each run's "
                    + "latest footprint; kgCO2e covers the runs that have one, and 'Runs without CO2e' counts the others "
                    + "(location unknown, no factor for the zone, or not closed yet).",
            "",
            "kWh and kgCO2e have 3 decimals: every TOTAL is the exact sum rounded half-up and the lines are rounded by "
                    + "largest remainder to add up to it as printed (the same total in every table). "
                    + "Percentages have one decimal. Week over week compares the printed kWh: 'new' when the previous "
                    + "week shows 0, '—' when both do.",
            "",
            "Formats: md (default), html, pdf (needs --out), csv, json. No ledger yet gives an empty report."
        })
public final class WeeklyCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--week", paramLabel = "YYYY-Www", description = "ISO week, e.g. 2026-W47 "
            + "(default: the last complete week before now).")
    String week;
    @Option(names = "--weeks", paramLabel = "N", defaultValue = "8",
            description = "Weeks in the trend chart, ending with --week (1 to 52, default: ${DEFAULT-VALUE}).")
    int weeks;
    @Option(names = "--project", paramLabel = "PROJECT", description = "Only the runs of this project.")
    String project;
    @Mixin
    ReportOutputOptions output;
    @Mixin
    LedgerOption ledgerOption;

    WeeklyCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        ReportFormat format = output.format(WeeklyReport.FORMATS);
        Instant now = cli.clock().instant();
        IsoWeek w = week == null ? IsoWeek.lastCompleteBefore(now) : parseWeek(week);
        if (weeks < 1 || weeks > WeeklyRequest.MAX_TREND_WEEKS) {
            throw UserException.usage("invalid value for --weeks: " + weeks + " (expected 1 to " + WeeklyRequest.MAX_TREND_WEEKS + ")");
        }
        if (project != null && project.isBlank()) throw UserException.usage("invalid value for --project: it is empty");
        output.checkDestination(format);
        WeeklyRequest request = new WeeklyRequest(w, weeks, project, now);
        ReportOutput report = cli.fromExistingLedger(ledgerOption.db, l -> WeeklyReport.generate(l, request),
                () -> WeeklyReport.generate(null, request));
        output.write(cli, report, format);
        return 0;
    }

    static IsoWeek parseWeek(String text) {
        try {
            return IsoWeek.parse(text);
        } catch (IllegalArgumentException e) {
            throw UserException.usage("invalid value for --week: " + e.getMessage());
        }
    }
}

package io.wattprint.cli.scope2;

import io.wattprint.cli.UserException;
import io.wattprint.core.scope2.Scope2Rules;
import picocli.CommandLine.Option;

/**
 * {@code --reporter}, {@code --vintage-months-before} and {@code --vintage-months-after}: the Scope 2 Quality
 * Criteria options of {@code wattprint scope2}, {@code report scope2} and {@code report esrs-e1}, with their checks.
 */
public final class Scope2RulesOptions {
    @Option(names = "--reporter", paramLabel = "ENTITY", description = "Reporting entity instruments must be retired for. "
            + "Without it, instruments need only be recorded as retired, and a warning says so.")
    String reporter;
    @Option(names = "--vintage-months-before", paramLabel = "N", defaultValue = "0",
            description = "Accept instrument vintages ending up to N months before the year (default: ${DEFAULT-VALUE}: "
                    + "the vintage must overlap the year).")
    int monthsBefore;
    @Option(names = "--vintage-months-after", paramLabel = "N", defaultValue = "0",
            description = "Accept instrument vintages starting up to N months after the year (default: ${DEFAULT-VALUE}).")
    int monthsAfter;

    /** Refuses months outside 0 to 120 and a blank reporter; each error names the option and what was expected. */
    public void check() {
        months("--vintage-months-before", monthsBefore);
        months("--vintage-months-after", monthsAfter);
        if (reporter != null && reporter.isBlank()) {
            throw UserException.usage("invalid value for --reporter: it must not be blank (expected the reporting entity)");
        }
    }

    private static void months(String option, int months) {
        if (months < 0 || months > 120) {
            throw UserException.usage("invalid value for " + option + ": " + months + " (expected months, 0 to 120)");
        }
    }

    /** The reporting entity without surrounding blanks, or null when none was given. */
    public String reporter() { return reporter == null ? null : reporter.strip(); }

    public int monthsBefore() { return monthsBefore; }

    public int monthsAfter() { return monthsAfter; }

    /** The rules of calendar year {@code year} (UTC) with these options. */
    public Scope2Rules rules(int year) {
        return Scope2Rules.calendarYear(year, reporter()).withVintageSlack(monthsBefore, monthsAfter);
    }
}

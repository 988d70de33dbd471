package io.wattprint.cli.report;

import io.wattprint.cli.UserException;

/** Checks of the options shared by the yearly reports; each error names the option and what was expected. */
final class ReportChecks {
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    private ReportChecks() {}

    static void year(String option, int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw UserException.usage("invalid value for " + option + ": " + year + " (expected a year from " + MIN_YEAR + " to "
                    + MAX_YEAR + ")");
        }
    }
}

package io.wattprint.cli.scope2;

import io.wattprint.cli.UserException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Checks of the options of the instruments and scope2 commands: each error names the option and what was expected. */
public final class Options {
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    private Options() {}

    /** A reporting year, 1990–2100 (scope2, report scope2, report esrs-e1). */
    public static void year(String option, int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw UserException.usage("invalid value for " + option + ": " + year + " (expected a year from " + MIN_YEAR
                    + " to " + MAX_YEAR + ")");
        }
    }

    static String required(String option, String value, String expected) {
        if (value == null || value.isBlank()) throw UserException.usage("invalid value for " + option + ": it must not be blank (expected " + expected + ")");
        return value.strip();
    }

    /** A date (start of that day, UTC). */
    static Instant date(String option, String text) {
        try {
            return LocalDate.parse(text.strip()).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw UserException.usage("invalid value for " + option + ": '" + text + "' (expected a date such as 2026-01-01)");
        }
    }
}

package io.wattprint.cli.allocate;

import io.wattprint.cli.UserException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** {@code --period}: a calendar month ({@code 2026-10}) or year ({@code 2026}), in UTC, as [from, to). */
record Period(String label, Instant from, Instant to) {
    static Period parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(t);
                return new Period(t, m.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                        m.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            if (t.matches("\\d{4}")) {
                Year y = Year.parse(t);
                return new Period(t, y.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                        y.plusYears(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
        } catch (DateTimeException e) {
            // Falls through to the message below (e.g. month 13).
        }
        throw UserException.usage("invalid value for --period: '" + text + "' (expected a month like 2026-10 or a year like 2026)");
    }

    double hours() { return java.time.Duration.between(from, to).toSeconds() / 3600d; }
}

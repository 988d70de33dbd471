package io.wattprint.ledger;

import io.wattprint.core.time.IsoInstant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Instants as fixed-width ISO-8601 UTC text with microseconds,
 * {@code 2026-11-23T10:00:00.000000Z}. Fixed width makes text order equal time order on
 * both databases (only digits differ between two values, at the same positions), and the
 * text stays readable in {@code sqlite3}. Sub-microsecond digits are dropped: both
 * databases then return exactly what was stored. Factor points and intervals store their times as integer
 * microseconds since the epoch ({@link #micros}) instead: the same precision in 8 bytes.
 */
final class Timestamps {
    private static final Instant MIN = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999Z");

    private Timestamps() {}

    /** The stored text of an instant: 27 characters ({@link IsoInstant}, six fraction digits). */
    static String format(Instant t) {
        if (t == null) return null;
        return IsoInstant.text(inRange(t), 6);
    }

    private static Instant inRange(Instant t) {
        if (t.isBefore(MIN) || t.isAfter(MAX)) {
            throw new IllegalArgumentException("instant " + t + " is outside the years 0000-9999 the ledger stores");
        }
        return t;
    }

    /**
     * The instant of a stored text. What {@link #format} wrote is read field by field; any other ISO-8601 instant
     * (as an older ledger or a hand-written row may hold) through {@link Instant#parse}.
     */
    static Instant parse(String text) {
        if (text == null) return null;
        if (text.length() != 27 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.' || text.charAt(26) != 'Z') {
            return Instant.parse(text);
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        int micros = number(text, 20, 6);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > YearMonth.of(year, month).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || micros < 0) {
            return Instant.parse(text); // not a field-by-field instant: the parser's own message
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3600L + minute * 60L + second, micros * 1000L);
    }

    /** The decimal number of {@code width} digits at {@code at}; -1 when a character is not a digit. */
    private static int number(String text, int at, int width) {
        int n = 0;
        for (int i = at; i < at + width; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') return -1;
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    static Instant truncate(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The instant as microseconds since 1970-01-01T00:00:00Z, sub-microsecond digits dropped (as {@link #format} drops
     * them): how the key columns of points and intervals store time (8 bytes, where the text took 27).
     */
    static long micros(Instant t) {
        inRange(t);
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
    }

    /** The instant {@link #micros} stored. */
    static Instant ofMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }
}

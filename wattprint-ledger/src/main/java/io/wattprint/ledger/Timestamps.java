package io.wattprint.ledger;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final Instant MIN = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999Z");

    private Timestamps() {}

    static String format(Instant t) {
        if (t == null) return null;
        return FORMAT.format(inRange(t));
    }

    private static Instant inRange(Instant t) {
        if (t.isBefore(MIN) || t.isAfter(MAX)) {
            throw new IllegalArgumentException("instant " + t + " is outside the years 0000-9999 the ledger stores");
        }
        return t;
    }

    static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
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

package io.wattprint.core.time;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Instants of the years 0000–9999 as fixed-width ISO-8601 UTC text, {@code 2026-11-23T10:00:00.000000Z}, written
 * digit by digit: the ledger's timestamps (6 fraction digits) and the spool's records (9) are written on every run and
 * tick, where a {@code DateTimeFormatter} not yet compiled by the JVM costs more than the rest of the work.
 */
public final class IsoInstant {
    /** The first and last epoch day written here: 0000-01-01 and 9999-12-31. */
    private static final long FIRST_DAY = -719_528L;
    private static final long LAST_DAY = 2_932_896L;

    private IsoInstant() {}

    /** Whether {@link #text} can write this instant (its year is 0000–9999). */
    public static boolean writable(Instant t) {
        long day = Math.floorDiv(t.getEpochSecond(), 86_400L);
        return day >= FIRST_DAY && day <= LAST_DAY;
    }

    /**
     * The instant with {@code fractionDigits} (0–9) digits of its second's fraction, the rest dropped (not rounded),
     * and a {@code Z}. Years outside 0000–9999 are refused ({@link #writable}).
     */
    public static String text(Instant t, int fractionDigits) {
        if (fractionDigits < 0 || fractionDigits > 9) throw new IllegalArgumentException("fraction digits 0-9, got " + fractionDigits);
        if (!writable(t)) throw new IllegalArgumentException("instant " + t + " is outside the years 0000-9999");
        long seconds = t.getEpochSecond();
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
        int length = 20 + (fractionDigits == 0 ? 0 : fractionDigits + 1);
        char[] out = new char[length];
        digits(out, 0, date.getYear(), 4);
        out[4] = '-';
        digits(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        digits(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        digits(out, 17, secondOfDay % 60, 2);
        if (fractionDigits > 0) {
            out[19] = '.';
            int fraction = t.getNano();
            for (int i = fractionDigits; i < 9; i++) fraction /= 10;
            digits(out, 20, fraction, fractionDigits);
        }
        out[length - 1] = 'Z';
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}

package io.wattprint.core.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one lenient timestamp parser of every importer: ISO 8601 date-times with {@code Z} or an offset
 * ({@code 2026-10-01T00:00:00Z}, {@code 2026-10-01T02:00+02:00}; seconds and fractions optional; {@code t} and
 * {@code z} in either case), a space for the {@code T} ({@code 2026-10-01 00:00:00Z}), {@code " UTC"} for the
 * {@code Z} ({@code 2026-10-01 00:00:00 UTC}, as BigQuery writes). A date-time without offset is read as UTC
 * only where the format says its times are UTC ({@link Forms#localIsUtc()}); elsewhere it is refused, a local
 * time is not guessed. A date alone ({@code 2026-10-01} or {@code 20261001}) is midnight UTC where the format
 * has dates ({@link Forms#dates()}). A refusal is a {@link TimestampException} whose {@link
 * TimestampException.Reason reason} the caller says in its own words, with the file, line and field.
 */
public final class Timestamps {

    /** What a format may hold beyond an ISO 8601 date-time with an offset. */
    public record Forms(boolean localIsUtc, boolean dates) {
        /** Only date-times with {@code Z} or an offset. */
        public static final Forms OFFSET = new Forms(false, false);
        /** Date-times with an offset, or dates (midnight UTC). */
        public static final Forms OFFSET_OR_DATE = new Forms(false, true);
        /** Date-times with an offset, or without one read as UTC. */
        public static final Forms UTC = new Forms(true, false);
        /** Date-times with an offset or without one (UTC), or dates (midnight UTC). */
        public static final Forms UTC_OR_DATE = new Forms(true, true);
    }

    private static final DateTimeFormatter DATE_KEY = DateTimeFormatter.ofPattern("uuuuMMdd");

    private Timestamps() {}

    /** The instant {@code text} names, in one of the {@code forms}. */
    public static Instant parse(String text, Forms forms) throws TimestampException {
        if (text == null || text.isBlank()) throw new TimestampException(TimestampException.Reason.EMPTY, text);
        String t = text.strip();
        if (t.endsWith(" UTC")) t = t.substring(0, t.length() - 4).stripTrailing() + "Z";
        if (forms.dates() && isDateShaped(t)) {
            try {
                LocalDate d = t.length() == 8 ? LocalDate.parse(t, DATE_KEY) : LocalDate.parse(t);
                return d.atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeException e) {
                throw new TimestampException(TimestampException.Reason.NOT_A_DATE, text);
            }
        }
        if (t.length() > 10 && (t.charAt(10) == ' ' || t.charAt(10) == 't')) t = t.substring(0, 10) + 'T' + t.substring(11);
        try {
            // Decided by looking, not by a failed parse: an exception per row costs more than the rest of the row.
            if (hasOffset(t)) return OffsetDateTime.parse(t).toInstant();
            LocalDateTime local = LocalDateTime.parse(t);
            if (!forms.localIsUtc()) throw new TimestampException(TimestampException.Reason.NO_OFFSET, text);
            return local.toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new TimestampException(TimestampException.Reason.NOT_A_TIME, text);
        }
    }

    /** Whether a date-time text ends in an offset: {@code Z} or {@code " UTC"}, or {@code +hh:mm} / {@code -hh:mm} after the date. */
    public static boolean hasOffset(String text) {
        String t = text.strip();
        if (t.endsWith("Z") || t.endsWith("z") || t.endsWith(" UTC")) return true;
        for (int i = Math.min(t.length(), 11); i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '+' || c == '-') return true;
        }
        return false;
    }

    /** {@code 2026-10-01} or {@code 20261001}: digits where a date has them (a bad month or day is then not a date). */
    private static boolean isDateShaped(String t) {
        if (t.length() == 8) return t.chars().allMatch(Character::isDigit);
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') return false;
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && !Character.isDigit(t.charAt(i))) return false;
        }
        return true;
    }
}

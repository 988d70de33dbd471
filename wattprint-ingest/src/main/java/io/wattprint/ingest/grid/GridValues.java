package io.wattprint.ingest.grid;

import io.wattprint.ingest.Excerpt;
import io.wattprint.ingest.TextLimit;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.time.TimestampException;
import io.wattprint.core.time.Timestamps;
import java.time.Duration;
import java.time.Instant;

/** Parsing shared by the grid-intensity importers; each failure is a {@link BadValue} naming the field and what was expected. */
final class GridValues {
    private GridValues() {}

    /** gCO2e/kWh from text: a finite number, 0 or more. */
    static CarbonIntensity gramsPerKwh(String field, String text, String unit) throws BadValue {
        double g = number(field, text, unit);
        return CarbonIntensity.ofGramsPerKwh(g);
    }

    /** A finite, non-negative number in {@code unit}. */
    static double number(String field, String text, String unit) throws BadValue {
        if (text == null || text.isBlank()) {
            throw new BadValue(field, (text == null ? "missing" : "empty") + " (expected " + unit + ", a number 0 or more)");
        }
        double v;
        try {
            v = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new BadValue(field, "'" + Excerpt.of(text) + "' is not a number (expected " + unit + ", a number 0 or more)");
        }
        if (!Double.isFinite(v) || v < 0) {
            throw new BadValue(field, "'" + Excerpt.of(text) + "' is " + (v < 0 ? "negative" : "not finite") + " (expected " + unit
                    + ", a number 0 or more)");
        }
        if (v > io.wattprint.ingest.TimeLimits.MAX_AMOUNT) {
            throw new BadValue(field, "'" + Excerpt.of(text) + "' is too large (expected " + unit + ", a number 0 or more and at most 1e15)");
        }
        return v;
    }

    /** An instant with Z or an offset (seconds optional: {@code 2019-08-25T12:30Z}), read by {@link Timestamps}. */
    static Instant offsetInstant(String field, String text) throws BadValue {
        try {
            return Timestamps.parse(text, Timestamps.Forms.OFFSET);
        } catch (TimestampException e) {
            if (e.reason() == TimestampException.Reason.EMPTY) {
                throw new BadValue(field, "missing (expected an ISO-8601 time with Z or an offset)");
            }
            throw new BadValue(field, "'" + Excerpt.of(text) + "' is not an ISO-8601 time with Z or an offset (expected e.g. 2024-01-01T00:00:00Z)");
        }
    }

    /**
     * An instant with Z or an offset, or a local date-time read as UTC (for formats that say their
     * times are UTC, such as Electricity Maps' {@code Datetime (UTC)} column), read by {@link Timestamps}.
     */
    static Instant utcInstant(String field, String text) throws BadValue {
        try {
            return Timestamps.parse(text, Timestamps.Forms.UTC);
        } catch (TimestampException e) {
            if (e.reason() == TimestampException.Reason.EMPTY) {
                throw new BadValue(field, "missing (expected a UTC date-time such as 2024-01-01 00:00:00)");
            }
            throw new BadValue(field, "'" + Excerpt.of(text) + "' is not a date-time (expected UTC such as 2024-01-01 00:00:00 or "
                    + "ISO-8601 with Z or an offset)");
        }
    }

    /**
     * A zone, region or location the series is stored under: {@code text} as it is; longer than {@link TextLimit#MAX}
     * characters quarantines the row ({@link TextLimit}).
     */
    static String name(String field, String text) throws BadValue {
        String tooLong = TextLimit.exceeded(text);
        if (tooLong != null) throw new BadValue(field, tooLong);
        return text;
    }

    /**
     * A name of a file's header or metadata that every series of the file is stored under (a region, a dataset):
     * longer than {@link TextLimit#MAX} characters refuses the file, naming the field.
     */
    static String fileName(java.nio.file.Path file, String field, String text) {
        String tooLong = TextLimit.exceeded(text);
        if (tooLong != null) throw new io.wattprint.ingest.ImportException(file + ": " + field + " " + tooLong);
        return text;
    }

    /** Whether {@code text} carries its own offset (else it is read as UTC). */
    static boolean hasOffset(String text) { return Timestamps.hasOffset(text); }

    /** {@code hh:mm} or {@code hh:mm:ss} (the .NET TimeSpan form the Carbon Aware SDK writes), positive. */
    static Duration hoursMinutes(String field, String text) throws BadValue {
        String expected = " (expected a positive length as hh:mm or hh:mm:ss, e.g. 01:00)";
        if (text == null || text.isBlank()) throw new BadValue(field, "missing" + expected);
        String[] p = text.strip().split(":", -1);
        if (p.length < 2 || p.length > 3) throw new BadValue(field, "'" + Excerpt.of(text) + "' is not a length" + expected);
        try {
            long h = Long.parseLong(p[0]);
            long m = Long.parseLong(p[1]);
            long s = p.length == 3 ? Long.parseLong(p[2]) : 0;
            if (h < 0 || m < 0 || m > 59 || s < 0 || s > 59) throw new NumberFormatException();
            if (h > io.wattprint.ingest.TimeLimits.MAX_SECONDS / 3_600) {
                throw new BadValue(field, "'" + Excerpt.of(text) + "' is too long" + expected.replace(")", ", at most "
                        + io.wattprint.ingest.TimeLimits.MAX_SECONDS / 3_600 + " hours)"));
            }
            // h ≤ 876,600 here: exact in seconds.
            Duration d = Duration.ofSeconds(Math.addExact(Math.multiplyExact(h, 3_600L), Math.addExact(Math.multiplyExact(m, 60L), s)));
            if (d.isZero()) throw new BadValue(field, "'" + Excerpt.of(text) + "' is zero" + expected);
            return d;
        } catch (NumberFormatException e) {
            throw new BadValue(field, "'" + Excerpt.of(text) + "' is not a length" + expected);
        }
    }
}

package io.wattprint.ingest.cloud;

import io.wattprint.ingest.TextLimit;
import io.wattprint.ingest.TimeLimits;
import io.wattprint.ingest.Excerpt;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.time.TimestampException;
import io.wattprint.core.time.Timestamps;
import java.time.Instant;
import java.util.Locale;

/** Parsing of the fields cloud exports share; a bad field is a {@link BadField} naming it and what was expected. */
final class Values {
    /** A field that cannot be read; the importer quarantines the row with it. */
    static final class BadField extends Exception {
        final String field;

        BadField(String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }
    }


    private Values() {}

    /** A non-negative decimal number; null when empty. */
    static Double amount(String field, String text) throws BadField {
        if (text == null) return null;
        double v;
        try {
            v = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new BadField(field, "'" + Excerpt.of(text) + "' is not a number");
        }
        if (!Double.isFinite(v)) throw new BadField(field, "'" + Excerpt.of(text) + "' is not a finite number");
        if (v < 0) throw new BadField(field, "negative value " + Excerpt.of(text) + " (expected 0 or more)");
        if (v > TimeLimits.MAX_AMOUNT) throw new BadField(field, "'" + Excerpt.of(text) + "' is too large (expected at most 1e15)");
        return v;
    }

    /**
     * An amount in the unit a column names: MTCO2e, tCO2e or t (metric tonnes; AWS writes MTCO2e), kgCO2e
     * or kg, gCO2e or g. Anything else is refused: a unit is never guessed.
     */
    static Co2e co2e(String valueField, double value, String unitField, String unit) throws BadField {
        if (unit == null) throw new BadField(unitField, "no unit for " + valueField + " (expected MTCO2e, tCO2e, kgCO2e or gCO2e)");
        double grams = switch (unit.strip().toLowerCase(Locale.ROOT)) {
            case "mtco2e", "tco2e", "t", "tonnes", "metric tonnes" -> value * 1e6;
            case "kgco2e", "kg" -> value * 1e3;
            case "gco2e", "g" -> value;
            default -> throw new BadField(unitField, "unknown unit '" + Excerpt.of(unit) + "' (expected MTCO2e, tCO2e, kgCO2e or gCO2e)");
        };
        // Checked before it becomes a Co2e (which refuses infinity with an exception): 1e308 tonnes is no row's figure.
        if (grams > MAX_GRAMS) {
            throw new BadField(valueField, value + " " + unit.strip() + " is too large (expected at most 1e12 t CO2e, "
                    + "more than the world emits in a decade)");
        }
        return Co2e.ofGrams(grams);
    }

    /** The largest CO2e one row of a cloud export may hold: 1e12 tonnes, in grams. */
    static final double MAX_GRAMS = 1e18;

    /**
     * An instant ({@link Timestamps}): ISO-8601 with an offset ({@code 2025-10-01T00:00:00Z}), or without one, or
     * {@code 2025-10-01 00:00:00}, or a date ({@code 2025-10-01}, {@code 20251001}): taken as UTC, the zone the exports use.
     */
    static Instant instant(String field, String text) throws BadField {
        try {
            return Timestamps.parse(text, Timestamps.Forms.UTC_OR_DATE);
        } catch (TimestampException e) {
            if (text == null) throw new BadField(field, "empty (expected a date or timestamp)");
            throw new BadField(field, "'" + Excerpt.of(text) + "' is not a date or timestamp (expected e.g. 2025-10-01 or 2025-10-01T00:00:00Z)");
        }
    }

    /**
     * A name the row stores (account, project, service, region, location, model version): {@code text} as it is, null
     * when empty; longer than {@link TextLimit#MAX} characters quarantines the row ({@link TextLimit}).
     */
    static String name(String field, String text) throws BadField {
        String tooLong = TextLimit.exceeded(text);
        if (tooLong != null) throw new BadField(field, tooLong);
        return text;
    }

    static String required(String field, String text) throws BadField {
        if (text == null) throw new BadField(field, "empty (a value is required)");
        return text;
    }
}

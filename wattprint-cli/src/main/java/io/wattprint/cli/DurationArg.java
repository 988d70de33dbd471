package io.wattprint.cli;

import java.time.Duration;
import java.util.Locale;

/** Durations on the command line: 500ms, 1s, 1.5s, 2m, 1h, or plain seconds (2.5). */
public final class DurationArg {
    private DurationArg() {}

    public static Duration parse(String option, String text, Duration min, Duration max) {
        Duration d;
        try {
            String t = text.trim().toLowerCase(Locale.ROOT);
            String unit = t.endsWith("ms") ? "ms" : t.isEmpty() || Character.isDigit(t.charAt(t.length() - 1)) ? "s"
                    : t.substring(t.length() - 1);
            String number = t.endsWith(unit) ? t.substring(0, t.length() - unit.length()) : t;
            double millisPerUnit = switch (unit) {
                case "ms" -> 1;
                case "s" -> 1_000;
                case "m" -> 60_000;
                case "h" -> 3_600_000;
                default -> throw new NumberFormatException(unit);
            };
            double ms = Double.parseDouble(number) * millisPerUnit;
            if (!Double.isFinite(ms)) throw new NumberFormatException(number);
            d = Duration.ofMillis(Math.round(ms));
        } catch (NumberFormatException e) {
            throw UserException.usage("invalid value for " + option + ": '" + text + "' (expected e.g. 500ms, 1s, 2m, 1h)");
        }
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw UserException.usage("invalid value for " + option + ": '" + text + "' (must be between "
                    + words(min) + " and " + words(max) + ")");
        }
        return d;
    }

    private static String words(Duration d) {
        if (d.toMillis() < 1000) return d.toMillis() + "ms";
        if (d.toDays() >= 1 && d.toHours() % 24 == 0) return d.toDays() + "d";
        if (d.toHours() >= 1 && d.toMinutes() % 60 == 0) return d.toHours() + "h";
        return d.toSeconds() + "s";
    }
}

package io.wattprint.cli;

import io.wattprint.core.figure.Figures;
import java.math.BigDecimal;

/**
 * Numbers on the command line. Every numeric option is checked here against its {@link Range} — finite,
 * inside bounds wide enough for any real workload and small enough that the arithmetic downstream stays
 * finite — so a bad value is a usage error naming the option and what was expected, never a stack trace
 * from a calculation further down.
 */
public final class NumberArg {
    /** 100 years of 8,760 h: hours of use, reserved time. */
    public static final double MAX_HOURS = 876_000;
    /** 1,000 TWh in kWh: more than any facility or pool meters in a century. */
    public static final double MAX_KWH = 1e12;
    /** The same in MWh. */
    public static final double MAX_MWH = 1e9;
    /** 1,000 Mt in kg: embodied and pooled emissions. */
    public static final double MAX_KG = 1e12;
    /** Grid intensities: the dirtiest grids are near 1,000 gCO2e/kWh. */
    public static final double MAX_G_PER_KWH = 10_000;
    /** Power of one device in watts (100 kW). */
    public static final double MAX_WATTS = 100_000;
    /** Hardware lifetime in years. */
    public static final double MAX_YEARS = 100;
    /** Hardware lifetimes: from 0.001 years (about 9 h), which keeps TE × TiR / EL finite, to 100 years. */
    public static final Range LIFETIME_YEARS = Range.between("a number of years", 0.001, MAX_YEARS);
    /** A facility PUE: 1.0 (no overhead) to 5.0, the range the core's Pue accepts. */
    public static final Range PUE = Range.between("a PUE", 1, 5);
    /** Counts of functional units (requests, inferences). */
    public static final double MAX_COUNT = 1e15;
    /**
     * SCI's R: from a millionth of a unit, so that ((E × I) + M) / R stays finite for any E, I and M these
     * ranges allow, to {@link #MAX_COUNT}.
     */
    public static final Range FUNCTIONAL_UNITS = Range.between("a number of functional units", 1e-6, MAX_COUNT);

    private NumberArg() {}

    /** An allowed interval: {@code min} (included or not) to {@code max} (included), in {@code unit} words. */
    public record Range(double min, boolean minIncluded, double max, String unit) {
        public static Range positive(String unit, double max) { return new Range(0, false, max, unit); }

        public static Range zeroOrMore(String unit, double max) { return new Range(0, true, max, unit); }

        public static Range between(String unit, double min, double max) { return new Range(min, true, max, unit); }

        public boolean contains(double v) {
            return Double.isFinite(v) && (minIncluded ? v >= min : v > min) && v <= max;
        }

        String expected() {
            String low = !minIncluded ? "more than " + shown(min) + " and at most " : min == 0 ? "0 or more and at most "
                    : "from " + shown(min) + " to ";
            return unit + ", " + low + shown(max);
        }
    }

    /** {@code value} if {@code range} holds it, else a usage error: "invalid value for --hours: 1e308 (expected …)". */
    public static double check(String option, double value, Range range) {
        if (!range.contains(value)) throw invalid(option, value, range.expected());
        return value;
    }

    /**
     * A decimal option kept exact (net revenue, FLOPs): {@code text} as a BigDecimal ({@code _} allowed between
     * digits) inside {@code range}; null stays null. {@code example} shows what a good value looks like.
     */
    public static BigDecimal decimal(String option, String text, Range range, String example) {
        if (text == null) return null;
        BigDecimal v;
        try {
            v = new BigDecimal(text.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw UserException.usage("invalid value for " + option + ": '" + text + "' (expected " + range.expected()
                    + ", e.g. " + example + ")");
        }
        int low = v.compareTo(BigDecimal.valueOf(range.min()));
        if ((range.minIncluded() ? low < 0 : low <= 0) || v.compareTo(BigDecimal.valueOf(range.max())) > 0) {
            throw UserException.usage("invalid value for " + option + ": " + text.strip() + " (expected " + range.expected() + ")");
        }
        return v;
    }

    /** {@link #check} for an optional option: null stays null. */
    public static Double check(String option, Double value, Range range) {
        return value == null ? null : check(option, value.doubleValue(), range);
    }

    /** A whole number from {@code min} to {@code max}. */
    public static int check(String option, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            throw UserException.usage("invalid value for " + option + ": " + value + " (expected " + unit + ", from "
                    + min + " to " + max + ")");
        }
        return value;
    }

    public static UserException invalid(String option, double value, String expected) {
        return UserException.usage("invalid value for " + option + ": " + shown(value) + " (expected " + expected + ")");
    }

    /** A number as the user would write it: 24, 0.5, 1e+308 (not 309 digits), NaN, Infinity. */
    public static String shown(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e9 || a < 1e-9)) return Double.toString(v).replace(".0E", "E").replace("E", "e");
        return Figures.plain(v, 9);
    }
}

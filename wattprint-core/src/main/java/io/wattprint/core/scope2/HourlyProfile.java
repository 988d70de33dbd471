package io.wattprint.core.scope2;

import io.wattprint.core.quantity.Energy;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Energy per UTC hour, keyed by the hour's start: the generation an instrument certifies hour
 * by hour (the hourly matching the 2025 Scope 2 consultation proposes), or a consumption line's
 * use. Hours with no energy may be left out.
 */
public record HourlyProfile(SortedMap<Instant, Energy> hours) {
    /** Relative tolerance of the check that a profile sums to its total (rounding of decimal input). */
    static final double SUM_TOLERANCE = 1e-9;

    public HourlyProfile {
        Objects.requireNonNull(hours, "hours");
        for (Map.Entry<Instant, Energy> e : hours.entrySet()) {
            Objects.requireNonNull(e.getKey(), "hour");
            Objects.requireNonNull(e.getValue(), "energy of hour " + e.getKey());
            if (!e.getKey().truncatedTo(ChronoUnit.HOURS).equals(e.getKey())) {
                throw new IllegalArgumentException("hour " + e.getKey() + " does not start on a whole UTC hour");
            }
        }
        hours = Collections.unmodifiableSortedMap(new TreeMap<>(hours));
    }

    public static HourlyProfile of(Map<Instant, Energy> hours) { return new HourlyProfile(new TreeMap<>(hours)); }

    public Energy total() {
        double j = 0;
        for (Energy e : hours.values()) j += e.joules();
        return Energy.ofJoules(j);
    }

    /**
     * Checks that the profile sums to {@code expected} and lies within [from, to).
     *
     * @param owner what the profile belongs to, for the message ({@code instrument GO-17})
     */
    void check(String owner, Energy expected, Instant from, Instant to) {
        if (hours.isEmpty()) throw new IllegalArgumentException(owner + ": hourly profile has no hours");
        for (Instant h : hours.keySet()) {
            if (h.isBefore(from) || !h.isBefore(to)) {
                throw new IllegalArgumentException(owner + ": hourly profile hour " + h + " lies outside " + from + ".." + to);
            }
        }
        double sum = total().joules();
        if (Math.abs(sum - expected.joules()) > SUM_TOLERANCE * Math.max(expected.joules(), 1)) {
            throw new IllegalArgumentException(owner + ": hourly profile sums to " + mwh(sum) + " MWh, not the "
                    + mwh(expected.joules()) + " MWh given");
        }
    }

    private static String mwh(double joules) {
        return io.wattprint.core.figure.Figures.plainSignificant(joules / Energy.JOULES_PER_MWH, 12);
    }
}

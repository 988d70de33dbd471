package io.wattprint.core.scope2;

import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import java.time.Instant;
import java.util.Objects;

/**
 * Electricity consumed in one grid zone over [from, to) (facility energy: what was bought from
 * the grid), with the location-based (grid average) factor that applies to it and that factor's
 * citation. {@code hourly}, when given, is the consumption hour by hour and sums to
 * {@code energy}; an instrument with an hourly profile is then matched hour by hour.
 */
public record ConsumptionLine(String label, String zone, Instant from, Instant to, Energy energy,
                              CarbonIntensity gridFactor, String gridFactorSource, HourlyProfile hourly) {
    public ConsumptionLine {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("a consumption line needs a label");
        String who = "consumption " + label;
        if (zone == null || zone.isBlank()) throw new IllegalArgumentException(who + ": zone is required");
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException(who + ": period is empty or missing (" + from + ".." + to + ")");
        }
        Objects.requireNonNull(energy, who + ": energy");
        Objects.requireNonNull(gridFactor, who + ": grid factor");
        if (gridFactorSource == null || gridFactorSource.isBlank()) {
            throw new IllegalArgumentException(who + ": the grid factor needs a source");
        }
        if (hourly != null) hourly.check(who, energy, from, to);
    }

    /** A line without an hourly profile. */
    public static ConsumptionLine of(String label, String zone, Instant from, Instant to, Energy energy,
                                     CarbonIntensity gridFactor, String gridFactorSource) {
        return new ConsumptionLine(label, zone, from, to, energy, gridFactor, gridFactorSource, null);
    }

    /** Location-based emissions: energy × grid average factor. */
    public Co2e locationBased() { return gridFactor.times(energy); }

    /** The calendar year (UTC) the line's period starts in: the year of the residual mix it needs. */
    public int year() { return from.atZone(java.time.ZoneOffset.UTC).getYear(); }
}

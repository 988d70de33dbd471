package io.wattprint.core.model;

import io.wattprint.core.quantity.CarbonIntensity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Grid carbon intensity of a zone over [validFrom, validTo): a calendar year for annual
 * factors, an hour (or less) for a series. Carries its basis, source, dataset version and
 * licence so that every figure computed from it can cite it.
 */
public record EmissionFactor(String zone, CarbonIntensity intensity, Instant validFrom, Instant validTo,
                             Basis basis, Boundary boundary, String source, String dataset, String licence) {

    /** Average grid mix or marginal (the plant that responds to extra load). */
    public enum Basis { AVERAGE, MARGINAL }

    /** Lifecycle (incl. upstream fuel and plant construction) or direct (combustion only). */
    public enum Boundary { LIFECYCLE, DIRECT }

    public EmissionFactor {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(intensity, "intensity");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(source, "source");
        if (!validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("factor for " + zone + " has an empty validity " + validFrom + ".." + validTo);
        }
        if (source.isBlank()) throw new IllegalArgumentException("factor for " + zone + " has no source");
    }

    /** An annual average factor valid for the calendar year (UTC). */
    public static EmissionFactor annual(String zone, CarbonIntensity intensity, int year, Basis basis,
                                        Boundary boundary, String source, String dataset, String licence) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return new EmissionFactor(zone, intensity, from, to, basis, boundary, source, dataset, licence);
    }

    public int year() { return validFrom.atZone(ZoneOffset.UTC).getYear(); }

    public boolean covers(Instant t) { return !t.isBefore(validFrom) && t.isBefore(validTo); }

    /** One line for an audit trail: value, zone, year, basis and source. */
    public String citation() {
        return intensity + " for " + zone + ", " + year() + " (" + basis.name().toLowerCase(java.util.Locale.ROOT)
                + ", " + boundary.name().toLowerCase(java.util.Locale.ROOT) + "), source: " + source
                + (dataset == null ? "" : ", dataset " + dataset)
                + (licence == null ? "" : ", licence " + licence);
    }
}

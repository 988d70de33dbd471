package io.wattprint.data;

import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.quantity.CarbonIntensity;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of {@code grid-intensity.csv}: the annual average carbon intensity of a zone's grid
 * for one year, with its basis, boundary, source and licence.
 *
 * @param basis    {@code average} or {@code marginal}
 * @param boundary {@code lifecycle} or {@code direct}
 */
public record GridFactorRow(String zone, String name, int year, double gramsPerKwh, String basis, String boundary,
                            String source, String licence) {

    public GridFactorRow {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(source, "source");
        if (zone.isBlank()) throw new IllegalArgumentException("zone is blank");
        if (source.isBlank()) throw new IllegalArgumentException("factor for " + zone + " has no source");
        if (!Double.isFinite(gramsPerKwh) || gramsPerKwh < 0) {
            throw new IllegalArgumentException("factor for " + zone + " must be a finite, non-negative gCO2e/kWh, got " + gramsPerKwh);
        }
        basis = basis.toLowerCase(Locale.ROOT);
        boundary = boundary.toLowerCase(Locale.ROOT);
        parseBasis(basis);
        parseBoundary(boundary);
    }

    /** This row as an annual factor valid for its calendar year, labelled with {@code dataset}. */
    public EmissionFactor toFactor(String dataset) {
        return EmissionFactor.annual(zone, CarbonIntensity.ofGramsPerKwh(gramsPerKwh), year, parseBasis(basis),
                parseBoundary(boundary), source, dataset, licence);
    }

    private static EmissionFactor.Basis parseBasis(String s) {
        return switch (s) {
            case "average" -> EmissionFactor.Basis.AVERAGE;
            case "marginal" -> EmissionFactor.Basis.MARGINAL;
            default -> throw new IllegalArgumentException("basis must be average or marginal, got '" + s + "'");
        };
    }

    private static EmissionFactor.Boundary parseBoundary(String s) {
        return switch (s) {
            case "lifecycle" -> EmissionFactor.Boundary.LIFECYCLE;
            case "direct" -> EmissionFactor.Boundary.DIRECT;
            default -> throw new IllegalArgumentException("boundary must be lifecycle or direct, got '" + s + "'");
        };
    }
}

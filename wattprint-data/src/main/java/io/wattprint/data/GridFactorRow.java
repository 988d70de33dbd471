package io.wattprint.data;

import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.factor.Gwp;
import io.wattprint.core.quantity.CarbonIntensity;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of {@code grid-intensity.csv}: the annual average carbon intensity of a zone's grid
 * for one year, with its basis, boundary, source and licence.
 *
 * @param basis    {@code average} or {@code marginal}
 * @param boundary {@code lifecycle} or {@code direct}
 * @param gwp      the GWP set behind the CO2e figure, one of {@link Gwp#SETS} ({@code AR6 GWP100}, {@code not stated by source} …)
 * @param co2      the per-gas split in g/kWh where the source gives one (eGRID), else null; all three or none
 */
public record GridFactorRow(String zone, String name, int year, double gramsPerKwh, String basis, String boundary,
                            String source, String licence, String gwp, Double co2, Double ch4, Double n2o) {

    /** A row without a per-gas split. */
    public GridFactorRow(String zone, String name, int year, double gramsPerKwh, String basis, String boundary,
                         String source, String licence, String gwp) {
        this(zone, name, year, gramsPerKwh, basis, boundary, source, licence, gwp, null, null, null);
    }

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
        if (gwp == null || !Gwp.known(gwp)) {
            throw new IllegalArgumentException("factor for " + zone + " must name its GWP set, one of " + Gwp.SETS + ", got '" + gwp + "'");
        }
        boolean any = co2 != null || ch4 != null || n2o != null;
        if (any && (co2 == null || ch4 == null || n2o == null)) {
            throw new IllegalArgumentException("factor for " + zone + " gives part of a per-gas split: give CO2, CH4 and N2O or none");
        }
        if (any && Gwp.AR6_GWP100.equals(gwp)) {
            // The CO2e figure must be the AR6 conversion of its parts (to the 2 decimals shipped).
            double ar6 = Gwp.ar6Co2e(co2, ch4, n2o);
            if (Math.abs(ar6 - gramsPerKwh) > 0.006) {
                throw new IllegalArgumentException("factor for " + zone + ": " + gramsPerKwh + " gCO2e/kWh is not CO2 + 29.8 CH4 + "
                        + "273 N2O of its per-gas split (" + ar6 + ")");
            }
        }
    }

    /** Whether the source gives this factor per gas. */
    public boolean perGas() { return co2 != null; }

    /** The boundary as the core's enum. */
    public EmissionFactor.Boundary boundaryValue() { return parseBoundary(boundary); }

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

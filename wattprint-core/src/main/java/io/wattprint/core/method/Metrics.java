package io.wattprint.core.method;

import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Pue;
import java.util.List;
import java.util.Objects;

/** Efficiency metrics of AI workloads (DOMAIN.md §4), each a small pure function. */
public final class Metrics {
    private Metrics() {}

    /** Where an Energy-to-Solution was measured: it is only comparable at the same boundary. */
    public enum Boundary { GPU, NODE, FACILITY }

    /** Total energy to reach a defined outcome, with the boundary it was counted at. */
    public record EnergyToSolution(Energy energy, Boundary boundary) {
        public EnergyToSolution {
            Objects.requireNonNull(energy, "energy");
            Objects.requireNonNull(boundary, "boundary");
        }

        @Override
        public String toString() { return energy + " (" + boundary.name().toLowerCase(java.util.Locale.ROOT) + " boundary)"; }
    }

    /** Carbon per inference = (E_window × I + M_window) / N. */
    public static Co2e carbonPerInference(Energy window, CarbonIntensity intensity, Co2e embodiedWindow, long inferences) {
        requirePositive(inferences, "inferences");
        return intensity.times(window).plus(embodiedWindow).times(1d / inferences);
    }

    /** Energy per 1,000 inferences = E / N × 1000 (the AI Energy Score's unit, in Wh per 1k queries). */
    public static Energy energyPerThousandInferences(Energy energy, long inferences) {
        requirePositive(inferences, "inferences");
        return energy.times(1_000d / inferences);
    }

    /** Energy-to-Solution: the sum of every run that went into the outcome, failed ones included. */
    public static EnergyToSolution energyToSolution(List<Energy> runs, Boundary boundary) {
        Energy sum = Energy.ZERO;
        for (Energy e : runs) sum = sum.plus(e);
        return new EnergyToSolution(sum, boundary);
    }

    /** FLOPs per kWh = FLOPs / E. */
    public static double flopsPerKwh(double flops, Energy energy) {
        if (!Double.isFinite(flops) || flops < 0) throw new IllegalArgumentException("FLOPs must be 0 or more, got " + flops);
        if (energy.joules() <= 0) throw new IllegalArgumentException("energy must be more than 0 for FLOPs per kWh");
        return flops / energy.kilowattHours();
    }

    /**
     * Carbon Usage Effectiveness (The Green Grid; ISO/IEC 30134-8) = facility CO2e / IT energy,
     * in kgCO2e per IT kWh.
     */
    public static double cue(Co2e facilityCo2e, Energy itEnergy) {
        if (itEnergy.joules() <= 0) throw new IllegalArgumentException("IT energy must be more than 0 for CUE");
        return facilityCo2e.kilograms() / itEnergy.kilowattHours();
    }

    /** CUE of a facility with one electricity supply: its emission factor (kg/kWh) × PUE. */
    public static double cue(CarbonIntensity factor, Pue pue) {
        return factor.gramsPerKwh() / 1_000d * pue.value();
    }

    private static void requirePositive(long n, String what) {
        if (n <= 0) throw new IllegalArgumentException(what + " must be more than 0, got " + n);
    }
}

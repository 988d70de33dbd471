package io.wattprint.core.estimate;

import io.wattprint.core.quantity.Power;

/**
 * CPU power from TDP and utilisation, CodeCarbon's load curve
 * (DOMAIN.md §1, "CodeCarbon CPU load model"): P = TDP × (0.1 + 0.9 × u³), u in 0..1.
 * Oracle: TDP 100 W → u=0: 10 W, u=0.5: 21.25 W, u=1: 100 W.
 * Unknown CPU: TDP = logical CPUs × 4 W (CodeCarbon's fallback).
 */
public final class CpuLoadModel {
    public static final String NAME = "cpu-tdp-load-curve";
    public static final double IDLE_FRACTION = 0.1;
    public static final double WATTS_PER_THREAD_FALLBACK = 4.0;

    private CpuLoadModel() {}

    public static Power power(double tdpWatts, double utilisation) {
        if (!(utilisation >= 0 && utilisation <= 1)) {
            throw new IllegalArgumentException("utilisation must be in 0..1, got " + utilisation);
        }
        double u3 = utilisation * utilisation * utilisation;
        return Power.ofWatts(tdpWatts * (IDLE_FRACTION + (1 - IDLE_FRACTION) * u3));
    }

    public static double fallbackTdp(int logicalCpus) { return logicalCpus * WATTS_PER_THREAD_FALLBACK; }
}

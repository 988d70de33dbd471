package io.wattprint.meter.rapl;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One zone's {@code energy_uj} between two readings: the energy in between, with a wraparound
 * undone, and whether the figure can be trusted.
 *
 * <p>The counter runs from 0 to {@code max_energy_range_uj} and starts again at 0, so the energy
 * between readings is (new − old) mod (max_energy_range_uj + 1) (DOMAIN.md §1). That is exact only
 * if the counter went round at most once. The readings fit equally well with any number of
 * further whole laps, so a reading is flagged {@link Doubt#EXTRA_LAP_POSSIBLE} when the zone could
 * have drawn one more lap's energy in the time between them:
 *
 * <pre>  maxPower × elapsed ≥ delta + (max_energy_range_uj + 1)</pre>
 *
 * where maxPower is the largest {@code constraint_X_max_power_uw} the zone declares (the highest
 * power limit it accepts: a plausible ceiling for its mean power over the seconds between readings,
 * not a guarantee), or {@link #FALLBACK_MAX_WATTS} where it declares none. The figure is then a lower bound, short
 * by a whole number of laps at most. With the usual 1 s sampling this never happens: an Intel
 * package counter's range is about 262 kJ (2³² units of 2⁻¹⁴ J), over 20 minutes at 200 W.
 *
 * <p>Where {@code max_energy_range_uj} is missing a wrap cannot be undone: a counter that went
 * backwards is counted from 0 (the energy since it wrapped, again a lower bound) and flagged
 * {@link Doubt#RANGE_UNKNOWN}.
 */
final class RaplCounter {
    /**
     * Power bound for zones that declare no limit, per zone: 1,000 W, more than twice the highest
     * CPU TDP in wattprint's hardware catalog (360 W, AMD EPYC 9654). Set high on purpose: too high
     * only flags a reading that was fine, too low would let a double wrap pass unflagged.
     */
    static final double FALLBACK_MAX_WATTS = 1_000;

    enum Doubt { NONE, EXTRA_LAP_POSSIBLE, RANGE_UNKNOWN }

    /** Energy since the previous reading, in microjoules, and how sure it is. */
    record Step(long microjoules, Doubt doubt) {}

    private final OptionalLong range;
    private final double maxWatts;
    private long last;

    RaplCounter(OptionalLong maxEnergyRangeUj, OptionalLong maxPowerUw, long first) {
        this.range = maxEnergyRangeUj;
        this.maxWatts = maxPowerUw.isPresent() ? maxPowerUw.getAsLong() / 1e6 : FALLBACK_MAX_WATTS;
        this.last = first;
    }

    /** Power bound used by the double-wrap rule, in watts. */
    double maxWatts() { return maxWatts; }

    /** Energy of one lap of the counter in microjoules (max_energy_range_uj + 1); empty where unknown. */
    OptionalLong lapMicrojoules() {
        return range.isPresent() ? OptionalLong.of(lap(range.getAsLong())) : OptionalLong.empty();
    }

    /**
     * The time between readings below which none can be flagged: one lap at the power bound
     * (lap / maxPower). Empty where the range is unknown.
     */
    Optional<Duration> safeInterval() {
        if (range.isEmpty()) return Optional.empty();
        return Optional.of(Duration.ofNanos((long) Math.floor(lap(range.getAsLong()) * 1e3 / maxWatts)));
    }

    /** Takes the reading {@code value}, {@code elapsed} after the previous one. */
    Step next(long value, Duration elapsed) {
        Step step;
        if (range.isPresent()) {
            long lap = lap(range.getAsLong());
            long delta = Math.floorMod(value - last, lap);
            double mostPossible = maxWatts * (elapsed.toNanos() / 1e9) * 1e6;
            step = new Step(delta, mostPossible >= (double) delta + lap ? Doubt.EXTRA_LAP_POSSIBLE : Doubt.NONE);
        } else if (value >= last) {
            step = new Step(value - last, Doubt.NONE);
        } else {
            step = new Step(value, Doubt.RANGE_UNKNOWN);
        }
        last = value;
        return step;
    }

    private static long lap(long range) { return range == Long.MAX_VALUE ? range : range + 1; }
}

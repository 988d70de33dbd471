package io.wattprint.core.facility;

import io.wattprint.core.quantity.Energy;
import java.util.Objects;

/**
 * The metered-vs-run rule of Scope 2 and ESRS E1-5 (METHODOLOGY.md §8.7, issue 16 item 3): over the time a facility's
 * meter readings cover, its energy is the metered energy (GHG Protocol Scope 2 Guidance (2015) §6.1: energy uses are
 * identified "on the basis of utility bills or metered energy consumption"), and the runs closed in that time
 * allocate within it.
 * <pre>
 *   runs inside ≤ metered:  scale = 1,                      not attributed = metered − runs inside
 *   runs inside > metered:  scale = metered / runs inside,  not attributed = 0   (the meter is used; warned)
 * </pre>
 * so that runs inside × scale + not attributed = metered, and no line is ever negative.
 *
 * @param scale        what the runs' facility energy inside the readings is multiplied by, in (0, 1]
 * @param unattributed the metered energy no run explains, a line of its own
 */
public record MeteredShare(Energy metered, Energy runsInside, double scale, Energy unattributed) {
    public MeteredShare {
        Objects.requireNonNull(metered, "metered");
        Objects.requireNonNull(runsInside, "runsInside");
        Objects.requireNonNull(unattributed, "unattributed");
        if (!(scale > 0 && scale <= 1)) throw new IllegalArgumentException("scale must be in (0, 1], got " + scale);
    }

    /** @throws IllegalArgumentException when nothing was metered (no reading: the rule does not apply) */
    public static MeteredShare of(Energy metered, Energy runsInside) {
        if (metered.joules() <= 0) throw new IllegalArgumentException("metered energy must be more than 0 kWh");
        if (runsInside.joules() > metered.joules()) {
            return new MeteredShare(metered, runsInside, metered.joules() / runsInside.joules(), Energy.ZERO);
        }
        return new MeteredShare(metered, runsInside, 1, Energy.ofJoules(metered.joules() - runsInside.joules()));
    }

    /** True when the runs inside the readings have more facility energy than the meter: they are scaled down to it. */
    public boolean runsExceedMeter() { return scale < 1; }

    /** How much the runs exceed the meter, as a fraction of the meter (0.125 = 12.5 %); 0 when they do not. */
    public double excess() { return runsExceedMeter() ? runsInside.joules() / metered.joules() - 1 : 0; }
}

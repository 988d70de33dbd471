package io.wattprint.core.model;

import io.wattprint.core.quantity.Pue;
import java.util.Objects;

/** The PUE applied to a run's IT energy, and why that value. */
public record PueAssumption(Pue pue, String basis) {
    public PueAssumption {
        Objects.requireNonNull(pue, "pue");
        Objects.requireNonNull(basis, "basis");
    }

    /** How the basis of a PUE that was not applied starts: the run's energy is IT energy only. */
    public static final String NOT_APPLIED = "not applied";

    /**
     * Whether a stored PUE basis says no PUE was applied ({@link #notApplied()}, and the importers' and run site's "not
     * applied (…)" variants): the run's facility energy is then its IT energy only, without cooling and power
     * conversion — a narrower boundary than IT energy × PUE (issue 16 item 7). A PUE of 1.0 given on purpose is not this.
     */
    public static boolean itEnergyOnly(String basis) { return basis != null && basis.startsWith(NOT_APPLIED); }

    /** No facility overhead: used when neither a facility, a cloud region nor --pue says otherwise. */
    public static PueAssumption notApplied() {
        return new PueAssumption(Pue.NONE, "not applied (no facility, cloud region or --pue given; IT energy only)");
    }
}

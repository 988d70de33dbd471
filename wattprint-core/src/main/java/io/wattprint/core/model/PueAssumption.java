package io.wattprint.core.model;

import io.wattprint.core.quantity.Pue;
import java.util.Objects;

/** The PUE applied to a run's IT energy, and why that value. */
public record PueAssumption(Pue pue, String basis) {
    public PueAssumption {
        Objects.requireNonNull(pue, "pue");
        Objects.requireNonNull(basis, "basis");
    }

    /** No facility overhead: used when neither a facility, a cloud region nor --pue says otherwise. */
    public static PueAssumption notApplied() {
        return new PueAssumption(Pue.NONE, "not applied (no facility, cloud region or --pue given; IT energy only)");
    }
}

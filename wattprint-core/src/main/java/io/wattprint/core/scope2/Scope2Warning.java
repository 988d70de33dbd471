package io.wattprint.core.scope2;

import java.util.Objects;

/**
 * Something a market-based result must disclose: an instrument that failed a Scope 2 Quality
 * Criterion and was not applied, MWh left unused, or a fallback factor. {@code subject} is the
 * instrument id or the zone it concerns.
 */
public record Scope2Warning(Code code, String subject, String message) {
    public enum Code {
        /** Criterion 5: the vintage does not lie in the reporting window; not applied. */
        VINTAGE_OUTSIDE_WINDOW,
        /** Criterion 6: the instrument's market contains none of the consumption zones; not applied. */
        MARKET_MISMATCH,
        /** Criterion 3: not recorded as retired or cancelled; not applied. */
        NOT_RETIRED,
        /** Criterion 3: retired for another entity than the reporter; not applied. */
        RETIRED_FOR_ANOTHER,
        /** No reporter named, so retirement was checked to have happened but not for whom. */
        REPORTER_NOT_NAMED,
        /** Criterion 2: the same tracking certificate as an instrument already applied; not applied. */
        DUPLICATE_CERTIFICATE,
        /** MWh of an applied instrument that no consumption used (not carried elsewhere). */
        SURPLUS,
        /** No residual mix for the zone in the year or an earlier one: uncovered consumption got the grid average, which double counts. */
        GRID_AVERAGE_USED,
        /** The residual mix of an earlier year than the consumption's was used (the latest published, {@link ResidualMixYears}). */
        RESIDUAL_MIX_OTHER_YEAR
    }

    public Scope2Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() { return message; }
}

package io.wattprint.core.facility;

import java.util.Locale;
import java.util.Objects;

/**
 * Something a facility figure's reader must know: a result is never silently wrong or silently
 * missing. The kind is a stable name a machine can test ({@code --json}); the message says what
 * happened and what to check.
 */
public record FacilityWarning(Kind kind, String message) {
    public enum Kind {
        /** No meter reading overlaps the period: there is nothing to reconcile or attribute. */
        NO_METER_READING,
        /** Meter readings cover only part of the period. */
        PARTIAL_METER_COVERAGE,
        /** A reading extends beyond the period: its energy is pro-rated by time. */
        READING_PRO_RATED,
        /** The PUE is for a period shorter than the 12 months ISO/IEC 30134-2 reports over. */
        PUE_PERIOD_SHORT,
        /** The PUE applied is not for this period (another period, or only part of it). */
        PUE_PERIOD_MISMATCH,
        /** The sum of bottom-up facility energy is more than the meter. */
        BOTTOM_UP_EXCEEDS_METER,
        /** No run of the facility has energy in the period. */
        NO_RUNS,
        /** Runs without accelerator (or CPU) time get no share in a top-down attribution. */
        NO_SHARE,
        /** Readings at another boundary (IT, PDU) were not used against a facility meter. */
        READINGS_NOT_USED;

        /** {@code no-meter-reading}: the name in JSON output. */
        public String code() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }
    }

    public FacilityWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() { return kind.code() + ": " + message; }
}

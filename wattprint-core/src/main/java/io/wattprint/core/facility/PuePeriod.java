package io.wattprint.core.facility;

import io.wattprint.core.model.Period;
import io.wattprint.core.quantity.Pue;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A facility's PUE over a period (ISO/IEC 30134-2: total facility energy / IT equipment energy),
 * measured — with the standard's category, which says where IT energy was metered — or declared
 * (a design figure, a provider's statement, a contract).
 *
 * @param category 1, 2 or 3 for a measured PUE (see {@link #categoryName}), null for a declared one
 * @param source   where the figure comes from (a report, a BMS export, a contract clause)
 */
public record PuePeriod(String facility, Period period, Pue pue, Basis basis, Integer category, String source) {

    /** How the figure was obtained. */
    public enum Basis {
        MEASURED, DECLARED;

        public String label() { return name().toLowerCase(Locale.ROOT); }
    }

    public PuePeriod {
        Facility.checkName(facility);
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(pue, "pue");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(source, "source");
        String which = "PUE of facility " + facility + " for " + period.label();
        if (basis == Basis.MEASURED && category == null) {
            throw new IllegalArgumentException(which + " is measured but names no ISO/IEC 30134-2 category (1 UPS output, "
                    + "2 PDU output, 3 IT equipment input)");
        }
        if (basis == Basis.DECLARED && category != null) {
            throw new IllegalArgumentException(which + " is declared: a measurement category applies to a measured PUE only");
        }
        if (category != null && (category < 1 || category > 3)) {
            throw new IllegalArgumentException(which + " has category " + category + " (expected 1 UPS output, "
                    + "2 PDU output or 3 IT equipment input)");
        }
        if (source.isBlank()) throw new IllegalArgumentException(which + " has no source");
    }

    /**
     * A PUE from a plain number, checked with a message that names the facility and the period:
     * a PUE below 1.0 would mean the facility used less energy than its IT equipment.
     */
    public static PuePeriod of(String facility, Period period, double value, Basis basis, Integer category, String source) {
        Objects.requireNonNull(period, "period");
        if (!Double.isFinite(value) || value < 1.0 || value > 5.0) {
            throw new IllegalArgumentException("PUE of facility " + facility + " for " + period.label() + " must be between "
                    + "1.0 and 5.0 (total facility energy / IT equipment energy, ISO/IEC 30134-2), got " + value);
        }
        return new PuePeriod(facility, period, Pue.of(value), basis, category, source);
    }

    /** The measurement point of an ISO/IEC 30134-2 category. */
    public static String categoryName(int category) {
        return switch (category) {
            case 1 -> "UPS output";
            case 2 -> "PDU output";
            case 3 -> "IT equipment input";
            default -> throw new IllegalArgumentException("no ISO/IEC 30134-2 category " + category);
        };
    }

    /** The standard reports PUE over 12 months; a shorter period swings with the season and the load. */
    public Optional<FacilityWarning> shortPeriodWarning() {
        if (period.isAtLeastTwelveMonths()) return Optional.empty();
        return Optional.of(new FacilityWarning(FacilityWarning.Kind.PUE_PERIOD_SHORT, "PUE " + pue + " of facility "
                + facility + " is for " + period.label() + ", shorter than the 12 months over which ISO/IEC 30134-2 "
                + "defines PUE: a shorter period follows the season and the load"));
    }

    /** How it was obtained, for a PUE basis line: {@code measured, ISO/IEC 30134-2 category 2 (PDU output)}. */
    public String how() {
        return basis == Basis.MEASURED
                ? "measured, ISO/IEC 30134-2 category " + category + " (" + categoryName(category) + ")"
                : "declared";
    }

    /** One line for an audit trail: facility, period, value, how and source. */
    public String citation() {
        return "facility " + facility + " PUE " + pue + " for " + period.label() + ", " + how() + ", source: " + source;
    }
}

package io.wattprint.core.facility;

import io.wattprint.core.model.Period;
import io.wattprint.core.quantity.Energy;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Energy a facility meter recorded over a period: a utility bill, an interval (smart) meter, the
 * building management system, or the PDUs.
 *
 * @param source where the figure comes from (invoice number, export file, meter id)
 */
public record MeterReading(String facility, Period period, Energy energy, Kind kind, String source) {

    /** Where the meter sits, which says what it measures. */
    public enum Boundary {
        /** The whole facility: IT equipment, cooling, power conversion, lighting. */
        FACILITY,
        /** IT equipment only, metered at the PDUs (ISO/IEC 30134-2 category 2 measurement point). */
        IT
    }

    /** The kinds of reading, by the name a user types. */
    public enum Kind {
        UTILITY_BILL("utility-bill", Boundary.FACILITY),
        INTERVAL_METER("interval-meter", Boundary.FACILITY),
        BMS("bms", Boundary.FACILITY),
        PDU("pdu", Boundary.IT);

        private final String label;
        private final Boundary boundary;

        Kind(String label, Boundary boundary) {
            this.label = label;
            this.boundary = boundary;
        }

        public String label() { return label; }

        public Boundary boundary() { return boundary; }

        public static Optional<Kind> parse(String text) {
            return Arrays.stream(values()).filter(k -> k.label.equals(text)).findFirst();
        }

        public static String labels() { return Arrays.stream(values()).map(Kind::label).collect(Collectors.joining(", ")); }
    }

    public MeterReading {
        Facility.checkName(facility);
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(energy, "energy");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException(kind.label() + " reading of facility " + facility + " for " + period.label()
                    + " has no source");
        }
        if (energy.joules() <= 0) {
            throw new IllegalArgumentException(kind.label() + " reading of facility " + facility + " for " + period.label()
                    + " must be more than 0 kWh");
        }
    }

    /** One line for an audit trail. */
    public String citation() {
        return kind.label() + " " + Plain.kwh(energy) + " over " + period.label() + ", source: " + source;
    }
}

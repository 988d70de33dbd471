package io.wattprint.core.facility;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.Period;
import io.wattprint.core.quantity.Energy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a facility's meters say about a period: the readings that overlap it, each cut to the
 * period (a reading that extends beyond it counts for the share of its time inside, pro-rated),
 * the metered energy, the part of the period the readings cover and the warnings a reader must
 * see. Readings at the facility boundary (utility bill, interval meter, BMS) are used when there
 * are any; PDU readings (IT boundary) only when there are none.
 *
 * @param windows the parts of the period the readings cover: bottom-up energy is taken over these
 */
public record MeteredEnergy(String facility, Period period, MeterReading.Boundary boundary, List<Part> parts,
                            Energy energy, Duration covered, List<FacilityWarning> warnings) {

    /** One reading as counted: the part of its period inside the period, and the energy of that part. */
    public record Part(MeterReading reading, Period window, Energy counted) {
        public boolean proRated() { return !window.equals(reading.period()); }
    }

    public MeteredEnergy {
        parts = List.copyOf(parts);
        warnings = List.copyOf(warnings);
    }

    /**
     * The metered energy of {@code facility} over {@code period} from its readings (any periods,
     * only the overlapping ones are used).
     *
     * @throws IllegalArgumentException when two readings at the same boundary overlap (naming both)
     */
    public static MeteredEnergy of(String facility, Period period, List<MeterReading> readings) {
        Objects.requireNonNull(period, "period");
        List<MeterReading> inPeriod = readings.stream()
                .filter(r -> r.facility().equals(facility) && r.period().overlaps(period))
                .sorted(Comparator.comparing((MeterReading r) -> r.period().from()).thenComparing(r -> r.kind().label()))
                .toList();
        List<FacilityWarning> warnings = new ArrayList<>();
        List<MeterReading> atFacility = inPeriod.stream().filter(r -> r.kind().boundary() == MeterReading.Boundary.FACILITY).toList();
        List<MeterReading> atIt = inPeriod.stream().filter(r -> r.kind().boundary() == MeterReading.Boundary.IT).toList();
        MeterReading.Boundary boundary = atFacility.isEmpty() && !atIt.isEmpty() ? MeterReading.Boundary.IT
                : MeterReading.Boundary.FACILITY;
        List<MeterReading> used = boundary == MeterReading.Boundary.FACILITY ? atFacility : atIt;
        if (boundary == MeterReading.Boundary.FACILITY && !atIt.isEmpty()) {
            warnings.add(new FacilityWarning(FacilityWarning.Kind.READINGS_NOT_USED, atIt.size() + " PDU reading(s) of facility "
                    + facility + " in " + period.label() + " measure IT energy, not facility energy: not used against the "
                    + "facility meter"));
        }
        checkNoOverlap(used);
        if (used.isEmpty()) {
            warnings.add(new FacilityWarning(FacilityWarning.Kind.NO_METER_READING, "no meter reading of facility " + facility
                    + " covers any of " + period.label() + ": nothing to reconcile (add one with wattprint facility reading)"));
            return new MeteredEnergy(facility, period, boundary, List.of(), Energy.ZERO, Duration.ZERO, warnings);
        }
        List<Part> parts = new ArrayList<>();
        Energy total = Energy.ZERO;
        Duration covered = Duration.ZERO;
        for (MeterReading r : used) {
            Period window = r.period().clip(period);
            double share = (double) window.length().toNanos() / r.period().length().toNanos();
            Energy counted = window.equals(r.period()) ? r.energy() : r.energy().times(share);
            parts.add(new Part(r, window, counted));
            total = total.plus(counted);
            covered = covered.plus(window.length());
            if (!window.equals(r.period())) {
                warnings.add(new FacilityWarning(FacilityWarning.Kind.READING_PRO_RATED, r.kind().label() + " reading "
                        + r.period().label() + " (" + Plain.kwh(r.energy()) + ") extends beyond " + period.label() + ": "
                        + Figures.plainPercent(share, 2) + " of its time is inside, so " + Plain.kwh(counted) + " is counted (pro-rated by time)"));
            }
        }
        if (covered.compareTo(period.length()) < 0) {
            double share = (double) covered.toNanos() / period.length().toNanos();
            warnings.add(new FacilityWarning(FacilityWarning.Kind.PARTIAL_METER_COVERAGE, "meter readings cover "
                    + Figures.plainPercent(share, 2) + " of " + period.label() + " (" + days(covered) + " of " + days(period.length())
                    + " days): the figures are for the covered part only, runs' energy outside it is left out"));
        }
        return new MeteredEnergy(facility, period, boundary, parts, total, covered, warnings);
    }

    /**
     * Refuses readings at the same boundary whose periods overlap: the same energy would be
     * counted twice.
     */
    public static void checkNoOverlap(List<MeterReading> readings) {
        for (int i = 0; i < readings.size(); i++) {
            for (int j = i + 1; j < readings.size(); j++) {
                MeterReading a = readings.get(i);
                MeterReading b = readings.get(j);
                if (a.kind().boundary() == b.kind().boundary() && a.period().overlaps(b.period())) {
                    throw new IllegalArgumentException(overlapMessage(a, b));
                }
            }
        }
    }

    /**
     * A stored reading that {@code candidate} would overlap, if any. A stored reading of the same
     * kind and period is not an overlap: the candidate corrects it.
     */
    public static Optional<MeterReading> overlapping(MeterReading candidate, List<MeterReading> stored) {
        return stored.stream()
                .filter(s -> s.facility().equals(candidate.facility()))
                .filter(s -> s.kind().boundary() == candidate.kind().boundary())
                .filter(s -> !(s.kind() == candidate.kind() && s.period().equals(candidate.period())))
                .filter(s -> s.period().overlaps(candidate.period()))
                .findFirst();
    }

    public static String overlapMessage(MeterReading a, MeterReading b) {
        return "meter readings of facility " + a.facility() + " overlap: " + a.citation() + "; and " + b.citation()
                + " (readings at the same boundary must not overlap, or the energy would be counted twice)";
    }

    public boolean hasReadings() { return !parts.isEmpty(); }

    /** The share of the period the readings cover, 0–1. */
    public double coveredShare() { return (double) covered.toNanos() / period.length().toNanos(); }

    /** The parts of the period the readings cover, in time order. */
    public List<Period> windows() { return parts.stream().map(Part::window).toList(); }

    private static String days(Duration d) { return Figures.plain(d.toSeconds() / 86_400d, 2); }
}

package io.wattprint.report.reconcile;

import io.wattprint.core.facility.AppliedPue;
import io.wattprint.core.facility.FacilityWarning;
import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.facility.MeteredEnergy;
import java.util.List;
import java.util.Locale;

/**
 * The facility pieces of the reconcile JSON ({@link HybridData}, {@link TopDownData}): the period, the metered energy
 * with its readings, the PUE applied and the warnings; kWh unrounded, periods as label and instants.
 */
public final class FacilityData {
    private FacilityData() {}

    public record Period(String label, String from, String to) {
        static Period of(io.wattprint.core.model.Period p) { return new Period(p.label(), p.from().toString(), p.to().toString()); }
    }

    /** The metered energy: {@code kwh} null when no reading covers the period. */
    public record Meter(String boundary, Double kwh, double coveredShare, List<Reading> readings) {
        static Meter of(MeteredEnergy m) {
            List<Reading> readings = m.parts().stream().map(Reading::of).toList();
            return new Meter(lower(m.boundary()), m.hasReadings() ? m.energy().kilowattHours() : null, m.coveredShare(), readings);
        }
    }

    /** One meter reading and what of it counts in the period. */
    public record Reading(String period, String from, String to, String kind, String boundary, double kwh, String source,
                          double countedKwh, boolean proRated) {
        static Reading of(MeteredEnergy.Part part) {
            MeterReading r = part.reading();
            return new Reading(r.period().label(), r.period().from().toString(), r.period().to().toString(), r.kind().label(),
                    lower(r.kind().boundary()), r.energy().kilowattHours(), r.source(), part.counted().kilowattHours(),
                    part.proRated());
        }
    }

    /** The PUE applied (null in the JSON when none is on record). */
    public record Pue(double value, String period, String basis, Integer category, String source, String applied) {
        static Pue of(AppliedPue p) {
            if (p == null) return null;
            return new Pue(p.pue().pue().value(), p.pue().period().label(), p.pue().basis().label(), p.pue().category(),
                    p.pue().source(), p.basis());
        }
    }

    public record Warning(String kind, String message) {
        static List<Warning> of(List<FacilityWarning> ws) {
            return ws.stream().map(w -> new Warning(w.kind().code(), w.message())).toList();
        }
    }

    private static String lower(MeterReading.Boundary b) { return b.name().toLowerCase(Locale.ROOT); }
}

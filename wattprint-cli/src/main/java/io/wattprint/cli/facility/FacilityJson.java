package io.wattprint.cli.facility;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.wattprint.core.facility.AppliedPue;
import io.wattprint.core.facility.FacilityWarning;
import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.facility.MeteredEnergy;
import io.wattprint.core.model.Period;
import java.util.List;
import java.util.Locale;

/** JSON pieces shared by facility show and reconcile: kWh unrounded, periods as label and instants. */
public final class FacilityJson {
    private FacilityJson() {}

    /** A period: its label and its instants (to exclusive). */
    public record PeriodJson(String label, String from, String to) {}

    /** One meter reading: its period, what it meters (the boundary: facility or IT), kWh and source. */
    public record ReadingJson(String period, String from, String to, String kind, String boundary, double kwh, String source) {}

    /** A reading as counted in a period: the kWh of it that falls inside, and whether it was pro-rated. */
    public record CountedReadingJson(@JsonUnwrapped ReadingJson reading, double countedKwh, boolean proRated) {}

    /** The metered energy of a period: null kWh without readings; the share of the period the readings cover. */
    public record MeterJson(String boundary, Double kwh, double coveredShare, List<CountedReadingJson> readings) {}

    /** The PUE applied to a period, and how it was chosen ({@code applied}). */
    public record PueJson(double value, String period, String basis, Integer category, String source, String applied) {}

    /** A warning about a facility's data: its code and message. */
    public record WarningJson(String kind, String message) {}

    public static PeriodJson period(Period p) { return new PeriodJson(p.label(), p.from().toString(), p.to().toString()); }

    public static ReadingJson reading(MeterReading r) {
        return new ReadingJson(r.period().label(), r.period().from().toString(), r.period().to().toString(), r.kind().label(),
                r.kind().boundary().name().toLowerCase(Locale.ROOT), r.energy().kilowattHours(), r.source());
    }

    public static MeterJson meter(MeteredEnergy meter) {
        List<CountedReadingJson> parts = meter.parts().stream()
                .map(p -> new CountedReadingJson(reading(p.reading()), p.counted().kilowattHours(), p.proRated()))
                .toList();
        return new MeterJson(meter.boundary().name().toLowerCase(Locale.ROOT),
                meter.hasReadings() ? meter.energy().kilowattHours() : null, meter.coveredShare(), parts);
    }

    public static PueJson pue(AppliedPue p) {
        if (p == null) return null;
        return new PueJson(p.pue().pue().value(), p.pue().period().label(), p.pue().basis().label(), p.pue().category(),
                p.pue().source(), p.basis());
    }

    public static List<WarningJson> warnings(List<FacilityWarning> warnings) {
        return warnings.stream().map(w -> new WarningJson(w.kind().code(), w.message())).toList();
    }
}

package io.wattprint.cli.facility;

import io.wattprint.core.facility.FacilityWarning;
import io.wattprint.core.facility.MeterReading;
import java.util.List;
import java.util.Locale;

/**
 * JSON pieces of facility show: kWh unrounded, periods as label and instants. (Reconcile writes its own as records,
 * {@code io.wattprint.report.reconcile.FacilityData}.)
 */
public final class FacilityJson {
    private FacilityJson() {}

    /** One meter reading: its period, what it meters (the boundary: facility or IT), kWh and source. */
    public record ReadingJson(String period, String from, String to, String kind, String boundary, double kwh, String source) {}

    /** A warning about a facility's data: its code and message. */
    public record WarningJson(String kind, String message) {}

    public static ReadingJson reading(MeterReading r) {
        return new ReadingJson(r.period().label(), r.period().from().toString(), r.period().to().toString(), r.kind().label(),
                r.kind().boundary().name().toLowerCase(Locale.ROOT), r.energy().kilowattHours(), r.source());
    }

    public static List<WarningJson> warnings(List<FacilityWarning> warnings) {
        return warnings.stream().map(w -> new WarningJson(w.kind().code(), w.message())).toList();
    }
}

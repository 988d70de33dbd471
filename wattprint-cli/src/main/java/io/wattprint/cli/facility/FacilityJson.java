package io.wattprint.cli.facility;

import io.wattprint.core.facility.FacilityWarning;
import io.wattprint.core.facility.MeterReading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON pieces of facility show: kWh unrounded, periods as label and instants. (Reconcile writes its own as records,
 * {@code io.wattprint.report.reconcile.FacilityData}.)
 */
public final class FacilityJson {
    private FacilityJson() {}

    public static Map<String, Object> reading(MeterReading r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", r.period().label());
        m.put("from", r.period().from().toString());
        m.put("to", r.period().to().toString());
        m.put("kind", r.kind().label());
        m.put("boundary", r.kind().boundary().name().toLowerCase(java.util.Locale.ROOT));
        m.put("kwh", r.energy().kilowattHours());
        m.put("source", r.source());
        return m;
    }

    public static List<Map<String, Object>> warnings(List<FacilityWarning> warnings) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (FacilityWarning w : warnings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", w.kind().code());
            m.put("message", w.message());
            out.add(m);
        }
        return out;
    }
}

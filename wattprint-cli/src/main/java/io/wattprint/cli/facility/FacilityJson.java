package io.wattprint.cli.facility;

import io.wattprint.core.facility.AppliedPue;
import io.wattprint.core.facility.FacilityWarning;
import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.facility.MeteredEnergy;
import io.wattprint.core.model.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON pieces shared by facility show and reconcile: kWh unrounded, periods as label and instants. */
public final class FacilityJson {
    private FacilityJson() {}

    public static Map<String, Object> period(Period p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", p.label());
        m.put("from", p.from().toString());
        m.put("to", p.to().toString());
        return m;
    }

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

    public static Map<String, Object> meter(MeteredEnergy meter) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("boundary", meter.boundary().name().toLowerCase(java.util.Locale.ROOT));
        m.put("kwh", meter.hasReadings() ? meter.energy().kilowattHours() : null);
        m.put("covered_share", meter.coveredShare());
        List<Map<String, Object>> parts = new ArrayList<>();
        for (MeteredEnergy.Part part : meter.parts()) {
            Map<String, Object> x = reading(part.reading());
            x.put("counted_kwh", part.counted().kilowattHours());
            x.put("pro_rated", part.proRated());
            parts.add(x);
        }
        m.put("readings", parts);
        return m;
    }

    public static Map<String, Object> pue(AppliedPue p) {
        if (p == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", p.pue().pue().value());
        m.put("period", p.pue().period().label());
        m.put("basis", p.pue().basis().label());
        m.put("category", p.pue().category());
        m.put("source", p.pue().source());
        m.put("applied", p.basis());
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

package io.wattprint.cli.hardware;

import io.wattprint.core.embodied.HardwareRecord;
import io.wattprint.ledger.HardwareRepository.StoredHardware;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a hardware record is shown: its JSON object and plain figures. */
final class HardwareView {
    private HardwareView() {}

    static Map<String, Object> json(StoredHardware s) {
        HardwareRecord r = s.record();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("model", r.model());
        m.put("embodied_kg", r.embodied().kilograms());
        m.put("source", r.source());
        m.put("lifetime_years", r.lifetimeYears());
        m.put("total_resources", r.totalResources());
        m.put("resource_unit", r.unit().label());
        m.put("valid_from", r.validFrom().toString());
        m.put("seq", s.seq());
        m.put("recorded_at", s.recordedAt().toString());
        m.put("g_per_resource_hour", perResourceHourGrams(r));
        return m;
    }

    /** TE / (EL × ToR): what one GPU- or vCPU-hour of this machine carries, in grams. */
    static double perResourceHourGrams(HardwareRecord r) {
        return r.embodied().grams() / (r.lifetimeHours() * r.totalResources());
    }
}

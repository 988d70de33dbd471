package io.wattprint.cli.hardware;

import io.wattprint.core.embodied.HardwareRecord;
import io.wattprint.ledger.HardwareRepository.StoredHardware;

/**
 * How a hardware record is shown: its JSON object (the record, its version and when it was recorded, and the
 * grams one resource-hour carries) and plain figures.
 */
record HardwareView(String id, String model, double embodiedKg, String source, double lifetimeYears, int totalResources,
                    String resourceUnit, String validFrom, int seq, String recordedAt, double gPerResourceHour) {

    static HardwareView of(StoredHardware s) {
        HardwareRecord r = s.record();
        return new HardwareView(r.id(), r.model(), r.embodied().kilograms(), r.source(), r.lifetimeYears(), r.totalResources(),
                r.unit().label(), r.validFrom().toString(), s.seq(), s.recordedAt().toString(), perResourceHourGrams(r));
    }

    /** What {@code hardware add --json} prints: the record and whether it was added (false: already recorded). */
    record Added(@com.fasterxml.jackson.annotation.JsonUnwrapped HardwareView record, boolean added) {}

    /** TE / (EL × ToR): what one GPU- or vCPU-hour of this machine carries, in grams. */
    static double perResourceHourGrams(HardwareRecord r) {
        return r.embodied().grams() / (r.lifetimeHours() * r.totalResources());
    }
}

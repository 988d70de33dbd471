package io.wattprint.report.view;

import io.wattprint.core.embodied.EmbodiedAmortisation.RunEmbodied;
import io.wattprint.core.embodied.HardwareRecord;
import java.util.List;

/**
 * A run's embodied (Scope 3) share of a hardware record: the time it reserved, the resources charged of the
 * record's total, on what basis they were counted ({@code resourcesFrom}), and the explanation.
 */
public record EmbodiedView(int scope, String hardwareId, String model, double co2eKg, double reservedHours,
                           double resources, int totalResources, String resourceUnit, String resourcesFrom,
                           String source, List<String> explanation) {

    public static EmbodiedView of(HardwareRecord hardware, RunEmbodied embodied, String resourcesFrom) {
        return new EmbodiedView(3, hardware.id(), hardware.model(), embodied.embodied().kilograms(), embodied.hours(),
                embodied.resourcesCharged(), hardware.totalResources(), hardware.unit().label(), resourcesFrom,
                hardware.source(), embodied.explanation().render());
    }
}

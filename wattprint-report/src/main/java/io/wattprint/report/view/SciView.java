package io.wattprint.report.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.wattprint.core.method.Sci;
import io.wattprint.core.quantity.Energy;
import java.util.List;

/** A run's SCI per functional unit (location-based I) and its IT energy per 1,000 units. */
public record SciView(double per, String unit, double sciG, double operationalG, double embodiedG, String intensityBasis,
                      @JsonProperty("it_energy_wh_per_1k") double itEnergyWhPer1k, List<String> explanation) {

    public static SciView of(Sci sci, Energy itPerThousand) {
        return new SciView(sci.per().count(), sci.per().name(), sci.sciGrams(), sci.operationalGrams(), sci.embodiedGrams(),
                "location-based", itPerThousand.wattHours(), sci.explanation().render());
    }
}

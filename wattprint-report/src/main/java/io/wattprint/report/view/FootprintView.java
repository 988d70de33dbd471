package io.wattprint.report.view;

import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.ledger.StoredFootprint;
import java.util.List;

/**
 * A run's stored footprint beyond the summary's figures: energy by component with its provenance, the PUE's basis,
 * the emission factor it cites (null when the location was unknown), the reference data version and the
 * explanation.
 */
public record FootprintView(List<Component> components, String pueBasis, Factor factor, String dataset,
                            List<String> explanation) {

    /** One component's energy and how it was obtained ({@code MEASURED_COUNTER}, a method name). */
    public record Component(String component, double energyKwh, String provenance, String method) {
        static Component of(ComponentEnergy c) {
            return new Component(c.component().toString(), c.energy().kilowattHours(), c.provenance().kind().name(),
                    c.provenance().method());
        }
    }

    /** The emission factor the CO2e used. */
    public record Factor(String zone, Double gPerKwh, Integer year, String source) {}

    public static FootprintView of(StoredFootprint f) {
        Factor factor = f.factorZone() == null ? null
                : new Factor(f.factorZone(), f.factorGramsPerKwh(), f.factorYear(), f.factorSource());
        return new FootprintView(f.components().stream().map(Component::of).toList(), f.pueBasis(), factor,
                f.dataset(), f.explanation());
    }
}

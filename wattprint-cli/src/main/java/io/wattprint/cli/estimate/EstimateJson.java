package io.wattprint.cli.estimate;

import io.wattprint.core.method.PlanningEstimate;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.Location;
import java.util.List;

/**
 * What {@code estimate --json} prints: the method and its inputs (GPU, count, power, utilisation, hours, PUE,
 * grid factor), the energy and CO2e it gives, and the reference data version.
 */
record EstimateJson(String method, String provenance, String gpu, int count, double powerW, String tdpSource,
                    double utilisation, String utilisationBasis, double hours, String location, String zone, double pue,
                    String pueBasis, Factor factor, double energyKwh, double facilityEnergyKwh, double co2eKg,
                    List<String> notes, List<String> explanation, String dataVersion) {

    static final String METHOD =
            "ML CO2 Impact planning estimate: count × power_w × utilisation × hours / 1000, × PUE, × grid factor";

    /** The grid factor used. */
    record Factor(String zone, int year, double gCo2ePerKwh, String source, String dataset) {}

    static EstimateJson of(PlanningEstimate e, Location where, String dataVersion) {
        EmissionFactor f = e.factor();
        Factor factor = new Factor(f.zone(), f.year(), f.intensity().gramsPerKwh(), f.source(), f.dataset());
        List<String> notes = e.factorYearNote() == null ? List.of() : List.of(e.factorYearNote());
        return new EstimateJson(METHOD, "estimated", e.hardware(), e.count(), e.powerWatts(), e.powerSource(), e.utilisation(),
                e.utilisationBasis(), e.hours(), where.cloudRegion() != null ? where.cloudRegion() : where.zone(), where.zone(),
                e.pue().pue().value(), e.pue().basis(), factor, e.energyKwh(), e.facilityEnergyKwh(), e.co2eKg(), notes,
                e.explain().render(), dataVersion);
    }
}

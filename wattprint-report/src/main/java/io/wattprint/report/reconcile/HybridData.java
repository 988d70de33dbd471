package io.wattprint.report.reconcile;

import io.wattprint.core.facility.Reconciliation;
import java.util.List;

/**
 * The data of {@code wattprint reconcile --json} (hybrid), as {@link io.wattprint.report.ReportJson} writes it
 * (snake_case): the facility, period, meter and PUE, then each run's figures, the sums, coverage and residual; every
 * figure unrounded (the printed table rounds them, {@link HybridResult}).
 *
 * @param meterKwh    null when no meter reading covers the period
 * @param coverage    null when no meter reading covers the period
 * @param residualKwh null when no meter reading covers the period
 */
public record HybridData(String method, String facility, String zone, FacilityData.Period period, FacilityData.Meter meter,
                         FacilityData.Pue pue, String residualTreatment, List<Run> runs, double bottomUpItKwh,
                         double bottomUpKwh, Double meterKwh, Double coverage, Double residualKwh, boolean residualAllocated,
                         boolean reconciled, List<FacilityData.Warning> warnings, List<String> explanation) {

    /** One run: its IT energy, the PUE applied, bottom-up (IT × PUE), its share, residual allocated, attributed. */
    public record Run(String id, String label, double itKwh, double pue, double bottomUpKwh, double share,
                      double allocatedResidualKwh, double attributedKwh) {}

    public static HybridData of(HybridResult h) {
        Reconciliation r = h.reconciliation();
        List<Run> runs = r.lines().stream().map(l -> new Run(l.usage().runId(), l.usage().label(),
                l.usage().itEnergy().kilowattHours(), l.pue().value(), l.bottomUp().kilowattHours(), l.share(),
                l.allocatedResidual().kilowattHours(), l.attributed().kilowattHours())).toList();
        boolean metered = r.meter().hasReadings();
        return new HybridData("hybrid", h.inputs().facility().name(), h.inputs().facility().zone(),
                FacilityData.Period.of(h.inputs().period()), FacilityData.Meter.of(r.meter()), FacilityData.Pue.of(r.pue()),
                r.treatment().label(), runs, r.bottomUpIt().kilowattHours(), r.bottomUp().kilowattHours(),
                metered ? r.meter().energy().kilowattHours() : null, r.coverage(),
                r.residual() == null ? null : r.residual().kilowattHours(), r.residualAllocated(), metered,
                FacilityData.Warning.of(r.warnings()), r.explanation().render());
    }
}

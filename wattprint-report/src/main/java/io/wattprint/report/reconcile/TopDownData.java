package io.wattprint.report.reconcile;

import io.wattprint.core.facility.TopDownAttribution;
import java.util.List;

/**
 * The data of {@code wattprint reconcile --top-down --json}, as {@link io.wattprint.report.ReportJson} writes it
 * (snake_case): the facility, period, meter and PUE, the share basis, the IT energy divided and each run's hours,
 * share and attributed energy; every figure unrounded (the printed table rounds them, {@link TopDownResult}).
 *
 * @param itKwh null when no meter reading covers the period
 */
public record TopDownData(String method, String facility, String zone, FacilityData.Period period, FacilityData.Meter meter,
                          FacilityData.Pue pue, String shareBasis, Double itKwh, List<Run> runs, boolean attributed,
                          List<FacilityData.Warning> warnings, List<String> explanation) {

    /** One run: its hours on each basis, its share, the IT and facility energy attributed, its own bottom-up IT energy. */
    public record Run(String id, String label, double acceleratorHours, double cpuHours, double share, double itKwh,
                      double facilityKwh, double bottomUpItKwh) {}

    public static TopDownData of(TopDownResult td) {
        TopDownAttribution t = td.attribution();
        List<Run> runs = t.lines().stream().map(l -> new Run(l.usage().runId(), l.usage().label(), l.usage().acceleratorHours(),
                l.usage().cpuHours(), l.share(), l.itEnergy().kilowattHours(), l.facilityEnergy().kilowattHours(),
                l.usage().itEnergy().kilowattHours())).toList();
        boolean metered = t.meter().hasReadings();
        return new TopDownData("top-down", td.inputs().facility().name(), td.inputs().facility().zone(),
                FacilityData.Period.of(td.inputs().period()), FacilityData.Meter.of(t.meter()), FacilityData.Pue.of(t.pue()),
                t.basis().label(), metered ? t.itEnergy().kilowattHours() : null, runs, metered,
                FacilityData.Warning.of(t.warnings()), t.explanation().render());
    }
}

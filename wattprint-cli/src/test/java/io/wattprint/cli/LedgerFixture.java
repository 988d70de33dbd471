package io.wattprint.cli;

import io.wattprint.core.method.FootprintCalculator;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Pue;
import io.wattprint.ledger.Ledger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Writes runs with known energy straight into a ledger, for report and query tests. */
final class LedgerFixture {
    private LedgerFixture() {}

    /** Stores a closed run of {@code kwh} IT energy in {@code zone} (null = unknown) at {@code gPerKwh}. */
    static String addRun(Path ledger, String id, String project, String team, Phase phase, Instant start,
                         double kwh, double pue, String zone, double gPerKwh) {
        return addRun(ledger, id, project, team, phase, start, kwh, pue, zone == null ? Location.unknown() : Location.zone(zone), gPerKwh);
    }

    /** The same, run in a cloud region ({@code aws:eu-west-3}) of {@code zone}. */
    static String addCloudRun(Path ledger, String id, String project, Instant start, double kwh, String region, String zone,
                              double gPerKwh) {
        return addRun(ledger, id, project, "t", Phase.TRAINING, start, kwh, 1.0, new Location(zone, region, null), gPerKwh);
    }

    /** The same, run in facility {@code facility} of {@code zone} with IT energy × {@code pue}. */
    static String addFacilityRun(Path ledger, String id, String project, Instant start, double kwh, double pue, String facility,
                                 String zone, double gPerKwh) {
        return addRun(ledger, id, project, "t", Phase.TRAINING, start, kwh, pue, new Location(zone, null, facility), gPerKwh);
    }

    private static String addRun(Path ledger, String id, String project, String team, Phase phase, Instant start,
                                 double kwh, double pue, Location location, double gPerKwh) {
        String zone = location.zone();
        Instant end = start.plusSeconds(3600);
        Workload w = Workload.builder(project).project(project).team(team).model("m-" + project).phase(phase).build();
        Run run = new Run(id, "fixture:" + id, w, "host-a", location, start, null, RunStatus.RUNNING, null, "train.py");
        List<EnergyInterval> intervals = List.of(new EnergyInterval(start, end, Component.gpu("0"),
                Energy.ofKilowattHours(kwh), new Provenance.MeasuredCounter("nvml-total-energy")));
        EmissionFactor factor = zone == null ? null : EmissionFactor.annual(zone, CarbonIntensity.ofGramsPerKwh(gPerKwh),
                start.atZone(java.time.ZoneOffset.UTC).getYear(), EmissionFactor.Basis.AVERAGE,
                EmissionFactor.Boundary.LIFECYCLE, "test fixture", "fixture 1", "n/a");
        PueAssumption p = pue == 1.0 ? PueAssumption.notApplied() : new PueAssumption(Pue.of(pue), "fixture");
        Footprint f = new FootprintCalculator().compute(intervals, location, p, (z, t) -> Optional.ofNullable(factor));
        try (Ledger l = Ledger.open(ledger.toString())) {
            l.runs().insertRun(run);
            l.intervals().append(id, intervals);
            l.runs().closeRun(id, end, RunStatus.SUCCEEDED, 0);
            l.footprints().save(id, f, "fixture 1");
        }
        return id;
    }
}

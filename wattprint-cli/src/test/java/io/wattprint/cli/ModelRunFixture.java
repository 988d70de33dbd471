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
import io.wattprint.core.model.RunMarker;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores runs of a model version with n GPUs, tags and markers through the ledger API, for ai-act and label tests. */
final class ModelRunFixture {
    private ModelRunFixture() {}

    /** A closed run: {@code gpuKwh} spread over {@code gpus} GPUs (measured), FR at 50 g/kWh, no PUE. */
    static void add(Path ledger, String id, String model, String version, Phase phase, Instant start, double hours, int gpus,
                    double gpuKwh, RunStatus status, Map<String, String> tags, List<RunMarker> markers) {
        Instant end = start.plusMillis(Math.round(hours * 3_600_000));
        Workload w = Workload.builder(model).project("p").team("t").model(model).modelVersion(version).phase(phase).tags(tags).build();
        Location location = Location.zone("FR");
        Run run = new Run(id, "fixture:" + id, w, "host-a", location, start, null, RunStatus.RUNNING, null, "run.py");
        List<EnergyInterval> intervals = new ArrayList<>();
        for (int g = 0; g < gpus; g++) {
            intervals.add(new EnergyInterval(start, end, Component.gpu(Integer.toString(g)), Energy.ofKilowattHours(gpuKwh / gpus),
                    new Provenance.MeasuredCounter("nvml-total-energy")));
        }
        EmissionFactor factor = EmissionFactor.annual("FR", CarbonIntensity.ofGramsPerKwh(50), 2026, EmissionFactor.Basis.AVERAGE,
                EmissionFactor.Boundary.LIFECYCLE, "test fixture", "fixture 1", "n/a");
        Footprint f = new FootprintCalculator().compute(intervals, location, PueAssumption.notApplied(), (z, t) -> Optional.of(factor));
        try (io.wattprint.ledger.Ledger l = io.wattprint.ledger.Ledger.open(ledger.toString())) {
            l.runs().insertRun(run);
            l.intervals().append(id, intervals);
            if (!markers.isEmpty()) l.markers().append(id, markers);
            l.runs().closeRun(id, end, status, status == RunStatus.SUCCEEDED ? 0 : 1);
            l.footprints().save(id, f, "fixture 1");
        }
    }
}

package io.wattprint.cli;

import io.wattprint.core.method.FootprintCalculator;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import io.wattprint.ledger.Ledger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores closed runs on a given host with N GPUs for H hours, for allocation and embodied tests. */
final class GpuRunFixture {
    private GpuRunFixture() {}

    /**
     * A run of {@code gpus} GPUs for {@code hours}, {@code kwh} IT energy spread evenly over them, in FR at
     * {@code gPerKwh} (no PUE), with the given project (null: none) and free tags.
     */
    static String addRun(Path ledger, String id, String project, String host, Instant start, double hours, int gpus,
                         double kwh, double gPerKwh, Map<String, String> tags) {
        Instant end = start.plusSeconds((long) (hours * 3600));
        Workload w = Workload.builder("wl-" + id).project(project).tags(tags).build();
        Run run = new Run(id, "fixture:" + id, w, host, Location.zone("FR"), start, null, RunStatus.RUNNING, null, "serve.py");
        List<EnergyInterval> intervals = new ArrayList<>();
        for (int g = 0; g < gpus; g++) {
            intervals.add(new EnergyInterval(start, end, Component.gpu(Integer.toString(g)), Energy.ofKilowattHours(kwh / gpus),
                    new Provenance.MeasuredCounter("nvml-total-energy")));
        }
        EmissionFactor factor = EmissionFactor.annual("FR", CarbonIntensity.ofGramsPerKwh(gPerKwh), 2026,
                EmissionFactor.Basis.AVERAGE, EmissionFactor.Boundary.LIFECYCLE, "test fixture", "fixture 1", "n/a");
        Footprint f = new FootprintCalculator().compute(intervals, Location.zone("FR"), PueAssumption.notApplied(),
                (z, t) -> Optional.of(factor));
        try (Ledger l = Ledger.open(ledger.toString())) {
            l.runs().insertRun(run);
            l.intervals().append(id, intervals);
            l.runs().closeRun(id, end, RunStatus.SUCCEEDED, 0);
            l.footprints().save(id, f, "fixture 1");
        }
        return id;
    }
}

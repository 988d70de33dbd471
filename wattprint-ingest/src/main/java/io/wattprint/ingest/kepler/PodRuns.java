package io.wattprint.ingest.kepler;

import io.wattprint.core.factor.SeriesFactorSource;
import io.wattprint.core.method.FootprintCalculator;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.FactorSource;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.data.ReferenceData;
import io.wattprint.ingest.ImportContext;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.RunRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Each pod's energy stored as one closed run, with its footprint computed as a closed run's is.
 * Label rule: the pod name is the workload, the namespace its project; tags {@code namespace},
 * {@code pod}, {@code containers}, {@code node}, {@code source=kepler}. The location is the
 * {@code grid_zone} label when the series carry one (a relabelling in Prometheus), else unknown:
 * no zone is assumed, and the footprint then has no CO2e. No PUE is applied (Kepler reads node IT
 * energy; the facility overhead is not known here). The idempotency key is namespace, pod and range,
 * so importing the same range again is a no-op.
 */
final class PodRuns {
    private final ImportContext ctx;
    private final String file;
    private ReferenceData data;

    PodRuns(ImportContext ctx, String file) {
        this.ctx = ctx;
        this.file = file;
    }

    void write(Collection<PodEnergy> pods) {
        for (PodEnergy p : pods) write(p);
    }

    private void write(PodEnergy p) {
        List<EnergyInterval> intervals = p.intervals();
        Instant from = p.from();
        Instant to = p.to();
        if (p.hadBothLevels()) {
            ctx.note("pods with both pod-level and container-level series: the pod-level ones are used, the container ones "
                    + "are their parts and would count twice");
        }
        Location location = p.gridZone == null ? Location.unknown() : Location.zone(p.gridZone);
        if (!location.isKnown()) {
            ctx.note("no grid_zone label on the Kepler series: the location of the imported runs is unknown and no CO2e is "
                    + "computed (none is assumed); relabel the series with grid_zone=<zone> to have it");
        }
        Workload.Builder w = Workload.builder(p.pod).tag("pod", p.pod).tag("source", "kepler");
        if (p.namespace != null) w.project(p.namespace).tag("namespace", p.namespace);
        if (p.node != null) w.tag("node", p.node);
        if (!p.containers.isEmpty()) w.tag("containers", String.join(",", p.containers));
        ctx.workload().applyTo(w);
        String key = "kepler:" + (p.namespace == null ? "" : p.namespace) + "/" + p.pod + "@" + from + ".." + to;
        Run run = new Run(UUID.randomUUID().toString(), key, w.build(), p.node, location, from, null, RunStatus.RUNNING,
                null, "wattprint ingest kepler " + file);
        if (ctx.dryRun()) {
            ctx.imported(p.series);
            return;
        }
        RunRepository runs = ctx.ledger().runs();
        String id = runs.insertRun(run);
        if (!id.equals(run.id())) {
            RunRecord stored = runs.find(id).orElseThrow();
            if (stored.run().status() != RunStatus.RUNNING) {
                ctx.duplicates(p.series);
                return;
            }
            // A run left open by an import that stopped half-way: its intervals are sent again (the
            // repository ignores those it has) and it is closed now.
        }
        ctx.ledger().intervals().append(id, intervals);
        List<EnergyInterval> hourly = ctx.ledger().intervals().hourly(id);
        Footprint f = new FootprintCalculator().compute(hourly, location, PueAssumption.notApplied(), factors(location, from, to));
        runs.closeRun(id, to, RunStatus.SUCCEEDED, null, f, data().version(), ctx.clock().instant());
        ctx.imported(p.series);
    }

    /** As a metered run's: the ledger's factor series for the location over the range (ZoneMappings.seriesFor), over the shipped annual factors. */
    private FactorSource factors(Location location, Instant from, Instant to) {
        if (!location.isKnown()) return data().grid();
        return SeriesFactorSource.forZone(location.zone(), data().zoneMappings().seriesFor(location,
                z -> ctx.ledger().factorSeries().series(z, from, to.plusNanos(1_000))), data().grid());
    }

    private ReferenceData data() {
        if (data == null) data = ReferenceData.load();
        return data;
    }
}

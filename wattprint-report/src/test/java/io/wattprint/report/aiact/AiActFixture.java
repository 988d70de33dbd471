package io.wattprint.report.aiact;

import io.wattprint.core.method.FootprintCalculator;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.Energy;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.ReportOutput;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A ledger of runs for the AI Act tests, and a CodeCarbon run stored the way the importer stores one (METHODOLOGY §11.1). */
final class AiActFixture {
    static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    static final Instant NOV1 = Instant.parse("2026-11-01T00:00:00Z");

    private AiActFixture() {}

    static AiActReport report(Path dir, AiActInput input, Consumer<Ledger> runs) {
        try (Ledger l = Ledger.open(dir.resolve("aiact.db").toString())) {
            runs.accept(l);
            return AiActReport.of(l.runs().list(RunQuery.all()), input);
        }
    }

    /**
     * As {@code ingest codecarbon} stores a row: one {@code IMPORTED} interval per component ({@code cpu}, {@code
     * gpu:all}, {@code dram}) with provenance {@code codecarbon <version>}, GPUs in the {@code gpu_count} tag, no PUE.
     */
    static void codeCarbonRun(Ledger l, String id, String model, String version, Instant start, double hours, double cpuKwh,
                              double gpuKwh, double ramKwh) {
        Instant end = start.plusMillis(Math.round(hours * 3_600_000));
        Workload w = Workload.builder("codecarbon").model(model).modelVersion(version).phase(Phase.TRAINING)
                .tag("gpu_count", "8").tag("gpu", "8 x NVIDIA H100 80GB HBM3").build();
        Run run = new Run(id, "codecarbon:" + id, w, null, Location.unknown(), start, null, RunStatus.RUNNING, null, null);
        Provenance p = new Provenance.Imported("codecarbon 3.3.0");
        List<EnergyInterval> xs = List.of(new EnergyInterval(start, end, Component.CPU, Energy.ofKilowattHours(cpuKwh), p),
                new EnergyInterval(start, end, Component.gpu("all"), Energy.ofKilowattHours(gpuKwh), p),
                new EnergyInterval(start, end, Component.DRAM, Energy.ofKilowattHours(ramKwh), p));
        Footprint f = new FootprintCalculator().compute(xs, Location.unknown(), PueAssumption.notApplied(), (z, t) -> Optional.empty());
        l.runs().insertRun(run);
        l.intervals().append(id, xs);
        l.runs().closeRun(id, end, RunStatus.SUCCEEDED, 0);
        l.footprints().save(id, f, "fixture 1");
    }

    static Map<String, String> facts(ReportOutput o, String id) {
        Map<String, String> m = new LinkedHashMap<>();
        o.document().blocks().stream().filter(b -> b instanceof Facts f && f.id().equals(id))
                .forEach(b -> ((Facts) b).facts().forEach(f -> m.put(f.label(), f.value())));
        return m;
    }
}

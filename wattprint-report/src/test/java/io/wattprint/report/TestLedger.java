package io.wattprint.report;

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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds the fixed ledgers the report tests read: closed runs with known energy, stored through the real
 * ledger API (so reports read what the product writes). Every report test shares it.
 *
 * <pre>
 * TestLedger.run("r1").project("vision").phase(Phase.TRAINING).start("2026-11-16T10:00:00Z").hours(2)
 *     .kwh(12.5).zone("FR", 56).pue(1.2).store(ledger);
 * </pre>
 */
public final class TestLedger {
    private TestLedger() {}

    public static RunSpec run(String id) { return new RunSpec(id); }

    /** One run to store; defaults: project "p", team "t", model "m" v "1", training, 1 h, 1 kWh GPU measured, FR at 50 g/kWh, no PUE. */
    public static final class RunSpec {
        private final String id;
        private String project = "p", team = "t", model = "m", modelVersion = "1", host = "host-a", command = "train.py";
        private String workload; // the workload name; the project when not set
        private Phase phase = Phase.TRAINING;
        private Instant start = Instant.parse("2026-11-16T10:00:00Z");
        private Duration length = Duration.ofHours(1);
        private final List<double[]> components = new ArrayList<>(); // {kind 0 gpu / 1 cpu / 2 dram, kWh}
        private boolean estimated;
        private String zone = "FR", cloudRegion, facility;
        private Double gPerKwh = 50.0;
        private int factorYear = -1;
        private String factorSource = "test fixture";
        private double pue = 1.0;
        private RunStatus status = RunStatus.SUCCEEDED;
        private final Map<String, String> tags = new TreeMap<>();
        private String keyPrefix = "test:";
        private int gpus = 1;

        private RunSpec(String id) { this.id = id; }

        public RunSpec project(String v) { project = v; return this; }
        /** The workload name (default: the project). */
        public RunSpec workload(String v) { workload = v; return this; }
        public RunSpec team(String v) { team = v; return this; }
        public RunSpec model(String name, String version) { model = name; modelVersion = version; return this; }
        public RunSpec host(String v) { host = v; return this; }
        public RunSpec phase(Phase v) { phase = v; return this; }
        public RunSpec start(String iso) { start = Instant.parse(iso); return this; }
        public RunSpec start(Instant t) { start = t; return this; }
        public RunSpec hours(double h) { length = Duration.ofMillis(Math.round(h * 3_600_000)); return this; }
        /** GPU energy in kWh (added to any other components). */
        public RunSpec kwh(double v) { components.add(new double[] {0, v}); return this; }
        public RunSpec cpuKwh(double v) { components.add(new double[] {1, v}); return this; }
        public RunSpec dramKwh(double v) { components.add(new double[] {2, v}); return this; }
        /** Energy estimated (TDP × utilisation) instead of measured by NVML/RAPL. */
        public RunSpec estimated() { estimated = true; return this; }
        /** Grid zone and its factor (g/kWh); the factor year defaults to the run's start year. */
        public RunSpec zone(String z, double g) { zone = z; gPerKwh = g; return this; }
        public RunSpec factor(double g, int year, String source) { gPerKwh = g; factorYear = year; factorSource = source; return this; }
        /** Location unknown: no factor, no CO2e. */
        public RunSpec unknownLocation() { zone = null; gPerKwh = null; return this; }
        public RunSpec cloud(String region) { cloudRegion = region; return this; }
        public RunSpec facility(String f) { facility = f; return this; }
        public RunSpec pue(double p) { pue = p; return this; }
        public RunSpec status(RunStatus s) { status = s; return this; }
        public RunSpec tag(String k, String v) { tags.put(k, v); return this; }
        /** Recorded as wattprint run and the Java API record runs (idempotency key {@code run:ID}), not by a test or an import. */
        public RunSpec byMeter() { keyPrefix = "run:"; return this; }
        /** Recorded as an import of this kind would be (idempotency key {@code KIND:ID}, e.g. {@code codecarbon}). */
        public RunSpec importedBy(String kind) { keyPrefix = kind + ":"; return this; }
        /** The GPU energy is spread evenly over {@code n} GPUs (components gpu:0 … gpu:n-1); default 1. */
        public RunSpec gpus(int n) { gpus = n; return this; }

        /** Inserts, appends the intervals, closes and saves the footprint; returns the run id. */
        public String store(Ledger l) {
            Instant end = start.plus(length);
            l.runs().insertRun(run());
            l.intervals().append(id, intervals());
            l.runs().closeRun(id, end, status, status == RunStatus.SUCCEEDED ? 0 : 1);
            l.footprints().save(id, footprint(), "fixture 1");
            return id;
        }

        /**
         * Saves this spec's footprint as a new version of the run already stored under its id, computed now (as
         * {@code wattprint runs recompute} does); returns the version.
         */
        public int recompute(Ledger l) { return l.footprints().save(id, footprint(), "fixture 2"); }

        private Location location() { return zone == null ? Location.unknown() : new Location(zone, cloudRegion, facility); }

        private Run run() {
            Workload w = Workload.builder(workload == null ? project : workload).project(project).team(team).model(model).modelVersion(modelVersion)
                    .phase(phase).tags(tags).build();
            return new Run(id, keyPrefix + id, w, host, location(), start, null, RunStatus.RUNNING, null, command);
        }

        private List<EnergyInterval> intervals() {
            Instant end = start.plus(length);
            List<double[]> parts = components.isEmpty() ? List.<double[]>of(new double[] {0, 1.0}) : components;
            List<EnergyInterval> intervals = new ArrayList<>();
            Provenance gpuP = estimated ? new Provenance.Estimated("tdp-utilisation") : new Provenance.MeasuredCounter("nvml-total-energy");
            Provenance cpuP = estimated ? new Provenance.Estimated("tdp-utilisation") : new Provenance.MeasuredCounter("rapl-energy_uj");
            for (double[] c : parts) {
                if (c[0] == 0) {
                    for (int g = 0; g < gpus; g++) {
                        intervals.add(new EnergyInterval(start, end, Component.gpu(Integer.toString(g)),
                                Energy.ofKilowattHours(c[1] / gpus), gpuP));
                    }
                    continue;
                }
                Component comp = c[0] == 1 ? Component.CPU : Component.DRAM;
                intervals.add(new EnergyInterval(start, end, comp, Energy.ofKilowattHours(c[1]), cpuP));
            }
            return intervals;
        }

        private Footprint footprint() {
            Location location = location();
            int year = factorYear > 0 ? factorYear : start.atZone(ZoneOffset.UTC).getYear();
            EmissionFactor factor = gPerKwh == null ? null : EmissionFactor.annual(zone, CarbonIntensity.ofGramsPerKwh(gPerKwh),
                    year, EmissionFactor.Basis.AVERAGE, EmissionFactor.Boundary.LIFECYCLE, factorSource, "fixture 1", "n/a");
            PueAssumption p = pue == 1.0 ? PueAssumption.notApplied() : new PueAssumption(Pue.of(pue), "fixture");
            return new FootprintCalculator().compute(intervals(), location, p, (z, t) -> Optional.ofNullable(factor));
        }
    }
}

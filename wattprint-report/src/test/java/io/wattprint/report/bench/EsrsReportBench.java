package io.wattprint.report.bench;

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
import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.InstrumentType;
import io.wattprint.core.scope2.ResidualMix;
import io.wattprint.ledger.ImportedRun;
import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.esrs.EnergyMix;
import io.wattprint.report.esrs.EsrsE1Report;
import io.wattprint.report.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Time to produce {@code wattprint report esrs-e1} (read the ledger, compute year, prior and base year, render
 * Markdown) on a generated SQLite ledger of N closed runs: 2025–2026, 6 zones, 12 projects, 10% in cloud regions
 * (aws, gcp), a third in two named facilities, PUE 1.2 on facility runs, two components each, 300 GOs/PPAs and 4
 * residual mixes. Usage: {@code EsrsReportBench N [RUNS] [ledger-file]} — generates the ledger (unless the file
 * exists), one warm-up, then RUNS timed runs (default 5) and prints each and the median. Run by
 * {@code bench/report-esrs.sh}.
 */
public final class EsrsReportBench {
    static final String[] ZONES = {"FR", "DE", "SE", "PL", "NL", "US-CAL-CISO"};
    static final double[] G = {56, 381, 41, 662, 268, 230};

    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 100_000, args.length > 1 ? Integer.parseInt(args[1]) : 5,
                args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("wattprint-bench-").resolve("ledger.db"));
        System.exit(0);
    }

    /** Generates the ledger unless {@code db} exists, then times the report {@code runs} times (0: once, cold). */
    static void run(int n, int runs, Path db) throws Exception {
        if (!Files.exists(db)) {
            long t = System.nanoTime();
            generate(db, n);
            System.out.printf(Locale.ROOT, "generated %,d runs in %s (%,d bytes) in %.1f s%n", n, db, Files.size(db),
                    (System.nanoTime() - t) / 1e9);
        }
        EnergyMix mix = EnergyMix.read(writeMix(db.resolveSibling("mix.csv")));
        EsrsE1Report.Options o = new EsrsE1Report.Options(2026, null, new BigDecimal("250000000"), "EUR", mix, "ACME", 0, 0);
        int total = runs + (runs > 0 ? 1 : 0);
        if (runs == 0) total = 1; // cold: one run only
        double[] secs = new double[total];
        for (int i = 0; i < total; i++) {
            long t = System.nanoTime();
            int bytes = once(db, o);
            secs[i] = (System.nanoTime() - t) / 1e9;
            System.out.printf(Locale.ROOT, "%s %d: %.3f s (%,d bytes of Markdown)%n", i == 0 ? (runs == 0 ? "cold" : "warm-up") : "run",
                    i, secs[i], bytes);
        }
        if (runs > 0) {
            double[] timed = Arrays.copyOfRange(secs, 1, total);
            Arrays.sort(timed);
            double median = timed.length % 2 == 1 ? timed[timed.length / 2] : (timed[timed.length / 2 - 1] + timed[timed.length / 2]) / 2;
            System.out.printf(Locale.ROOT, "median of %d runs after one warm-up: %.3f s (min %.3f, max %.3f)%n", timed.length, median,
                    timed[0], timed[timed.length - 1]);
        }
    }

    static int once(Path db, EsrsE1Report.Options o) throws Exception {
        ReportOutput r;
        long t0 = System.nanoTime(), t1, t2;
        try (Ledger l = Ledger.open(db.toString())) {
            EsrsE1Report.Inputs in = EsrsE1Report.Inputs.read(l, o.year());
            t1 = System.nanoTime();
            r = EsrsE1Report.build(in, o, Instant.parse("2027-02-01T00:00:00Z"));
        }
        t2 = System.nanoTime();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Renderers.of(ReportFormat.MD).write(r, b);
        System.out.printf(Locale.ROOT, "  read %.3f s, compute %.3f s, render %.3f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                (System.nanoTime() - t2) / 1e9);
        return b.size();
    }

    static Path writeMix(Path p) throws Exception {
        Files.writeString(p, EnergyMix.HEADER + "\nFR,2026,9,67,24,RTE\nFR,2025,10,65,25,RTE\nDE,2026,45,0,55,AGEB\n"
                + "SE,2026,2,29,69,SCB\nPL,2026,75,0,25,ARE\nNL,2026,52,3,45,CBS\n");
        return p;
    }

    static void generate(Path db, int n) {
        Instant from = Instant.parse("2025-01-01T00:00:00Z");
        long span = Instant.parse("2026-12-31T00:00:00Z").getEpochSecond() - from.getEpochSecond();
        try (Ledger l = Ledger.open(db.toString())) {
            List<ImportedRun> batch = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int z = (int) ((i * 2654435761L) % ZONES.length);
                String zone = ZONES[z];
                String cloud = i % 10 == 0 ? (i % 20 == 0 ? "aws:eu-west-3" : "gcp:europe-west1") : null;
                if (cloud != null) zone = "FR";
                String facility = cloud == null && i % 3 == 0 ? (i % 2 == 0 ? "dc-paris" : "dc-berlin") : null;
                Instant start = from.plusSeconds((long) ((i * 7919L) % span));
                Instant end = start.plusSeconds(600 + (i % 50) * 360);
                String project = "project-" + (i % 12);
                Workload w = Workload.builder(project).project(project).team("team-" + (i % 4)).model("model-" + (i % 7))
                        .modelVersion("1").phase(i % 5 == 0 ? Phase.INFERENCE : Phase.TRAINING).tags(Map.of("bench", "1")).build();
                Location loc = new Location(zone, cloud, facility);
                String id = String.format(Locale.ROOT, "%08x-0000-4000-8000-%012d", i, i);
                Run run = new Run(id, "bench:" + i, w, "host-" + (i % 40), loc, start, end, RunStatus.SUCCEEDED, 0, "train.py");
                double gpuKwh = 5 + (i % 97) * 0.75, cpuKwh = 0.5 + (i % 13) * 0.1;
                List<EnergyInterval> iv = List.of(
                        new EnergyInterval(start, end, Component.gpu("0"), Energy.ofKilowattHours(gpuKwh), new Provenance.MeasuredCounter("nvml-total-energy")),
                        new EnergyInterval(start, end, Component.CPU, Energy.ofKilowattHours(cpuKwh),
                                i % 4 == 0 ? new Provenance.Estimated("tdp-utilisation") : new Provenance.MeasuredCounter("rapl-energy_uj")));
                int year = start.atZone(java.time.ZoneOffset.UTC).getYear();
                EmissionFactor f = EmissionFactor.annual(zone, CarbonIntensity.ofGramsPerKwh(cloud != null ? 56 : G[z]), year,
                        EmissionFactor.Basis.AVERAGE, EmissionFactor.Boundary.LIFECYCLE, "Ember", "wattprint-data 2026.1", "CC BY 4.0");
                PueAssumption p = facility != null ? new PueAssumption(Pue.of(1.2), "facility " + facility) : PueAssumption.notApplied();
                Footprint fp = new FootprintCalculator().compute(iv, loc, p, (zz, t) -> Optional.of(f));
                batch.add(new ImportedRun(run, iv, fp, "wattprint-data 2026.1", end));
                if (batch.size() == 5_000) {
                    l.importedRuns().insert(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) l.importedRuns().insert(batch);
            String[] instrZones = {"FR", "DE", "SE", "NL"};
            for (int i = 0; i < 300; i++) {
                String z = instrZones[i % instrZones.length];
                l.instruments().add(ContractualInstrument.builder(String.format(Locale.ROOT, "GO-%04d", i),
                                i % 10 == 0 ? InstrumentType.PPA : InstrumentType.GO)
                        .megawattHours(2 + i % 7).vintageYear(i % 3 == 0 ? 2025 : 2026).zone(z).retiredFor("ACME").build());
            }
            l.instruments().addResidualMix(new ResidualMix("FR", 2026, CarbonIntensity.ofGramsPerKwh(35), "AIB 2026"));
            l.instruments().addResidualMix(new ResidualMix("DE", 2026, CarbonIntensity.ofGramsPerKwh(720), "AIB 2026"));
            l.instruments().addResidualMix(new ResidualMix("SE", 2026, CarbonIntensity.ofGramsPerKwh(45), "AIB 2026"));
            l.instruments().addResidualMix(new ResidualMix("NL", 2026, CarbonIntensity.ofGramsPerKwh(560), "AIB 2026"));
        }
    }
}

package io.wattprint.ledger.bench;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.Explanation;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Pue;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.ListFloor;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Times {@code RunRepository.list(RunQuery.all())} over a ledger of N closed runs, each with two
 * tags and a footprint of two components. Runs are stored through the public API, one
 * transaction per run, as {@code wattprint run} stores them; that time is printed separately.
 * The first list is the cold JVM; then {@value #WARM} more, of which the best is printed.
 *
 * <p>Usage: {@code LedgerListBench [N] [ledger spec]} — N defaults to 100000, the spec to a new
 * SQLite file in a temporary directory. A ledger that already holds runs is listed as it is (its runs are
 * not inserted again), so a large ledger is filled once and listed many times; the "cold" list then
 * follows a list in the same JVM. Run by {@code bench/ledger-list.sh}.
 */
public final class LedgerListBench {
    private static final int WARM = 3;
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Provenance NVML = new Provenance.MeasuredCounter("nvml-total-energy");
    private static final Provenance RAPL = new Provenance.MeasuredCounter("rapl-energy_uj");

    private LedgerListBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String spec = args.length > 1 ? args[1]
                : Files.createTempDirectory("wattprint-bench").resolve("ledger.db").toString();
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + cpuModel() + ", Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        System.out.println("ledger: " + spec);

        long t0 = System.nanoTime();
        boolean reused;
        try (Ledger ledger = Ledger.open(spec)) {
            reused = !ledger.runs().list(new RunQuery(null, null, null, 1)).isEmpty();
            if (reused) {
                // A ledger this bench filled before: list what it holds (the insert is timed once).
                n = ledger.runs().list(RunQuery.all()).size();
                System.out.println("insert: skipped, the ledger already holds " + n + " runs");
            } else {
                Footprint f = footprint();
                for (int i = 0; i < n; i++) {
                    Instant start = T0.plusSeconds(60L * i);
                    Run run = run(i, start);
                    ledger.runs().insertRun(run);
                    ledger.runs().closeRun(run.id(), start.plusSeconds(30), RunStatus.SUCCEEDED, 0, f, "bench", start);
                }
                System.out.printf("insert: %d runs in %.0f ms%n", n, ms(t0));
            }
        }

        for (int i = 0; i <= WARM; i++) {
            long t = System.nanoTime();
            List<RunRecord> runs;
            try (Ledger ledger = Ledger.open(spec)) {
                runs = ledger.runs().list(RunQuery.all());
            }
            double wall = ms(t);
            if (runs.size() != n || runs.get(0).footprint().components().size() != 2
                    || runs.get(0).run().workload().tags().size() != 2) {
                throw new IllegalStateException("list returned " + runs.size() + " runs, expected " + n + " complete ones");
            }
            System.out.printf("list %s: %d runs in %.0f ms%n", i == 0 ? (reused ? "first (JVM warmed by the count)" : "cold") : "warm " + i, runs.size(), wall);
        }
        // What a listed run keeps on the heap: used memory around one list held, after a collection each side.
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        List<RunRecord> held;
        try (Ledger ledger = Ledger.open(spec)) {
            held = ledger.runs().list(RunQuery.all());
        }
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("list retained: %.0f bytes a run (%d runs, after System.gc())%n", (after - before) / (double) held.size(),
                held.size());
        held = null;
        // The floor, in the same JVM after the lists: the same statements, every value read as a string, no record built.
        double best = Double.MAX_VALUE;
        long values = 0;
        for (int i = 0; i < WARM; i++) {
            long t = System.nanoTime();
            try (Ledger ledger = Ledger.open(spec)) {
                values = ListFloor.scan(ledger);
            }
            best = Math.min(best, ms(t));
        }
        System.out.printf("list floor (same queries, %d values read as strings, no records; best of %d): %.0f ms%n", values,
                WARM, best);
    }

    private static Run run(int i, Instant start) {
        Workload w = Workload.builder("bench-" + (i % 50)).project("p" + (i % 10)).team("nlp").model("bert-base")
                .modelVersion("v3").phase(Phase.TRAINING).tag("dataset", "squad").tag("owner", "ana").build();
        String id = String.format("%08d-0000-4000-8000-000000000000", i);
        return new Run(id, "key-" + id, w, "gpu-node-7", new Location("FR", null, null), start, null,
                RunStatus.RUNNING, null, "python train.py");
    }

    private static Footprint footprint() {
        List<ComponentEnergy> parts = List.of(
                new ComponentEnergy(Component.gpu("0"), NVML, Energy.ofJoules(36_000)),
                new ComponentEnergy(Component.cpuPackage(0), RAPL, Energy.ofJoules(1200.5)));
        Energy it = parts.get(0).energy().plus(parts.get(1).energy());
        PueAssumption pue = new PueAssumption(Pue.of(1.2), "declared");
        EmissionFactor fr = EmissionFactor.annual("FR", CarbonIntensity.ofGramsPerKwh(21.7), 2024,
                EmissionFactor.Basis.AVERAGE, EmissionFactor.Boundary.LIFECYCLE, "RTE eco2mix", "bench", "Etalab 2.0");
        Explanation e = Explanation.builder("Scope 2 location-based", "0.26 gCO2e")
                .formula("facility energy × grid factor").input("grid factor", "21.7 gCO2e/kWh", "RTE eco2mix — 2024")
                .build();
        return new Footprint(parts, it, pue, pue.pue().facilityEnergy(it), Co2e.ofGrams(0.26), fr, e);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (Exception e) {
            return "unknown CPU";
        }
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}

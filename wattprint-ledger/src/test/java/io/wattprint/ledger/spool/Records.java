package io.wattprint.ledger.spool;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.RunMarker;
import io.wattprint.core.quantity.Energy;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/** Intervals, markers and headers for spool tests, fixed or drawn from a seeded generator. */
final class Records {
    static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");
    static final String RUN = "3f1c9a52-7d4e-4b8a-9c61-2e5f0d8b7a14";
    static final Provenance NVML = new Provenance.MeasuredCounter("nvml-total-energy");

    private static final List<Component> COMPONENTS = List.of(Component.gpu("0"),
            Component.gpu("GPU-8d1a2b3c-4e5f-6071-8293-a4b5c6d7e8f9"), Component.cpuPackage(0), Component.CPU,
            Component.DRAM, Component.OTHER);
    private static final List<String> METHODS = List.of("nvml-total-energy", "rapl-energy_uj", "",
            "tdp\tutilisation\\curve\nv2", "modèle-énergie ⚡", "codecarbon 3.0.1");
    private static final List<String> LABELS = List.of("eval", "epoch", "a\tb", "back\\slash", "line\nfeed\r", "données");

    private Records() {}

    static SpoolHeader header(long pid, Instant ownerStart) {
        return new SpoolHeader(RUN, "sqlite /home/me/.wattprint/ledger.db", "node-1", pid, ownerStart, T0);
    }

    static EnergyInterval interval(int second, double joules) {
        return new EnergyInterval(T0.plusSeconds(second), T0.plusSeconds(second + 1), Component.gpu("0"),
                Energy.ofJoules(joules), NVML);
    }

    /** Any finite, non-negative double: random bits, so every exponent and all 52 mantissa bits turn up. */
    static double anyJoules(Random r) {
        while (true) {
            double d = Math.abs(Double.longBitsToDouble(r.nextLong()));
            if (Double.isFinite(d)) return d;
        }
    }

    static EnergyInterval anyInterval(Random r) {
        Instant start = T0.plusSeconds(r.nextInt(100_000)).plusNanos(r.nextInt(1_000_000_000));
        Instant end = start.plusNanos(r.nextInt(2_000_000_000));
        double joules = switch (r.nextInt(4)) {
            case 0 -> 0.0;
            case 1 -> anyJoules(r);
            default -> r.nextDouble() * 400; // a GPU's joules over one second
        };
        int kind = r.nextInt(Provenance.Kind.values().length);
        return new EnergyInterval(start, end, COMPONENTS.get(r.nextInt(COMPONENTS.size())), Energy.ofJoules(joules),
                Provenance.of(Provenance.Kind.values()[kind], METHODS.get(r.nextInt(METHODS.size()))));
    }

    static RunMarker anyMarker(Random r) {
        Instant at = T0.plusSeconds(r.nextInt(100_000)).plusNanos(r.nextInt(1_000_000_000));
        String label = LABELS.get(r.nextInt(LABELS.size()));
        return r.nextBoolean() ? RunMarker.phase(at, label) : RunMarker.mark(at, label, r.nextLong());
    }
}

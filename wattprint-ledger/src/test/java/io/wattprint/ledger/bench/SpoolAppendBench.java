package io.wattprint.ledger.bench;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.quantity.Energy;
import io.wattprint.ledger.spool.Spool;
import io.wattprint.ledger.spool.SpoolContents;
import io.wattprint.ledger.spool.SpoolHeader;
import io.wattprint.ledger.spool.SpoolWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times {@link SpoolWriter#append} of one tick's batch (one write and one fdatasync each), as the
 * sampler calls it, then the time to read the file back as recovery does. The spool directory
 * must be on the disk the spool will live on: a tmpfs makes the force free.
 *
 * <p>Usage: {@code SpoolAppendBench [batches] [intervals per batch] [directory]}; defaults 2000,
 * 8 (four GPUs, two CPU packages, DRAM, other), a new directory under {@code target/}.
 */
public final class SpoolAppendBench {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Provenance NVML = new Provenance.MeasuredCounter("nvml-total-energy");

    private SpoolAppendBench() {}

    public static void main(String[] args) throws Exception {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int perBatch = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        boolean ownDir = args.length <= 2;
        Path dir = ownDir ? Files.createTempDirectory(Path.of("target"), "spool-bench") : Path.of(args[2]);
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; spool in " + dir.toAbsolutePath() + " ("
                + Files.getFileStore(dir).type() + ")");

        Spool spool = new Spool(dir);
        String runId = "bench-" + System.nanoTime();
        long[] nanos = new long[batches];
        long bytes;
        try (SpoolWriter w = spool.create(SpoolHeader.forThisProcess(runId, "bench", T0))) {
            for (int b = 0; b < batches; b++) {
                List<EnergyInterval> batch = batch(b, perBatch);
                long t = System.nanoTime();
                w.append(batch);
                nanos[b] = System.nanoTime() - t;
            }
            if (!w.healthy()) throw new IllegalStateException(w.failure().orElseThrow().message());
            bytes = w.size();
        }
        Arrays.sort(nanos);
        System.out.printf("append of %d intervals, %d batches: median %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                perBatch, batches, ms(nanos[batches / 2]), ms(nanos[batches * 9 / 10]), ms(nanos[batches * 99 / 100]),
                ms(nanos[batches - 1]));
        System.out.printf("file: %d bytes, %.0f bytes per interval%n", bytes, (double) bytes / ((long) batches * perBatch));

        long t = System.nanoTime();
        SpoolContents read = Spool.read(spool.path(runId));
        System.out.printf("read back %d intervals in %.1f ms (cold JVM)%n", read.intervals().size(), ms(System.nanoTime() - t));
        spool.delete(runId);
        if (ownDir) Files.delete(dir);
    }

    private static List<EnergyInterval> batch(int tick, int n) {
        List<EnergyInterval> out = new ArrayList<>(n);
        Instant start = T0.plusSeconds(tick);
        for (int i = 0; i < n; i++) {
            Component c = i < 4 ? Component.gpu(Integer.toString(i)) : i < 6 ? Component.cpuPackage(i - 4)
                    : i == 6 ? Component.DRAM : Component.OTHER;
            out.add(new EnergyInterval(start, start.plusSeconds(1), c, Energy.ofJoules(250.0 + tick * 0.001 + i / 7.0), NVML));
        }
        return out;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}

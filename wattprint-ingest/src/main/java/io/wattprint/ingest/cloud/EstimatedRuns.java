package io.wattprint.ingest.cloud;

import io.wattprint.core.method.FootprintCalculator;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.data.ReferenceData;
import io.wattprint.ingest.ImportContext;
import io.wattprint.ledger.RunRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Estimates (cloud usage rows, on-premise machines) stored as closed runs whose intervals carry
 * {@code ESTIMATED} provenance naming the Cloud Carbon Footprint model, with their footprint (PUE and the
 * location-based factor of the region's zone) computed as for a measured run — so that they appear in
 * {@code runs list} and {@code report summary} beside measured runs, and the measured share says what
 * they are. The run id and idempotency key derive from the row's natural key: importing it again
 * finds the run and stores nothing.
 */
final class EstimatedRuns {
    private EstimatedRuns() {}

    /** A stable id for a natural key: {@code <prefix>-<16 hex digits of its SHA-256>}. */
    static String id(String prefix, String naturalKey) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(naturalKey.getBytes(StandardCharsets.UTF_8));
            return prefix + "-" + HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * Stores one estimate; counts it as imported, or as a duplicate when its run is already stored. On a
     * dry run it only counts.
     */
    static void store(ImportContext ctx, String runId, Workload workload, String host, Location location, Instant start,
                      Instant end, List<EnergyInterval> intervals, PueAssumption pue, String command) {
        if (ctx.dryRun()) {
            ctx.imported(1);
            return;
        }
        RunRepository runs = ctx.ledger().runs();
        if (runs.find(runId).isPresent()) {
            ctx.duplicates(1);
            return;
        }
        ReferenceData data = ReferenceData.load();
        Footprint f = new FootprintCalculator().compute(intervals, location, pue, data.grid());
        runs.insertRun(new Run(runId, runId, workload, host, location, start, end, RunStatus.SUCCEEDED, null, command));
        ctx.ledger().intervals().append(runId, intervals);
        ctx.ledger().footprints().save(runId, f, data.version());
        ctx.imported(1);
    }
}

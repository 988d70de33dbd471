package io.wattprint.ingest.codecarbon;

import io.wattprint.ingest.Excerpt;
import io.wattprint.core.method.FootprintCalculator;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.Pue;
import io.wattprint.data.ReferenceData;
import io.wattprint.ingest.ImportContext;
import io.wattprint.ingest.ImportFactors;
import io.wattprint.ledger.ImportedRun;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A checked CodeCarbon row → a closed run with its intervals and footprint (METHODOLOGY.md §11.1). */
final class RunBuilder {
    /** Tag holding CodeCarbon's own {@code emissions} figure (kg CO2e), shown beside ours by {@code runs show}. */
    static final String EMISSIONS_TAG = CodeCarbonMapping.EMISSIONS_TAG;
    static final Component GPU = CodeCarbonMapping.GPU;
    /** Tag holding CodeCarbon's {@code gpu_count} (a whole number ≥ 1): the GPUs behind the one aggregated GPU component. */
    public static final String GPU_COUNT_TAG = CodeCarbonMapping.GPU_COUNT_TAG;
    /** Tag holding CodeCarbon's {@code gpu_model} (e.g. {@code 8 x NVIDIA H100 80GB HBM3}), as {@code wattprint run} tags name the GPU. */
    public static final String GPU_TAG = CodeCarbonMapping.GPU_TAG;

    private final ImportContext ctx;
    private final ReferenceData data;
    private final ImportFactors factors;
    private final String fileName;
    private final FootprintCalculator calculator = new FootprintCalculator();
    private final Map<String, Location> locations = new HashMap<>();
    private final Map<String, Long> unknownLocations = new TreeMap<>();
    private final java.util.Set<String> badGpuCounts = new java.util.TreeSet<>();
    private final MessageDigest sha;

    RunBuilder(ImportContext ctx, ReferenceData data, String fileName) {
        this.ctx = ctx;
        this.data = data;
        this.factors = new ImportFactors(ctx.ledger(), data);
        this.fileName = fileName;
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * The natural key: {@code codecarbon:<run_id>} (a task file: {@code codecarbon:<run_id>:task:<task_name>});
     * a row without run_id is keyed by the SHA-256 of its fields, so the same row is the same run.
     */
    String key(CodeCarbonRow row, List<String> fields) {
        if (row.runId() != null) {
            return "codecarbon:" + row.runId() + (row.taskName() == null ? "" : ":task:" + row.taskName());
        }
        return "codecarbon:row:" + HexFormat.of().formatHex(sha.digest(String.join("\u001f", fields).getBytes(StandardCharsets.UTF_8)));
    }

    ImportedRun build(CodeCarbonRow row, CodeCarbonColumns cols, List<String> fields) {
        String key = key(row, fields);
        Workload.Builder w = Workload.builder(row.project() == null ? "codecarbon" : row.project()).project(row.project())
                .tag("import_id", ctx.importId())
                .tag("imported_from", fileName);
        if (row.emissions() != null) w.tag(EMISSIONS_TAG, Double.toString(row.emissions().kilograms()));
        if (row.runId() != null) w.tag("codecarbon_run_id", row.runId());
        if (row.experimentId() != null) w.tag("codecarbon_experiment_id", row.experimentId());
        if (row.taskName() != null) w.tag("codecarbon_task", row.taskName());
        String gpus = gpuCount(row.gpuCount());
        if (gpus == null) {
            if (row.gpuCount() != null) badGpuCounts.add(row.gpuCount());
        } else if (!gpus.equals("0")) {
            w.tag(GPU_COUNT_TAG, gpus);
        }
        if (row.gpuModel() != null) w.tag(GPU_TAG, row.gpuModel());
        ctx.workload().applyTo(w);
        Location location = location(row);
        countUnknown(row, location);
        Run run = new Run(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString(), key, w.build(), null, location,
                row.start(), row.end(), RunStatus.SUCCEEDED, null, null);
        Provenance p = CodeCarbonMapping.provenance(row.version());
        List<EnergyInterval> xs = CodeCarbonMapping.intervals(row.start(), row.end(), row.cpu(), row.gpu(), row.ram(), p);
        PueAssumption pue = cols.has("pue")
                ? new PueAssumption(row.pue(), "declared in the CodeCarbon file (column pue)")
                : new PueAssumption(Pue.NONE, "not applied (the CodeCarbon file has no pue column; its energy is IT energy)");
        Footprint f = calculator.compute(xs, location, pue, factors.forLocation(location));
        return new ImportedRun(run, xs, f, data.version(), ctx.clock().instant(), ctx.importId());
    }

    /** A gpu_count as a whole number ≥ 0, else null: {@link CodeCarbonMapping#gpuCount}. */
    static String gpuCount(String text) {
        return CodeCarbonMapping.gpuCount(text);
    }

    /**
     * The run id a row of wattprint's own export names (its {@code codecarbon_version} is {@code wattprint
     * <version>}, its {@code run_id} our run id), else null: importing it into the ledger it came from is
     * that run again, not a new one.
     */
    static String ownRunId(CodeCarbonRow row) {
        return row.version() != null && row.version().startsWith("wattprint") && row.taskName() == null ? row.runId() : null;
    }

    /** The cloud region when given and known, else the country (ISO alpha-3 → alpha-2 zone), else unknown. */
    private Location location(CodeCarbonRow row) {
        String cacheKey = row.cloudProvider() + "|" + row.cloudRegion() + "|" + row.countryIso3();
        return locations.computeIfAbsent(cacheKey,
                k -> CodeCarbonMapping.location(data, row.cloudProvider(), row.cloudRegion(), row.countryIso3()));
    }

    /** Notes the locations that could not be resolved, once per file. */
    void countUnknown(CodeCarbonRow row, Location l) {
        if (!l.isKnown()) {
            String what = row.cloudRegion() != null ? row.cloudProvider() + ":" + row.cloudRegion() : String.valueOf(row.countryIso3());
            unknownLocations.merge(what, 1L, Long::sum);
        }
    }

    void notes() {
        if (!badGpuCounts.isEmpty()) {
            ctx.note("gpu_count " + String.join(", ", badGpuCounts.stream().map(c -> "'" + Excerpt.of(c) + "'").toList())
                    + (badGpuCounts.size() == 1 ? " is" : " are") + " not a whole number of GPUs: no gpu_count tag on those runs");
        }
        for (Map.Entry<String, Long> e : unknownLocations.entrySet()) {
            ctx.note(e.getValue() + " run(s) with location '" + Excerpt.of(e.getKey()) + "' that wattprint does not know: stored with an unknown "
                    + "location, energy only (no CO2e)");
        }
    }
}

package io.wattprint.ingest.cloud;

import io.wattprint.ingest.Excerpt;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Pue;
import io.wattprint.data.PueRow;
import io.wattprint.data.ReferenceData;
import io.wattprint.ingest.ImportContext;
import io.wattprint.ingest.Importer;
import io.wattprint.ingest.cloud.Values.BadField;
import io.wattprint.core.estimate.Microarchitectures;
import io.wattprint.core.estimate.VcpuLinearModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cloud Carbon Footprint's on-premise input CSV (FORMATS.md; sample
 * {@code upstream/cloud-carbon-footprint/on_premise_data_input.csv}) → one estimated run per machine
 * and period, with CCF's on-premise method (packages/on-premise, {@code OnPremiseDataReport}):
 * <pre>
 *   hours       = whole hours from startTime to endTime
 *   compute kWh = (min + u × (max − min)) W × hours / 1000       (per machine, not per vCPU)
 *   memory kWh  = max(0, memory GB − the microarchitecture's typical GB) × hours × 0.000392
 *   facility    = (compute + memory) × PUE                         (applied by the footprint)
 * </pre>
 * Empty {@code cpuUtilization} = 50 %, empty {@code powerUsageEffectiveness} = 1.58 (CCF defaults,
 * {@link CcfOnPremCoefficients}); memory is in MB (÷ 1024). CO2e uses wattprint's grid factor of the
 * country (never CCF's own table), and a country we cannot name as a zone leaves CO2e unknown.
 */
public final class CcfOnPremImporter implements Importer {
    public static final String KIND = "ccf-onprem";
    static final List<String> REQUIRED = List.of("cpudescription", "memory", "starttime", "endtime", "country");

    @Override public String kind() { return KIND; }

    @Override public boolean storesRuns() { return true; }

    @Override
    public String description() {
        return "Cloud Carbon Footprint on-premise input CSV (cpuDescription, memory MB, start/end, country, …)";
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    @Override
    public void importFile(Path file, ImportContext ctx) throws IOException {
        ReferenceData data = ReferenceData.load();
        PueRow defaultPue = data.pue().latest("ccf-on-premise")
                .orElseThrow(() -> new IllegalStateException("pue.csv has no ccf-on-premise row"));
        CsvRows.read(file, ctx, false, index -> CsvRows.require(file, KIND, index, REQUIRED), row -> {
            try {
                store(row, ctx, data, defaultPue);
            } catch (BadField e) {
                ctx.reject(row.line(), e.field, e.getMessage(), row.raw());
            }
        });
        ctx.progress(Files.size(file));
    }

    private static void store(CsvRows.Row row, ImportContext ctx, ReferenceData data, PueRow defaultPue) throws BadField {
        String cpu = Values.name("cpuDescription", Values.required("cpuDescription", row.get("cpudescription")));
        String machine = row.get("machinename") == null ? "on-premise" : Values.name("machineName", row.get("machinename"));
        String machineType = Values.name("machineType", row.get("machinetype"));
        String region = Values.name("region", row.get("region"));
        Double memoryMb = Values.amount("memory", row.get("memory"));
        if (memoryMb == null) throw new BadField("memory", "empty (expected the machine's memory in MB)");
        Instant start = Values.instant("startTime", row.get("starttime"));
        Instant end = Values.instant("endTime", row.get("endtime"));
        if (!end.isAfter(start)) throw new BadField("endTime", "end " + end + " is not after start " + start);
        Double u = Values.amount("cpuUtilization", row.get("cpuutilization"));
        if (u != null && u > 100) throw new BadField("cpuUtilization", "utilisation " + u + " % is above 100 %");
        Double pueGiven = Values.amount("powerUsageEffectiveness", row.get("powerusageeffectiveness"));
        if (pueGiven != null && pueGiven < 1) throw new BadField("powerUsageEffectiveness", "PUE " + pueGiven + " is below 1");

        CcfOnPremCoefficients c = CcfOnPremCoefficients.of(Microarchitectures.detect(cpu).map(VcpuLinearModel.Coefficients::label));
        double utilisation = (u == null ? CcfOnPremCoefficients.DEFAULT_UTILISATION_PERCENT : u) / 100;
        long hours = Duration.between(start, end).toHours();
        double computeKwh = VcpuLinearModel.watts(c.minWatts(), c.maxWatts(), 1, utilisation) * hours / 1000;
        double memoryGb = memoryMb / 1024;
        double memoryKwh = Math.max(0, memoryGb - c.typicalMemoryGb()) * hours * CcfOnPremCoefficients.MEMORY_KWH_PER_GB_HOUR;

        String model = "ccf-on-premise " + c.label() + " min=" + c.minWatts() + "W max=" + c.maxWatts() + "W u="
                + Math.round(utilisation * 100) + "% hours=" + hours;
        List<EnergyInterval> intervals = new ArrayList<>();
        intervals.add(new EnergyInterval(start, end, Component.CPU, Energy.ofKilowattHours(computeKwh), new Provenance.Estimated(model)));
        if (memoryKwh > 0) {
            intervals.add(new EnergyInterval(start, end, Component.DRAM, Energy.ofKilowattHours(memoryKwh),
                    new Provenance.Estimated("ccf-on-premise memory 0.000392 kWh/GB-h above " + c.typicalMemoryGb() + " GB")));
        }
        PueAssumption pue = pueGiven != null
                ? new PueAssumption(Pue.of(pueGiven), "given in the on-premise file")
                : new PueAssumption(Pue.of(defaultPue.pue()), "Cloud Carbon Footprint on-premise default (" + defaultPue.source() + ")");
        Location location = Countries.zone(data, row.get("country"));
        if (!location.isKnown()) ctx.note(KIND + ": country '" + Excerpt.of(row.get("country")) + "' is not a grid zone we know: CO2e left unknown");
        Workload.Builder w = Workload.builder(machine).tag("source", KIND).tag("cpu", cpu);
        if (machineType != null) w.tag("machine_type", machineType);
        if (region != null) w.tag("region", region);
        ctx.workload().applyTo(w);
        String id = EstimatedRuns.id("ccf", KIND + "|" + row.raw());
        EstimatedRuns.store(ctx, id, w.build(), machine, location, start, end, intervals, pue, "wattprint ingest " + KIND);
    }
}

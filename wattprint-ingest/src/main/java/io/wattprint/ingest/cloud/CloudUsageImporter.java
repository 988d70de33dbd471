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
import io.wattprint.data.CloudRegion;
import io.wattprint.data.HardwareRow;
import io.wattprint.data.PueRow;
import io.wattprint.data.ReferenceData;
import io.wattprint.ingest.ImportContext;
import io.wattprint.ingest.Importer;
import io.wattprint.ingest.cloud.Values.BadField;
import io.wattprint.core.estimate.VcpuLinearModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Billing-style cloud usage rows (our CSV, docs/METHODOLOGY.md §11.3) → one estimated run per row with
 * the Cloud Carbon Footprint method (FORMATS.md "Estimating cloud usage"). Columns: {@code provider,
 * region, usage_start, usage_end, service, kind, quantity, gpu_model, cpu_utilisation, replication,
 * project}; the last five may be empty. IT energy per kind ({@code u} = cpu_utilisation, 0..1, empty
 * = 0.5 as CCF; replication empty = 1):
 * <pre>
 *   vcpu-hours            (min + u × (max − min)) W × quantity × replication / 1000   (VcpuLinearModel provider fallback)
 *   gpu-hours             TDP W × u × quantity / 1000                               (TDP from hardware.csv)
 *   memory-gb-hours       quantity × 0.000392 kWh
 *   storage-ssd-tb-hours  quantity × 1.2 Wh × replication / 1000
 *   storage-hdd-tb-hours  quantity × 0.65 Wh × replication / 1000
 *   network-gb            quantity × 0.001 kWh
 * </pre>
 * PUE is CCF's constant of the provider ({@code ccf-aws} 1.135, {@code ccf-gcp} 1.1, {@code ccf-azure}
 * 1.185 in pue.csv), applied by the footprint with the location-based factor of the region's zone.
 */
public final class CloudUsageImporter implements Importer {
    public static final String KIND = "cloud-usage";
    static final List<String> HEADER = List.of("provider", "region", "usage_start", "usage_end", "service", "kind", "quantity",
            "gpu_model", "cpu_utilisation", "replication", "project");
    /** CCF methodology, "Memory": kWh per GB-hour; DOMAIN.md §1. */
    static final double MEMORY_KWH_PER_GB_HOUR = 0.000392;
    /** CCF methodology, "Storage": Wh per TB-hour, SSD and HDD. */
    static final double SSD_WH_PER_TB_HOUR = 1.2;
    static final double HDD_WH_PER_TB_HOUR = 0.65;
    /** CCF methodology, "Networking": kWh per GB transferred. */
    static final double NETWORK_KWH_PER_GB = 0.001;
    /** CCF: utilisation unknown → 50 % (DOMAIN.md §1). */
    static final double DEFAULT_UTILISATION = 0.5;

    @Override public String kind() { return KIND; }

    @Override public boolean storesRuns() { return true; }

    @Override
    public String description() {
        return "cloud usage CSV (vCPU-, GPU-, memory GB-, storage TB-hours, network GB) estimated with the CCF method";
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    @Override
    public void importFile(Path file, ImportContext ctx) throws IOException {
        ReferenceData data = ReferenceData.load();
        CsvRows.read(file, ctx, false, index -> CsvRows.require(file, KIND, index, HEADER.subList(0, 7)), row -> {
            try {
                store(row, ctx, data);
            } catch (BadField e) {
                ctx.reject(row.line(), e.field, e.getMessage(), row.raw());
            }
        });
        ctx.progress(Files.size(file));
    }

    private static void store(CsvRows.Row row, ImportContext ctx, ReferenceData data) throws BadField {
        String provider = Values.required("provider", row.get("provider")).toLowerCase(Locale.ROOT);
        VcpuLinearModel.Coefficients vcpu = VcpuLinearModel.forProvider(provider)
                .orElseThrow(() -> new BadField("provider", "'" + Excerpt.of(provider) + "' is not aws, gcp or azure"));
        PueRow pueRow = data.pue().latest("ccf-" + provider)
                .orElseThrow(() -> new IllegalStateException("pue.csv has no ccf-" + provider + " row"));
        String region = Values.name("region", Values.required("region", row.get("region")));
        Instant start = Values.instant("usage_start", row.get("usage_start"));
        Instant end = Values.instant("usage_end", row.get("usage_end"));
        if (!end.isAfter(start)) throw new BadField("usage_end", "end " + end + " is not after start " + start);
        String kind = Values.required("kind", row.get("kind")).toLowerCase(Locale.ROOT);
        Double quantity = Values.amount("quantity", row.get("quantity"));
        if (quantity == null) throw new BadField("quantity", "empty (a quantity is required)");
        Double u = Values.amount("cpu_utilisation", row.get("cpu_utilisation"));
        if (u != null && u > 1) throw new BadField("cpu_utilisation", "utilisation " + u + " is above 1 (expected 0..1)");
        double util = u == null ? DEFAULT_UTILISATION : u;
        Double rep = Values.amount("replication", row.get("replication"));
        double replication = rep == null ? 1 : rep;

        double kwh;
        Component component;
        String model;
        switch (kind) {
            case "vcpu-hours" -> {
                kwh = VcpuLinearModel.watts(vcpu.minWatts(), vcpu.maxWatts(), 1, util) * quantity * replication / 1000;
                component = Component.CPU;
                model = "ccf-cloud-usage vcpu-hours " + vcpu.label() + " min=" + vcpu.minWatts() + "W max=" + vcpu.maxWatts() + "W u=" + util;
            }
            case "gpu-hours" -> {
                String gpu = Values.required("gpu_model", row.get("gpu_model"));
                Optional<HardwareRow> hw = data.hardware().findGpu(gpu);
                if (hw.isEmpty()) throw new BadField("gpu_model", "GPU '" + Excerpt.of(gpu) + "' is not in the hardware catalogue (wattprint data)");
                kwh = hw.get().tdpWatts() * util * quantity / 1000;
                component = Component.gpu(hw.get().model());
                model = "ccf-cloud-usage gpu-hours " + hw.get().model() + " tdp=" + hw.get().tdpWatts() + "W u=" + util;
            }
            case "memory-gb-hours" -> {
                kwh = quantity * MEMORY_KWH_PER_GB_HOUR;
                component = Component.DRAM;
                model = "ccf-cloud-usage memory 0.000392 kWh/GB-h";
            }
            case "storage-ssd-tb-hours", "storage-hdd-tb-hours" -> {
                boolean ssd = kind.contains("ssd");
                kwh = quantity * (ssd ? SSD_WH_PER_TB_HOUR : HDD_WH_PER_TB_HOUR) * replication / 1000;
                component = Component.OTHER;
                model = "ccf-cloud-usage storage " + (ssd ? "ssd 1.2" : "hdd 0.65") + " Wh/TB-h replication=" + replication;
            }
            case "network-gb" -> {
                kwh = quantity * NETWORK_KWH_PER_GB;
                component = Component.OTHER;
                model = "ccf-cloud-usage network 0.001 kWh/GB";
            }
            default -> throw new BadField("kind", "'" + Excerpt.of(kind) + "' is not a usage kind (expected vcpu-hours, gpu-hours, "
                    + "memory-gb-hours, storage-ssd-tb-hours, storage-hdd-tb-hours or network-gb)");
        }
        Optional<CloudRegion> cr = data.regions().find(provider, region);
        Location location = cr.map(r -> new Location(r.zone(), r.id(), null)).orElse(Location.unknown());
        if (cr.isEmpty()) ctx.note(KIND + ": region " + Excerpt.of(provider + ":" + region) + " is not in cloud-regions.csv: CO2e left unknown");
        String service = row.get("service") == null ? provider : Values.name("service", row.get("service"));
        Workload.Builder w = Workload.builder(service).project(Values.name("project", row.get("project"))).tag("source", KIND)
                .tag("provider", provider).tag("usage_kind", kind);
        ctx.workload().applyTo(w);
        PueAssumption pue = new PueAssumption(Pue.of(pueRow.pue()), "Cloud Carbon Footprint " + provider + " PUE ("
                + pueRow.source() + ")");
        EnergyInterval x = new EnergyInterval(start, end, component, Energy.ofKilowattHours(kwh), new Provenance.Estimated(model));
        EstimatedRuns.store(ctx, EstimatedRuns.id("usage", KIND + "|" + row.raw()), w.build(), provider + ":" + region,
                location, start, end, List.of(x), pue, "wattprint ingest " + KIND);
    }
}

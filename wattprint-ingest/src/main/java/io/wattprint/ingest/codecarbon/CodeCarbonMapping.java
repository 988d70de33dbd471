package io.wattprint.ingest.codecarbon;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.quantity.Energy;
import io.wattprint.data.ReferenceData;
import io.wattprint.data.UnknownLocationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How CodeCarbon's figures become wattprint's, shared by the file importer ({@link CodeCarbonImporter}) and the
 * CodeCarbon-compatible API ({@code io.wattprint.ingest.codecarbon.api}), so that a run is the same whichever way it
 * came (METHODOLOGY.md §11.1): one interval per component (cpu, gpu:all, dram) with CodeCarbon as its provenance,
 * the location from the cloud region or the country, and the tags naming CodeCarbon's own figures.
 */
public final class CodeCarbonMapping {
    /** Tag holding CodeCarbon's own {@code emissions} figure (kg CO2e), shown beside ours by {@code runs show}. */
    public static final String EMISSIONS_TAG = "codecarbon_emissions_kg";
    /** CodeCarbon's GPU energy is one figure for all the host's GPUs. */
    public static final Component GPU = Component.gpu("all");
    /** Tag holding CodeCarbon's {@code gpu_count} (a whole number ≥ 1): the GPUs behind the one aggregated GPU component. */
    public static final String GPU_COUNT_TAG = "gpu_count";
    /** Tag holding CodeCarbon's {@code gpu_model} (e.g. {@code 8 x NVIDIA H100 80GB HBM3}), as {@code wattprint run} tags name the GPU. */
    public static final String GPU_TAG = "gpu";

    private CodeCarbonMapping() {}

    /** The provenance of CodeCarbon's figures: imported from {@code codecarbon <version>} (its own estimates and readings). */
    public static Provenance provenance(String codecarbonVersion) {
        return new Provenance.Imported("codecarbon " + (codecarbonVersion == null ? "(version not given)" : codecarbonVersion));
    }

    /** The intervals of CodeCarbon's cpu, gpu and ram energy over [start, end]: one per component, none for zero energy. */
    public static List<EnergyInterval> intervals(Instant start, Instant end, Energy cpu, Energy gpu, Energy ram, Provenance p) {
        List<EnergyInterval> xs = new ArrayList<>(3);
        add(xs, start, end, Component.CPU, cpu, p);
        add(xs, start, end, GPU, gpu, p);
        add(xs, start, end, Component.DRAM, ram, p);
        return xs;
    }

    private static void add(List<EnergyInterval> xs, Instant start, Instant end, Component c, Energy e, Provenance p) {
        if (e.joules() > 0) xs.add(new EnergyInterval(start, end, c, e, p));
    }

    /** A gpu_count as a whole number ≥ 0 ({@code 8}, {@code 8.0} → {@code "8"}), else null (not a count). 0 gets no tag. */
    public static String gpuCount(String text) {
        if (text == null) return null;
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(text.strip());
            if (d.signum() < 0 || d.stripTrailingZeros().scale() > 0) return null;
            return d.toBigIntegerExact().toString();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /**
     * The cloud region when both provider and region are given and known ({@code provider:region}), else the country
     * (ISO 3166 alpha-3, CodeCarbon's {@code country_iso_code} → our alpha-2 zone), else unknown.
     */
    public static Location location(ReferenceData data, String cloudProvider, String cloudRegion, String countryIso3) {
        if (cloudProvider != null && cloudRegion != null) {
            try {
                return data.locations().resolve(cloudProvider + ":" + cloudRegion);
            } catch (UnknownLocationException e) {
                // Fall back to the country.
            }
        }
        String a2 = CountryCodes.alpha2(countryIso3).orElse(null);
        if (a2 != null) {
            try {
                return data.locations().resolve(a2);
            } catch (UnknownLocationException e) {
                // Unknown.
            }
        }
        return Location.unknown();
    }
}

package io.wattprint.ingest.codecarbon;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.text.CsvCells;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.StoredFootprint;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stored runs out as a CodeCarbon v3 {@code emissions.csv}: the 38 columns of {@link CodeCarbonColumns#V3}
 * in order, one row per closed run with a footprint, RFC 4180 quoting, CRLF line ends. The mapping
 * (METHODOLOGY.md §11.1 "Export") is the reverse of {@link CodeCarbonImporter}'s: energy columns are kWh
 * multiplied by the run's PUE, as CodeCarbon writes them, so that importing the file gives back the same
 * IT energy by component and the same CO2e.
 */
public final class CodeCarbonWriter implements Flushable {
    /** {@code %Y-%m-%dT%H:%M:%S}, written in UTC (CodeCarbon writes local time without a zone). */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** Tag read as {@code experiment_id} when the run has no {@code codecarbon_experiment_id}. */
    public static final String EXPERIMENT_TAG = "experiment";

    private final Writer out;
    private final String producer;

    /**
     * Writes the header at once.
     *
     * @param producer what goes in {@code codecarbon_version}, e.g. {@code wattprint 0.9.0} (the importer
     *                 reads that column as provenance), or null to leave it empty
     */
    public CodeCarbonWriter(Writer out, String producer) {
        this.out = out;
        this.producer = producer;
        line(CodeCarbonColumns.V3);
    }

    /** Whether a run has a row: closed, with an end and a footprint. */
    public static boolean exportable(RunRecord r) {
        return r.run().status() != RunStatus.RUNNING && r.run().end() != null && r.footprint() != null;
    }

    /**
     * Writes one run's row.
     *
     * @throws IllegalArgumentException when the run is not {@linkplain #exportable exportable}
     */
    public void write(RunRecord r) {
        // Formula-like text (a project named "=HYPERLINK(…)") is neutralised for spreadsheets; the importer takes the quote off.
        line(row(r, producer));
    }

    @Override
    public void flush() throws IOException { out.flush(); }

    /** One line through the one CSV writing path, {@link CsvCells#line}: neutralised, RFC 4180 quoted, CRLF. */
    private void line(List<String> fields) {
        try {
            out.write(CsvCells.line(fields));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 38 fields of a run's row, in the order of {@link CodeCarbonColumns#V3}. */
    public static List<String> row(RunRecord r, String producer) {
        if (!exportable(r)) {
            throw new IllegalArgumentException("run " + r.run().id() + " is " + (r.footprint() == null ? "without a footprint"
                    : "not closed") + ": only closed runs with a footprint are exported");
        }
        Run run = r.run();
        StoredFootprint f = r.footprint();
        double seconds = run.duration().getSeconds() + run.duration().getNano() / 1e9;
        double pue = f.pue();
        double cpuJ = 0, gpuJ = 0, ramJ = 0;
        Set<String> gpus = new HashSet<>();
        boolean gpuCountUnknown = false;
        for (ComponentEnergy c : f.components()) {
            double j = c.energy().joules();
            switch (c.component().kind()) {
                case CPU -> cpuJ += j;
                case DRAM -> ramJ += j;
                case GPU -> {
                    gpuJ += j;
                    if ("all".equals(c.component().id())) gpuCountUnknown = true;
                    else gpus.add(c.component().id());
                }
                case OTHER -> { /* no CodeCarbon column: counted in energy_consumed only */ }
            }
        }
        Location loc = run.location();
        String alpha2 = loc.zone() != null && loc.zone().length() == 2 && CountryCodes.alpha3(loc.zone()).isPresent()
                ? loc.zone().toUpperCase(Locale.ROOT) : null;
        String provider = null, cloudRegion = null;
        if (loc.cloudRegion() != null) {
            int colon = loc.cloudRegion().indexOf(':');
            provider = colon < 0 ? null : loc.cloudRegion().substring(0, colon);
            cloudRegion = colon < 0 ? loc.cloudRegion() : loc.cloudRegion().substring(colon + 1);
        }
        String region = cloudRegion != null ? cloudRegion : alpha2 == null ? loc.zone() : null;
        Double kg = f.co2e() == null ? null : f.co2e().kilograms();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("timestamp", TIMESTAMP.format(run.end().truncatedTo(ChronoUnit.SECONDS)));
        m.put("project_name", run.workload().project() != null ? run.workload().project() : run.workload().name());
        m.put("run_id", run.id());
        m.put("experiment_id", experiment(run));
        m.put("duration", Figures.shortest(seconds));
        m.put("emissions", kg == null ? "" : Figures.shortest(kg));
        m.put("emissions_rate", kg == null || seconds <= 0 ? "" : Figures.shortest(kg / seconds));
        m.put("cpu_power", power(cpuJ, seconds));
        m.put("gpu_power", power(gpuJ, seconds));
        m.put("ram_power", power(ramJ, seconds));
        m.put("cpu_energy", kwh(cpuJ * pue));
        m.put("gpu_energy", kwh(gpuJ * pue));
        m.put("ram_energy", kwh(ramJ * pue));
        m.put("energy_consumed", Figures.shortest(f.facilityEnergy().kilowattHours()));
        m.put("country_name", alpha2 == null ? "" : new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH));
        m.put("country_iso_code", alpha2 == null ? "" : CountryCodes.alpha3(alpha2).orElse(""));
        m.put("region", region == null ? "" : region);
        m.put("cloud_provider", provider == null ? "" : provider);
        m.put("cloud_region", cloudRegion == null ? "" : cloudRegion);
        m.put("codecarbon_version", producer == null ? "" : producer);
        m.put("gpu_count", gpuCount(run, gpuCountUnknown ? -1 : gpus.size()));
        String gpuModel = run.workload().tags().get("gpu");
        if (gpuModel != null) m.put("gpu_model", gpuModel);
        m.put("tracking_mode", trackingMode(f));
        m.put("on_cloud", loc.cloudRegion() != null ? "Y" : loc.isKnown() ? "N" : "");
        m.put("pue", Figures.shortest(pue));
        List<String> out = new ArrayList<>(CodeCarbonColumns.V3.size());
        for (String col : CodeCarbonColumns.V3) out.add(m.getOrDefault(col, ""));
        return out;
    }

    /**
     * The GPUs a run used: the recorded {@code gpu_count} tag (CodeCarbon's own column, kept at import) when it is a
     * whole number above the distinct GPU components measured, else those components; empty when neither is known
     * (an imported run whose GPU energy is one aggregate and no count was recorded).
     */
    static String gpuCount(Run run, int distinctComponents) {
        int recorded = -1;
        String tag = run.workload().tags().get("gpu_count");
        if (tag != null) {
            try {
                recorded = Integer.parseInt(tag.strip());
            } catch (NumberFormatException e) {
                recorded = -1;
            }
        }
        int n = Math.max(recorded, distinctComponents);
        return n > 0 || distinctComponents == 0 ? Integer.toString(Math.max(n, 0)) : "";
    }

    /** {@code codecarbon_experiment_id} (a run imported from CodeCarbon), else the tag {@code experiment}, else empty. */
    private static String experiment(Run run) {
        Map<String, String> tags = run.workload().tags();
        String e = tags.get("codecarbon_experiment_id");
        if (e == null) e = tags.get(EXPERIMENT_TAG);
        return e == null ? "" : e;
    }

    /**
     * {@code machine} or {@code process}, where the run's own GPU readings say which attribution policy metered
     * it (NVML methods carry {@code share=} on a shared host); empty otherwise: the policy is not stored.
     */
    private static String trackingMode(StoredFootprint f) {
        String mode = "";
        for (ComponentEnergy c : f.components()) {
            Provenance p = c.provenance();
            if (c.component().kind() != Component.Kind.GPU || !p.isMeasured() || !p.method().startsWith("nvml")) continue;
            if (p.method().contains(" share=")) return "process";
            mode = "machine";
        }
        return mode;
    }

    private static String power(double joules, double seconds) {
        return seconds <= 0 ? "" : Figures.shortest(joules / seconds);
    }

    private static String kwh(double joules) { return Figures.shortest(joules / 3_600_000d); }

}

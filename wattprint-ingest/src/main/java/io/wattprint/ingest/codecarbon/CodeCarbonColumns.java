package io.wattprint.ingest.codecarbon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column layouts of CodeCarbon's {@code emissions.csv} (FORMATS.md "CodeCarbon"): v3 (38
 * columns), v2 (31: v3 without {@code experiment_id}, {@code water_consumed}, the four utilisation
 * columns and {@code wue}) and task files ({@code task_name} first; v2 without {@code pue}). A file's
 * header is matched by name, case-insensitively, so the order of columns does not matter.
 */
public final class CodeCarbonColumns {
    /** The v3 header, in order: what {@code runs export --format codecarbon} writes. */
    public static final List<String> V3 = List.of("timestamp", "project_name", "run_id", "experiment_id", "duration",
            "emissions", "emissions_rate", "cpu_power", "gpu_power", "ram_power", "cpu_energy", "gpu_energy", "ram_energy",
            "energy_consumed", "water_consumed", "country_name", "country_iso_code", "region", "cloud_provider", "cloud_region",
            "os", "python_version", "codecarbon_version", "cpu_count", "cpu_model", "gpu_count", "gpu_model", "longitude",
            "latitude", "ram_total_size", "tracking_mode", "cpu_utilization_percent", "gpu_utilization_percent",
            "ram_utilization_percent", "ram_used_gb", "on_cloud", "pue", "wue");

    /** Columns v3 added to v2. */
    static final List<String> V3_ONLY = List.of("experiment_id", "water_consumed", "cpu_utilization_percent",
            "gpu_utilization_percent", "ram_utilization_percent", "ram_used_gb", "wue");

    /** Columns a row cannot be imported without. */
    static final List<String> REQUIRED = List.of("timestamp", "project_name", "run_id", "duration", "emissions", "cpu_energy",
            "gpu_energy", "ram_energy", "energy_consumed");

    /** Which layout a file has. */
    public enum Generation {
        V3("v3 (38 columns)"), V2("v2 (31 columns)"), TASK("task file");

        private final String label;

        Generation(String label) { this.label = label; }

        public String label() { return label; }
    }

    private final Map<String, Integer> index;
    private final int count;
    private final Generation generation;

    private CodeCarbonColumns(Map<String, Integer> index, int count, Generation generation) {
        this.index = index;
        this.count = count;
        this.generation = generation;
    }

    /**
     * Reads a header row (BOM already trimmed).
     *
     * @throws IllegalArgumentException naming the missing columns when it is not a CodeCarbon header
     */
    static CodeCarbonColumns of(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = new ArrayList<>();
        for (String c : REQUIRED) if (!index.containsKey(c)) missing.add(c);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the header lacks " + String.join(", ", missing)
                    + " (expected a CodeCarbon emissions.csv: v3 " + V3.size() + " columns starting " + String.join(",", V3.subList(0, 6))
                    + ",…; v2 31 columns; or a task file starting task_name)");
        }
        Generation g = index.containsKey("task_name") ? Generation.TASK
                : index.containsKey("experiment_id") ? Generation.V3 : Generation.V2;
        return new CodeCarbonColumns(index, header.size(), g);
    }

    Generation generation() { return generation; }

    int count() { return count; }

    boolean has(String column) { return index.containsKey(column); }

    /** The field of a column in a row, or null when the file has no such column. */
    String get(List<String> row, String column) {
        Integer i = index.get(column);
        return i == null || i >= row.size() ? null : row.get(i);
    }
}

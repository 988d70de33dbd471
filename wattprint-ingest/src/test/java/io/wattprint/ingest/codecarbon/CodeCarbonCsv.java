package io.wattprint.ingest.codecarbon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CodeCarbon files written by the tests, with the headers of FORMATS.md typed out here. */
public final class CodeCarbonCsv {
    public static final String V3_HEADER = "timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,"
            + "cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,water_consumed,country_name,"
            + "country_iso_code,region,cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,"
            + "gpu_count,gpu_model,longitude,latitude,ram_total_size,tracking_mode,cpu_utilization_percent,"
            + "gpu_utilization_percent,ram_utilization_percent,ram_used_gb,on_cloud,pue,wue";
    public static final String V2_HEADER = "timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,"
            + "ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,country_iso_code,region,cloud_provider,"
            + "cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,"
            + "ram_total_size,tracking_mode,on_cloud,pue";
    public static final String TASK_HEADER = "task_name,timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,"
            + "gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,country_iso_code,region,"
            + "cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,"
            + "longitude,latitude,ram_total_size,tracking_mode,on_cloud";

    private CodeCarbonCsv() {}

    /** A row for a header: the given values by column name, every other column empty. */
    public static String row(String header, Map<String, String> values) {
        List<String> out = new ArrayList<>();
        for (String col : header.split(",")) out.add(values.getOrDefault(col, ""));
        return String.join(",", out);
    }

    /** A plausible v3 row in France: cpu/gpu/ram kWh (with pue in them), emissions kg. */
    public static Map<String, String> v3(String runId, String timestamp, double duration, double cpu, double gpu, double ram,
                                         double pue, double emissions) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("timestamp", timestamp);
        m.put("project_name", "bert");
        m.put("run_id", runId);
        m.put("experiment_id", "exp-1");
        m.put("duration", Double.toString(duration));
        m.put("emissions", Double.toString(emissions));
        m.put("cpu_energy", Double.toString(cpu));
        m.put("gpu_energy", Double.toString(gpu));
        m.put("ram_energy", Double.toString(ram));
        m.put("energy_consumed", Double.toString(cpu + gpu + ram));
        m.put("country_name", "France");
        m.put("country_iso_code", "FRA");
        m.put("codecarbon_version", "3.0.1");
        m.put("pue", Double.toString(pue));
        return m;
    }

    public static Path write(Path file, String header, String... rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(Arrays.asList(rows));
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}

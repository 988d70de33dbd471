package io.wattprint.ingest.codecarbon;

import io.wattprint.core.time.TimestampException;
import io.wattprint.core.time.Timestamps;
import io.wattprint.ingest.Excerpt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rows shorter than the header, as CodeCarbon writes them in append mode: before appending a row it
 * drops the columns that are empty (None) in that row (pandas {@code dropna(axis=1, how="all")},
 * CodeCarbon issue #1304), so the row's fields are the header's columns less some of those it can
 * leave empty, in order. A short row is realigned by putting an empty field back at each dropped
 * column, trying every choice of droppable columns; it is realigned only when exactly one resulting
 * row gives every field a value of its column's type, leaves paired columns (country name and code,
 * longitude and latitude, cloud provider and region) both empty or both filled, and keeps
 * {@code energy_consumed} the sum of the three energies (METHODOLOGY.md §11.1). Choices that differ
 * only in which of several neighbouring empty columns was dropped give the same row, and count once.
 */
final class Realignment {
    /** What a column holds, to tell whether a field can sit in it. */
    private enum Type { TEXT, NUMBER, TIMESTAMP, ISO3, YES_NO, MODE, VERSION, LONGITUDE, LATITUDE }

    /**
     * The columns CodeCarbon can leave empty (None) in a row, and so drop from it: where the machine is (found from the
     * network or given, none of it always known), what GPU it has, the experiment, and the v3 columns a tracker may not
     * measure. Every other column (time, names, duration, energy and power, emissions, os, versions, CPU count and model,
     * GPU count, RAM size, tracking mode, on_cloud, pue, task_name) it always fills: never dropped, never empty in a
     * realigned row.
     */
    static final Set<String> DROPPABLE = Set.of("experiment_id", "water_consumed", "country_name", "country_iso_code", "region",
            "cloud_provider", "cloud_region", "gpu_model", "longitude", "latitude", "cpu_utilization_percent",
            "gpu_utilization_percent", "ram_utilization_percent", "ram_used_gb", "wue");

    /**
     * Columns CodeCarbon fills together or leaves empty together (one lookup gives both): in a realigned row both are
     * empty or neither is.
     */
    static final List<List<String>> TOGETHER = List.of(List.of("country_name", "country_iso_code"), List.of("longitude", "latitude"),
            List.of("cloud_provider", "cloud_region"));

    private static final Map<String, Type> TYPES = Map.ofEntries(
            Map.entry("timestamp", Type.TIMESTAMP), Map.entry("duration", Type.NUMBER), Map.entry("emissions", Type.NUMBER),
            Map.entry("emissions_rate", Type.NUMBER), Map.entry("cpu_power", Type.NUMBER), Map.entry("gpu_power", Type.NUMBER),
            Map.entry("ram_power", Type.NUMBER), Map.entry("cpu_energy", Type.NUMBER), Map.entry("gpu_energy", Type.NUMBER),
            Map.entry("ram_energy", Type.NUMBER), Map.entry("energy_consumed", Type.NUMBER),
            Map.entry("water_consumed", Type.NUMBER), Map.entry("country_iso_code", Type.ISO3),
            Map.entry("python_version", Type.VERSION), Map.entry("codecarbon_version", Type.VERSION),
            Map.entry("cpu_count", Type.NUMBER), Map.entry("gpu_count", Type.NUMBER), Map.entry("longitude", Type.LONGITUDE),
            Map.entry("latitude", Type.LATITUDE), Map.entry("ram_total_size", Type.NUMBER), Map.entry("tracking_mode", Type.MODE),
            Map.entry("cpu_utilization_percent", Type.NUMBER), Map.entry("gpu_utilization_percent", Type.NUMBER),
            Map.entry("ram_utilization_percent", Type.NUMBER), Map.entry("ram_used_gb", Type.NUMBER),
            Map.entry("on_cloud", Type.YES_NO), Map.entry("pue", Type.NUMBER), Map.entry("wue", Type.NUMBER));

    private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.[0-9A-Za-z+-]+)*|wattprint.*");

    /** The outcome for one short row: the realigned fields, or why none could be chosen. */
    record Result(List<String> fields, String problem) {}

    private final List<String> columns;
    private final Type[] types;
    private final boolean[] droppable;
    /** Indexes of energy_consumed, cpu_energy, gpu_energy, ram_energy; null when the header lacks one. */
    private final int[] energy;
    /** Index pairs of {@link #TOGETHER} present in the header. */
    private final List<int[]> pairs = new ArrayList<>();

    /** @param header the header's column names, in order */
    Realignment(List<String> header) {
        this.columns = header.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        this.types = new Type[columns.size()];
        this.droppable = new boolean[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            types[i] = TYPES.getOrDefault(columns.get(i), Type.TEXT);
            droppable[i] = DROPPABLE.contains(columns.get(i));
        }
        int[] e = {columns.indexOf("energy_consumed"), columns.indexOf("cpu_energy"), columns.indexOf("gpu_energy"),
                columns.indexOf("ram_energy")};
        this.energy = Arrays.stream(e).anyMatch(i -> i < 0) ? null : e;
        for (List<String> t : TOGETHER) {
            int a = columns.indexOf(t.get(0));
            int b = columns.indexOf(t.get(1));
            if (a >= 0 && b >= 0) pairs.add(new int[] {a, b});
        }
    }

    /** Realigns a row with fewer fields than the header. */
    Result realign(List<String> row) {
        int drops = columns.size() - row.size();
        if (drops <= 0) throw new IllegalArgumentException("not a short row");
        List<List<String>> found = new ArrayList<>(2);
        search(row, 0, 0, drops, new String[columns.size()], found);
        if (found.size() == 1) return new Result(found.get(0), null);
        String what = "the row has " + row.size() + " fields, the header has " + columns.size() + " (CodeCarbon drops the columns "
                + "that are empty in a row before appending it, issue #1304)";
        if (found.isEmpty()) {
            return new Result(null, what + ": no choice of " + drops + " droppable column(s) gives every field a value of its "
                    + "column's type (expected a row of the header's columns, less only columns CodeCarbon can leave empty)");
        }
        return new Result(null, what + ": more than one choice of the " + drops + " dropped column(s) gives every field a value "
                + "of its column's type, e.g. " + differ(found.get(0), found.get(1)) + " (expected exactly one; not guessed)");
    }

    /** Fills {@code out} column by column; stops once two distinct rows fit. */
    private void search(List<String> row, int col, int field, int drops, String[] out, List<List<String>> found) {
        if (found.size() >= 2) return;
        if (col == columns.size()) {
            for (int[] p : pairs) if (out[p[0]].isBlank() != out[p[1]].isBlank()) return;
            if (!energySums(out)) return;
            List<String> r = Arrays.asList(out.clone());
            if (!found.contains(r)) found.add(r);
            return;
        }
        if (drops > 0 && droppable[col]) {
            out[col] = "";
            search(row, col + 1, field, drops - 1, out, found);
        }
        if (field < row.size() && columns.size() - col - 1 >= row.size() - field - 1 && fits(col, row.get(field))) {
            out[col] = row.get(field);
            search(row, col + 1, field + 1, drops, out, found);
        }
    }

    /** Where two fitting rows differ: the first column that holds different fields. */
    private String differ(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return "'" + Excerpt.of(a.get(i).isEmpty() ? b.get(i) : a.get(i)) + "' fits " + columns.get(i) + " and a later column";
            }
        }
        return "two choices";
    }

    /**
     * CodeCarbon writes {@code energy_consumed} as the sum of {@code cpu_energy}, {@code gpu_energy} and {@code ram_energy}: a
     * choice that breaks the sum has put numbers in the wrong columns (a run of number columns shifted by one parses
     * everywhere). Checked when the header has the four columns; relative tolerance 1e-6.
     */
    private boolean energySums(String[] out) {
        if (energy == null) return true;
        Double total = number(out[energy[0]].strip());
        Double cpu = number(out[energy[1]].strip());
        Double gpu = number(out[energy[2]].strip());
        Double ram = number(out[energy[3]].strip());
        if (total == null || cpu == null || gpu == null || ram == null) return true;
        double sum = cpu + gpu + ram;
        return Math.abs(total - sum) <= 1e-6 * Math.max(Math.abs(total), Math.abs(sum)) + 1e-15;
    }

    private boolean fits(int col, String value) {
        String v = value.strip();
        if (v.isEmpty()) return droppable[col];
        return switch (types[col]) {
            case TEXT -> true;
            case NUMBER -> number(v) != null;
            case LONGITUDE -> { Double d = number(v); yield d != null && d >= -180 && d <= 180; }
            case LATITUDE -> { Double d = number(v); yield d != null && d >= -90 && d <= 90; }
            case TIMESTAMP -> timestamp(v);
            case ISO3 -> ISO3.matcher(v).matches();
            case YES_NO -> v.equalsIgnoreCase("y") || v.equalsIgnoreCase("n");
            case MODE -> v.equalsIgnoreCase("machine") || v.equalsIgnoreCase("process");
            case VERSION -> VERSION.matcher(v).matches();
        };
    }

    private static Double number(String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether {@code v} is a timestamp as {@link CodeCarbonRow#timestamp} reads it (so realigning never disagrees with reading). */
    private static boolean timestamp(String v) {
        try {
            Timestamps.parse(v, Timestamps.Forms.UTC);
            return true;
        } catch (TimestampException e) {
            return false;
        }
    }
}

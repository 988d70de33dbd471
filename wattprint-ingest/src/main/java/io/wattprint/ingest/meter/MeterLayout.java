package io.wattprint.ingest.meter;

import io.wattprint.ingest.Excerpt;
import io.wattprint.ingest.ImportException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a facility-meter CSV holds, told by its header (names compared case-insensitively, a BOM
 * and surrounding spaces ignored). The unit is read from the value column's name and never
 * guessed: {@code kwh} energy per interval or bill, {@code power_w} / {@code power_kw}
 * instantaneous power, {@code kwh_total} a cumulative counter.
 */
record MeterLayout(Format format, Map<String, Integer> columns, List<String> ignored) {

    /** The four shapes of input, each with its default reading kind. */
    enum Format {
        INTERVAL("interval data (timestamp, meter_id, kwh)"),
        BILL("bills (period_start, period_end, site, kwh)"),
        POWER_W("instantaneous power in W (timestamp, meter_id, power_w)"),
        POWER_KW("instantaneous power in kW (timestamp, meter_id, power_kw)"),
        CUMULATIVE("cumulative energy counter in kWh (timestamp, meter_id, kwh_total)");

        final String describe;

        Format(String describe) { this.describe = describe; }
    }

    static final String EXPECTED = "expected one of: timestamp, meter_id, kwh (interval data); "
            + "period_start, period_end, site, kwh (bills); timestamp, meter_id, power_w or power_kw (instantaneous power); "
            + "timestamp, meter_id, kwh_total (cumulative counter); optional columns facility, interval_minutes, kind";

    private static final List<String> VALUE_COLUMNS = List.of("kwh", "power_w", "power_kw", "kwh_total");
    private static final List<String> OPTIONAL = List.of("facility", "interval_minutes", "kind");

    /** @throws ImportException naming the file, the header and the expected names */
    static MeterLayout of(String file, List<String> header) {
        Map<String, Integer> cols = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (cols.putIfAbsent(name, i) != null) {
                throw new ImportException(file + ": column " + Excerpt.of(name) + " appears twice in the header '" + Excerpt.of(String.join(",", header)) + "'");
            }
        }
        String shown = Excerpt.of(String.join(", ", header));
        Format format;
        List<String> values = VALUE_COLUMNS.stream().filter(cols::containsKey).toList();
        if (cols.containsKey("period_start") || cols.containsKey("period_end") || cols.containsKey("site")) {
            for (String need : List.of("period_start", "period_end", "site", "kwh")) {
                if (!cols.containsKey(need)) {
                    throw new ImportException(file + ": header '" + shown + "' looks like bills but has no " + need + " column; " + EXPECTED);
                }
            }
            format = Format.BILL;
        } else if (cols.containsKey("timestamp") && cols.containsKey("meter_id")) {
            if (values.isEmpty()) {
                throw new ImportException(file + ": header '" + shown + "' has no column with a unit this importer knows "
                        + "(units are read from the column name, never guessed): expected kwh (energy per interval), power_w or "
                        + "power_kw (instantaneous power) or kwh_total (cumulative counter)");
            }
            if (values.size() > 1) {
                throw new ImportException(file + ": header '" + shown + "' has more than one value column (" + String.join(", ", values)
                        + "); a file holds one of kwh, power_w, power_kw or kwh_total");
            }
            format = switch (values.get(0)) {
                case "kwh" -> Format.INTERVAL;
                case "power_w" -> Format.POWER_W;
                case "power_kw" -> Format.POWER_KW;
                default -> Format.CUMULATIVE;
            };
        } else {
            throw new ImportException(file + ": header '" + shown + "' is not a facility meter file; " + EXPECTED);
        }
        if (cols.containsKey("interval_minutes") && format != Format.INTERVAL) {
            throw new ImportException(file + ": interval_minutes applies to interval data (kwh per interval) only, not to "
                    + format.describe);
        }
        List<String> known = new ArrayList<>(OPTIONAL);
        known.addAll(format == Format.BILL ? List.of("period_start", "period_end", "site", "kwh")
                : List.of("timestamp", "meter_id", values.get(0)));
        List<String> ignored = cols.keySet().stream().filter(c -> !known.contains(c)).sorted().toList();
        return new MeterLayout(format, Map.copyOf(cols), ignored);
    }

    boolean has(String column) { return columns.containsKey(column); }

    int index(String column) { return columns.get(column); }
}

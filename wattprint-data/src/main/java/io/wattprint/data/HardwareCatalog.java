package io.wattprint.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The shipped TDP catalogue ({@code hardware.csv}), with lookup by the name a device reports.
 * A row matches when its model or one of its aliases occurs in the reported name (ignoring
 * case) as a whole token: the characters either side must not be letters or digits, so
 * {@code A10} does not match {@code NVIDIA A10G} and {@code EPYC 7763} does not match
 * {@code EPYC 77630}. The longest matching string wins.
 */
public final class HardwareCatalog {
    static final String RESOURCE = "io/wattprint/data/hardware.csv";
    static final List<String> HEADER = List.of("kind", "vendor", "model", "tdp_w", "aliases", "source");

    private final List<HardwareRow> rows;

    HardwareCatalog(List<HardwareRow> rows) { this.rows = List.copyOf(rows); }

    static HardwareCatalog load(String resource) {
        return new HardwareCatalog(CsvTable.load(resource, HEADER, row -> new HardwareRow(
                row.oneOf("kind", "gpu", "cpu"), row.text("vendor"), row.text("model"), row.number("tdp_w"),
                splitAliases(row.optional("aliases")), row.text("source"))));
    }

    private static List<String> splitAliases(String s) {
        if (s.isEmpty()) return List.of();
        return Arrays.stream(s.split("\\|")).map(String::trim).filter(a -> !a.isEmpty()).toList();
    }

    /** All rows, in file order. */
    public List<HardwareRow> rows() { return rows; }

    /** The CPU whose model or alias best matches a {@code /proc/cpuinfo} "model name". */
    public Optional<HardwareRow> findCpu(String cpuModelName) { return find("cpu", cpuModelName); }

    /** The GPU whose model or alias best matches an {@code nvidia-smi} (or ROCm) device name. */
    public Optional<HardwareRow> findGpu(String gpuName) { return find("gpu", gpuName); }

    private Optional<HardwareRow> find(String kind, String reported) {
        if (reported == null || reported.isBlank()) return Optional.empty();
        String hay = reported.toLowerCase(Locale.ROOT);
        HardwareRow best = null;
        int bestLength = 0;
        for (HardwareRow r : rows) {
            if (!r.kind().equals(kind)) continue;
            List<String> names = new ArrayList<>(r.aliases());
            names.add(r.model());
            for (String name : names) {
                String needle = name.toLowerCase(Locale.ROOT);
                if (needle.length() > bestLength && containsToken(hay, needle)) {
                    best = r;
                    bestLength = needle.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static boolean containsToken(String hay, String needle) {
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
            int end = i + needle.length();
            boolean startOk = i == 0 || !isWordChar(hay.charAt(i - 1)) || !isWordChar(needle.charAt(0));
            boolean endOk = end == hay.length() || !isWordChar(hay.charAt(end)) || !isWordChar(needle.charAt(needle.length() - 1));
            if (startOk && endOk) return true;
        }
        return false;
    }

    private static boolean isWordChar(char c) { return Character.isLetterOrDigit(c); }
}

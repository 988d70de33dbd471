package io.wattprint.report.esrs;

import io.wattprint.core.embodied.EmbodiedAmortisation;
import io.wattprint.core.embodied.HardwareRecord;
import io.wattprint.core.figure.Figures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The memo line of the ESRS E1 report: the embodied hardware carbon amortised over the reporting year, as
 * {@code wattprint hardware embodied ID --period YEAR} computes it ({@link EmbodiedAmortisation#perPeriod}): per
 * machine TE × (hours of the year / EL), which is the runs' SCI shares M = TE × (TiR / EL) × (RR / ToR) plus the
 * unallocated rest nobody reserved. A machine with several records (a changed figure from a later valid-from) is
 * counted with each record for the part of the year it is valid; a record valid only after the year counts nothing.
 * It is a memo: not in E1-6_11 and in no total — GHG Protocol Scope 3 category 2 (capital goods) counts a purchase's
 * whole cradle-to-gate emissions in the year it is bought, not amortised, so this is not a category 2 figure.
 */
record EmbodiedMemo(int year, BigDecimal tonnes, List<String> machines) {
    /** The memo for {@code year} from the current hardware records; null when there are none. */
    static EmbodiedMemo of(List<HardwareRecord> records, int year) {
        if (records.isEmpty()) return null;
        Instant from = Instant.parse(String.format(java.util.Locale.ROOT, "%04d-01-01T00:00:00Z", year));
        Instant to = Instant.parse(String.format(java.util.Locale.ROOT, "%04d-01-01T00:00:00Z", year + 1));
        Map<String, List<HardwareRecord>> byId = new TreeMap<>();
        for (HardwareRecord r : records) byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
        double grams = 0;
        List<String> machines = new ArrayList<>();
        for (Map.Entry<String, List<HardwareRecord>> e : byId.entrySet()) {
            List<HardwareRecord> rs = new ArrayList<>(e.getValue());
            rs.sort(Comparator.comparing(HardwareRecord::validFrom));
            boolean counted = false;
            for (int i = 0; i < rs.size(); i++) {
                Instant s = rs.get(i).validFrom().isAfter(from) ? rs.get(i).validFrom() : from;
                Instant next = i + 1 < rs.size() ? rs.get(i + 1).validFrom() : to;
                Instant end = next.isBefore(to) ? next : to;
                if (!end.isAfter(s)) continue;
                grams += EmbodiedAmortisation.perPeriod(rs.get(i), s, end, List.of()).total().grams();
                counted = true;
            }
            if (counted) machines.add(e.getKey());
        }
        return new EmbodiedMemo(year, Figures.round(grams / 1e6, 3), List.copyOf(machines));
    }

    String text() {
        return "Memo, not in E1-6_11 and in no total here: embodied hardware carbon amortised over " + year + " = "
                + Figures.text(tonnes) + " tCO2e for " + machines.size() + " machine(s)"
                + (machines.isEmpty() ? "" : " (" + String.join(", ", machines.subList(0, Math.min(10, machines.size())))
                + (machines.size() > 10 ? " and " + (machines.size() - 10) + " more" : "") + ")")
                + ": per machine TE × (hours of the year / EL), i.e. the runs' SCI shares M = TE × (TiR / EL) × (RR / ToR) "
                + "plus the unallocated rest, as wattprint hardware embodied ID --period " + year + " computes it. It is not "
                + "a GHG Protocol Scope 3 category 2 (capital goods) figure, which counts a purchase's whole embodied "
                + "emissions in the year it is bought.";
    }

    /** The memo in the report's data. */
    record Data(String label, BigDecimal value, String unit, String method, List<String> machines) {}

    Data data() {
        return new Data("Embodied hardware carbon amortised over the year (memo, not in E1-6_11 or any total)", tonnes,
                "tCO2e", "TE × (hours of the year / EL) per machine = Σ runs TE × (TiR / EL) × (RR / ToR) + unallocated "
                + "(SCI; wattprint hardware embodied)", machines);
    }
}

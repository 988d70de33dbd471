package io.wattprint.report.methodology;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.Provenance;
import io.wattprint.ledger.RunRecord;
import io.wattprint.report.JsonTable.Col;
import io.wattprint.report.JsonTable;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Chart;
import io.wattprint.report.doc.Heading;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Section 3, "Energy methods and estimators": per provenance and method (the counter, model or tool each interval
 * names), the runs, hosts and projects it applies to and its share of the IT energy; the METHODOLOGY.md section
 * that defines it. The kWh column has a total (the sum of the rounded lines); shares are of the unrounded total.
 */
final class Estimators {
    private Estimators() {}

    private static final class Use {
        final TreeSet<String> runs = new TreeSet<>();
        final TreeSet<String> hosts = new TreeSet<>();
        final TreeSet<String> projects = new TreeSet<>();
        double kwh;
    }

    static Section build(Inputs in) {
        Map<String, Use> uses = new TreeMap<>();
        Map<String, Provenance> provenance = new TreeMap<>();
        double total = 0, measured = 0, estimated = 0, imported = 0;
        for (RunRecord r : in.runs()) {
            if (r.footprint() == null) continue;
            for (ComponentEnergy c : r.footprint().components()) {
                Provenance p = c.provenance();
                String key = order(p.kind()) + "|" + p.method();
                provenance.putIfAbsent(key, p);
                Use u = uses.computeIfAbsent(key, k -> new Use());
                double kwh = c.energy().kilowattHours();
                u.runs.add(r.run().id());
                u.hosts.add(r.run().host() == null ? "(no host)" : r.run().host());
                u.projects.add(project(r));
                u.kwh += kwh;
                total += kwh;
                if (p.isMeasured()) measured += kwh;
                else if (p.kind() == Provenance.Kind.ESTIMATED) estimated += kwh;
                else imported += kwh;
            }
        }
        List<Block> b = new ArrayList<>();
        Map<String, Object> json = new LinkedHashMap<>();
        b.add(new Heading(1, "Energy methods and estimators"));
        JsonTable t = new JsonTable("energy_methods", null, Col.text("Provenance", "provenance"), Col.text("Method", "method"),
                Col.text("METHODOLOGY.md", "section"), Col.number("Runs", "runs"), Col.text("Hosts", "hosts"),
                Col.text("Projects", "projects"), Col.number("IT kWh", "it_kwh"), Col.number("Share", "share_pct"));
        List<BigDecimal> parts = ToTotal.apportion(uses.values().stream().map(u -> u.kwh).toList(), 3);
        int pi = 0;
        for (Map.Entry<String, Use> e : uses.entrySet()) {
            Provenance p = provenance.get(e.getKey());
            Use u = e.getValue();
            BigDecimal kwh = parts.get(pi++);
            t.row(label(p.kind()), p.method(), section(p), u.runs.size(), new JsonTable.Cell(Section.names(u.hosts, 5), List.copyOf(u.hosts)),
                    new JsonTable.Cell(Section.names(u.projects, 5), List.copyOf(u.projects)), JsonTable.Cell.part(u.kwh, kwh),
                    JsonTable.Cell.percent(total == 0 ? 0 : u.kwh / total));
        }
        if (!t.isEmpty()) t.total("TOTAL", "", "", "", "", "", ToTotal.sum(parts), "");
        DataSources.add(b, json, "energy_methods", t, "No energy recorded in the period.");
        json.put("energy_methods_total", t.totalJson());
        if (total > 0) {
            b.add(new Chart("energy_by_provenance", "IT energy by provenance", Chart.Type.BAR, "kWh",
                    List.of("measured", "estimated", "imported"), List.of(new Chart.Series("IT energy",
                    List.of(Figures.round(measured, 3).doubleValue(), Figures.round(estimated, 3).doubleValue(),
                            Figures.round(imported, 3).doubleValue())))));
        }
        return new Section(b, json);
    }

    static String project(RunRecord r) {
        String p = r.run().workload().project();
        return p == null || p.isBlank() ? r.run().workload().name() : p;
    }

    /** Measured first, then estimated, then imported (the order of trust). */
    private static int order(Provenance.Kind k) {
        return switch (k) {
            case MEASURED_COUNTER -> 1;
            case MEASURED_POWER -> 2;
            case ESTIMATED -> 3;
            case IMPORTED -> 4;
        };
    }

    static String label(Provenance.Kind k) {
        return switch (k) {
            case MEASURED_COUNTER -> "measured (counter)";
            case MEASURED_POWER -> "measured (power)";
            case ESTIMATED -> "estimated";
            case IMPORTED -> "imported";
        };
    }

    /** The METHODOLOGY.md section defining a method, from the names the meter and importers give (§1 otherwise). */
    static String section(Provenance p) {
        String m = p.method().toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nvml")) return "§1.1";
        if (m.contains("rapl")) return "§1.2";
        if (m.contains("cpu-tdp-load-curve")) return "§1.3";
        if (m.contains("ccf-vcpu")) return "§1.3.1";
        if (m.contains("memory-per-gb")) return "§1.4";
        if (m.startsWith("codecarbon")) return "§11.1";
        if (m.startsWith("ccf") || m.contains("cloud")) return "§11.3";
        if (m.contains("kepler")) return "§11.4";
        return "§1";
    }
}

package io.wattprint.report.methodology;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.Provenance;
import io.wattprint.ledger.RunRecord;
import io.wattprint.report.JsonFigure;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Chart;
import io.wattprint.report.doc.Heading;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
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
        BigDecimal kwh = BigDecimal.ZERO;
    }

    /** The section's data; {@code byProvenance} (document only, null when no energy) feeds the chart. */
    record Data(List<Method> energyMethods, Method energyMethodsTotal, @JsonIgnore ByProvenance byProvenance) {}

    /**
     * One method, or the total (provenance "TOTAL" and the kWh, the rest null); {@code exactKwh} and {@code share}
     * (document only) are what a line apportioned 0 and its share print.
     */
    @JsonPropertyOrder({"provenance", "method", "section", "runs", "hosts", "projects", "it_kwh", "share_pct"})
    record Method(String provenance, String method, String section, Integer runs, List<String> hosts,
                  List<String> projects, @JsonIgnore BigDecimal itKwh, BigDecimal sharePct, @JsonIgnore BigDecimal exactKwh,
                  @JsonIgnore double share) {
        /** JSON: the exact kWh (exact decimal sum of the components), with the decimals printed (issue 16 item 8). */
        @JsonProperty("it_kwh")
        @JsonUnwrapped(prefix = "it_kwh")
        JsonFigure itKwhJson() { return JsonFigure.of(exactKwh, itKwh); }
    }

    /** IT kWh by provenance, rounded to 3 decimals; the chart plots the unrounded kWh ({@code exact}, not written). */
    record ByProvenance(BigDecimal measured, BigDecimal estimated, BigDecimal imported, @JsonIgnore List<Double> exact) {}

    static Data data(Inputs in) {
        Map<String, Use> uses = new TreeMap<>();
        Map<String, Provenance> provenance = new TreeMap<>();
        // exact decimal sums of the stored figures (METHODOLOGY §5.1 rule 8), never sums of doubles
        BigDecimal total = BigDecimal.ZERO, measured = BigDecimal.ZERO;
        BigDecimal estimated = BigDecimal.ZERO, imported = BigDecimal.ZERO;
        for (RunRecord r : in.runs()) {
            if (r.footprint() == null) continue;
            for (ComponentEnergy c : r.footprint().components()) {
                Provenance p = c.provenance();
                String key = order(p.kind()) + "|" + p.method();
                provenance.putIfAbsent(key, p);
                Use u = uses.computeIfAbsent(key, k -> new Use());
                BigDecimal kwh = Figures.exact(c.energy().kilowattHours());
                u.runs.add(r.run().id());
                u.hosts.add(r.run().host() == null ? "(no host)" : r.run().host());
                u.projects.add(project(r));
                u.kwh = u.kwh.add(kwh);
                total = total.add(kwh);
                if (p.isMeasured()) measured = measured.add(kwh);
                else if (p.kind() == Provenance.Kind.ESTIMATED) estimated = estimated.add(kwh);
                else imported = imported.add(kwh);
            }
        }
        List<BigDecimal> parts = ToTotal.apportionExact(uses.values().stream().map(u -> u.kwh).toList(), 3);
        List<Method> lines = new ArrayList<>();
        for (Map.Entry<String, Use> e : uses.entrySet()) {
            Provenance p = provenance.get(e.getKey());
            Use u = e.getValue();
            double share = total.signum() == 0 ? 0 : Figures.quotient(u.kwh, total).doubleValue();
            lines.add(new Method(label(p.kind()), p.method(), section(p), u.runs.size(), List.copyOf(u.hosts),
                    List.copyOf(u.projects), parts.get(lines.size()), Figures.percentValue(share, 1), u.kwh, share));
        }
        Method sum = lines.isEmpty() ? null
                : new Method("TOTAL", null, null, null, null, null, ToTotal.sum(parts), null, total, 0);
        ByProvenance by = total.signum() > 0 ? new ByProvenance(Figures.round(measured, 3), Figures.round(estimated, 3),
                Figures.round(imported, 3), List.of(measured.doubleValue(), estimated.doubleValue(), imported.doubleValue()))
                : null;
        return new Data(List.copyOf(lines), sum, by);
    }

    static List<Block> blocks(Data d) {
        List<Block> b = new ArrayList<>();
        b.add(new Heading(1, "Energy methods and estimators"));
        List<List<String>> rows = Section.rows(d.energyMethods(), m -> Section.cells(m.provenance(), m.method(),
                m.section(), m.runs(), Section.names(m.hosts(), 5), Section.names(m.projects(), 5),
                Figures.text(m.exactKwh(), m.itKwh()), Figures.percent(m.share(), 1)));
        Method t = d.energyMethodsTotal();
        List<String> total = t == null ? null
                : Section.cells("TOTAL", "", "", "", "", "", Figures.text(t.exactKwh(), t.itKwh()), "");
        Section.add(b, new Table("energy_methods", null, List.of(Table.Column.text("Provenance"), Table.Column.text("Method"),
                Table.Column.text("METHODOLOGY.md"), Table.Column.number("Runs"), Table.Column.text("Hosts"),
                Table.Column.text("Projects"), Table.Column.number("IT kWh"), Table.Column.number("Share")), rows, total),
                "No energy recorded in the period.");
        ByProvenance p = d.byProvenance();
        if (p != null) {
            b.add(new Chart("energy_by_provenance", "IT energy by provenance", Chart.Type.BAR, "kWh",
                    List.of("measured", "estimated", "imported"), List.of(new Chart.Series("IT energy", p.exact()))));
        }
        return b;
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

package io.wattprint.report.methodology;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.StoredFootprint;
import io.wattprint.report.JsonFigure;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emission factors the footprints cite (location-based), grouped by zone, value, year, source, basis and GWP set (of
 * the shipped row the factor came from: "AR6 GWP100" for eGRID, "not stated by source" for Ember), with
 * a total of runs and facility kWh: the lines' kWh are apportioned to 3 decimals and the total is their sum.
 */
final class FactorsUsed {
    /** "(average, lifecycle)" as factor citations and series labels print it (EmissionFactor.citation, FactorSeries.label). */
    private static final Pattern BASIS = Pattern.compile("\\((average|marginal), (lifecycle|direct)\\)");

    /**
     * One line, or the total (zone "TOTAL", its runs and kWh, the rest null); {@code exactKwh} (document only) is
     * what a line apportioned 0 prints.
     */
    @JsonPropertyOrder({"zone", "g_per_kwh", "year", "source", "basis", "gwp", "runs", "facility_kwh"})
    record Factor(String zone, BigDecimal gPerKwh, String year, String source, String basis, String gwp, Integer runs,
                  @JsonIgnore BigDecimal facilityKwh, @JsonIgnore BigDecimal exactKwh) {
        /** JSON: the exact kWh (exact decimal sum of the runs), with the decimals printed (issue 16 item 8). */
        @JsonProperty("facility_kwh")
        @JsonUnwrapped(prefix = "facility_kwh")
        JsonFigure facilityKwhJson() { return JsonFigure.of(exactKwh, facilityKwh); }
    }

    /** The GWP set of a factor that is not a row of the shipped table. */
    static final String GWP_NOT_SHIPPED = "not known (not a shipped factor)";

    /** The lines and their total (null when there is no line). */
    record Lines(List<Factor> lines, Factor total) {}

    private record Key(String zone, BigDecimal g, String year, String source, String basis, String gwp) implements Comparable<Key> {
        public int compareTo(Key o) {
            int c = zone.compareTo(o.zone);
            if (c == 0) c = g.compareTo(o.g);
            if (c == 0) c = year.compareTo(o.year);
            if (c == 0) c = source.compareTo(o.source);
            return c == 0 ? basis.compareTo(o.basis) : c;
        }
    }

    private FactorsUsed() {}

    static Lines of(List<RunRecord> runs) {
        Map<Key, int[]> count = new TreeMap<>();
        Map<Key, BigDecimal> kwh = new TreeMap<>(); // exact decimal sums (METHODOLOGY §5.1 rule 8)
        for (RunRecord r : runs) {
            StoredFootprint f = r.footprint();
            if (f == null || f.co2e() == null || f.factorZone() == null || f.factorGramsPerKwh() == null) continue;
            Key k = new Key(f.factorZone(), Figures.round(f.factorGramsPerKwh(), Figures.FACTOR_DECIMALS),
                    f.factorYear() == null ? "n/a" : f.factorYear().toString(),
                    f.factorSource() == null ? "n/a" : f.factorSource(), basis(f.explanation()),
                    ReferenceData.load().grid().gwpOfStored(f.factorZone(), f.factorYear(), f.factorGramsPerKwh())
                            .orElse(GWP_NOT_SHIPPED));
            count.computeIfAbsent(k, x -> new int[1])[0]++;
            kwh.merge(k, Figures.exact(f.facilityEnergy().kilowattHours()), BigDecimal::add);
        }
        List<BigDecimal> parts = ToTotal.apportionExact(new ArrayList<>(kwh.values()), 3); // same key order as count
        List<Factor> lines = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Key, int[]> e : count.entrySet()) {
            Key k = e.getKey();
            n += e.getValue()[0];
            lines.add(new Factor(k.zone(), k.g(), k.year(), k.source(), k.basis(), k.gwp(), e.getValue()[0], parts.get(lines.size()),
                    kwh.get(k)));
        }
        Factor total = lines.isEmpty() ? null
                : new Factor("TOTAL", null, null, null, null, null, n, ToTotal.sum(parts), ToTotal.sum(kwh.values()));
        return new Lines(lines, total);
    }

    /** The bases and boundaries a footprint's explanation names for its factors, e.g. "average, lifecycle". */
    static String basis(List<String> explanation) {
        TreeSet<String> found = new TreeSet<>();
        for (String line : explanation) {
            String s = line.strip();
            if (!s.startsWith("grid factor")) continue;
            Matcher m = BASIS.matcher(s);
            if (m.find()) found.add(m.group(1) + ", " + m.group(2));
        }
        return found.isEmpty() ? "n/a" : String.join("; ", found);
    }

    static Table table(List<Factor> lines, Factor total) {
        List<List<String>> rows = Section.rows(lines, f -> Section.cells(f.zone(), f.gPerKwh(), f.year(), f.source(),
                f.basis(), f.gwp(), f.runs(), Figures.text(f.exactKwh(), f.facilityKwh())));
        List<String> sum = total == null ? null : Section.cells("TOTAL", "", "", "", "", "", total.runs(),
                Figures.text(total.exactKwh(), total.facilityKwh()));
        return new Table("factors", "Emission factors used (location-based)", List.of(Table.Column.text("Zone"),
                Table.Column.number("gCO2e/kWh"), Table.Column.text("Year"), Table.Column.text("Source"),
                Table.Column.text("Basis"), Table.Column.text("GWP set"), Table.Column.number("Runs"),
                Table.Column.number("Facility kWh")), rows, sum);
    }
}

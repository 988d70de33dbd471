package io.wattprint.report.weekly;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.report.JsonFigure;
import io.wattprint.report.Keyed;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * IT energy (before PUE) of the week per project, split by provenance: measured (energy counter or integrated
 * power), estimated (a model), imported (another tool's figure). The kWh parts are exact decimal sums rounded
 * half-up to 3 decimals and a line's IT kWh is the sum of its rounded parts; the shares are computed from the
 * unrounded energy and
 * rounded to one decimal, as {@link io.wattprint.report.Basis} does for the whole week.
 */
final class ProvenanceShares {
    /** {@code exact}: the unrounded IT, measured, estimated and imported kWh (what a line apportioned 0 prints). */
    @JsonPropertyOrder({"it_kwh", "measured_kwh", "estimated_kwh", "imported_kwh"})
    record Line(@JsonIgnore String project, @JsonIgnore BigDecimal it, @JsonIgnore BigDecimal measured,
                @JsonIgnore BigDecimal estimated, @JsonIgnore BigDecimal imported, BigDecimal measuredPercent,
                BigDecimal estimatedPercent, @JsonIgnore double measuredShare, @JsonIgnore double estimatedShare,
                @JsonIgnore List<BigDecimal> exact) {
        /** JSON: each figure exact ({@code exact}: IT, measured, estimated, imported), with the decimals printed. */
        @JsonProperty("it_kwh")
        @JsonUnwrapped(prefix = "it_kwh")
        JsonFigure itJson() { return JsonFigure.of(exact.get(0), it); }

        @JsonProperty("measured_kwh")
        @JsonUnwrapped(prefix = "measured_kwh")
        JsonFigure measuredJson() { return JsonFigure.of(exact.get(1), measured); }

        @JsonProperty("estimated_kwh")
        @JsonUnwrapped(prefix = "estimated_kwh")
        JsonFigure estimatedJson() { return JsonFigure.of(exact.get(2), estimated); }

        @JsonProperty("imported_kwh")
        @JsonUnwrapped(prefix = "imported_kwh")
        JsonFigure importedJson() { return JsonFigure.of(exact.get(3), imported); }

        Line(String project, BigDecimal it, BigDecimal measured, BigDecimal estimated, BigDecimal imported,
             double measuredShare, double estimatedShare, List<BigDecimal> exact) {
            this(project, it, measured, estimated, imported, Figures.percentValue(measuredShare, 1),
                    Figures.percentValue(estimatedShare, 1), measuredShare, estimatedShare, exact);
        }
    }

    /** The table in the report's data, with the projects that have estimated energy (document only). */
    record Data(List<Keyed<WeeklyData.Project, Line>> lines, Line total, @JsonIgnore List<String> estimatedProjects) {}

    private final List<Line> lines = new ArrayList<>();
    private final Line total;
    private final List<String> estimatedProjects = new ArrayList<>();

    ProvenanceShares(List<RunFigures> runs) {
        Map<String, BigDecimal[]> sums = new TreeMap<>(Tally.NAME_ORDER);
        BigDecimal[] all = zeros();
        for (RunFigures r : runs) {
            BigDecimal[] s = sums.computeIfAbsent(r.project(), p -> zeros());
            double[] parts = {r.measuredKwh(), r.estimatedKwh(), r.importedKwh()};
            for (int k = 0; k < 3; k++) {
                s[k] = s[k].add(RunFigures.exact(parts[k]));
                all[k] = all[k].add(RunFigures.exact(parts[k]));
            }
        }
        // the week's IT kWh (exact sum, rounded) is split into measured / estimated / imported totals, and each of
        // those over the projects, by the largest-remainder rule; a line's IT kWh is the sum of its three parts
        List<BigDecimal> kinds = ToTotal.apportionExact(List.of(all[0], all[1], all[2]), Tally.KWH_DECIMALS);
        List<List<BigDecimal>> columns = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            List<BigDecimal> exact = new ArrayList<>();
            for (BigDecimal[] s : sums.values()) exact.add(s[k]);
            columns.add(ToTotal.apportionExact(kinds.get(k), exact, Tally.KWH_DECIMALS));
        }
        int row = 0;
        for (Map.Entry<String, BigDecimal[]> x : sums.entrySet()) {
            BigDecimal m = columns.get(0).get(row), e = columns.get(1).get(row), i = columns.get(2).get(row);
            row++;
            lines.add(new Line(x.getKey(), m.add(e).add(i), m, e, i, share(x.getValue(), 0), share(x.getValue(), 1),
                    exact(x.getValue())));
            if (x.getValue()[1].signum() > 0) estimatedProjects.add(x.getKey());
        }
        BigDecimal tm = kinds.get(0), te = kinds.get(1), ti = kinds.get(2);
        total = new Line("TOTAL", tm.add(te).add(ti), tm, te, ti, share(all, 0), share(all, 1), exact(all));
    }

    private static List<BigDecimal> exact(BigDecimal[] s) { return List.of(s[0].add(s[1]).add(s[2]), s[0], s[1], s[2]); }

    private static BigDecimal[] zeros() { return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO}; }

    /** Part {@code k} of the exact sums over their total, as a double (0 when there is no energy). */
    private static double share(BigDecimal[] s, int k) {
        BigDecimal whole = s[0].add(s[1]).add(s[2]);
        return whole.signum() == 0 ? 0 : s[k].doubleValue() / whole.doubleValue();
    }

    Data data() {
        List<Keyed<WeeklyData.Project, Line>> ls = new ArrayList<>();
        for (Line l : lines) ls.add(new Keyed<>(new WeeklyData.Project(l.project()), l));
        return new Data(ls, total, List.copyOf(estimatedProjects));
    }

    static Table table(Data data) {
        List<List<String>> rows = new ArrayList<>();
        for (Keyed<WeeklyData.Project, Line> l : data.lines()) rows.add(cells(l.line()));
        return new Table("provenance", "IT energy by provenance, per project", List.of(Table.Column.text("Project"),
                Table.Column.number("IT kWh"), Table.Column.number("Measured kWh"), Table.Column.number("Estimated kWh"),
                Table.Column.number("Imported kWh"), Table.Column.number("Measured"), Table.Column.number("Estimated")),
                rows, cells(data.total()));
    }

    private static List<String> cells(Line l) {
        List<BigDecimal> x = l.exact();
        return List.of(l.project(), Figures.text(x.get(0), l.it()), Figures.text(x.get(1), l.measured()),
                Figures.text(x.get(2), l.estimated()), Figures.text(x.get(3), l.imported()), Figures.percent(l.measuredShare(), 1),
                Figures.percent(l.estimatedShare(), 1));
    }
}

package io.wattprint.report.weekly;

import io.wattprint.report.Figures;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * IT energy (before PUE) of the week per project, split by provenance: measured (energy counter or integrated
 * power), estimated (a model), imported (another tool's figure). The kWh parts are rounded half-up to 3 decimals
 * and a line's IT kWh is the sum of its rounded parts; the shares are computed from the unrounded energy and
 * rounded to one decimal, as {@link io.wattprint.report.Basis} does for the whole week.
 */
final class ProvenanceShares {
    record Line(String project, BigDecimal it, BigDecimal measured, BigDecimal estimated, BigDecimal imported,
                double measuredShare, double estimatedShare) {}

    private final List<Line> lines = new ArrayList<>();
    private final Line total;
    private final List<String> estimatedProjects = new ArrayList<>();

    ProvenanceShares(List<RunFigures> runs) {
        Map<String, double[]> sums = new TreeMap<>(Tally.NAME_ORDER);
        double[] all = new double[3];
        for (RunFigures r : runs) {
            double[] s = sums.computeIfAbsent(r.project(), p -> new double[3]);
            s[0] += r.measuredKwh();
            s[1] += r.estimatedKwh();
            s[2] += r.importedKwh();
            all[0] += r.measuredKwh();
            all[1] += r.estimatedKwh();
            all[2] += r.importedKwh();
        }
        List<BigDecimal> m = new ArrayList<>(), e = new ArrayList<>(), i = new ArrayList<>();
        for (Map.Entry<String, double[]> x : sums.entrySet()) {
            Line l = line(x.getKey(), x.getValue());
            lines.add(l);
            m.add(l.measured());
            e.add(l.estimated());
            i.add(l.imported());
            if (x.getValue()[1] > 0) estimatedProjects.add(x.getKey());
        }
        BigDecimal tm = Figures.sum(m).setScale(Tally.KWH_DECIMALS), te = Figures.sum(e).setScale(Tally.KWH_DECIMALS),
                ti = Figures.sum(i).setScale(Tally.KWH_DECIMALS);
        double it = all[0] + all[1] + all[2];
        total = new Line("TOTAL", tm.add(te).add(ti), tm, te, ti, share(all[0], it), share(all[1], it));
    }

    private static Line line(String project, double[] s) {
        BigDecimal m = Figures.round(s[0], Tally.KWH_DECIMALS), e = Figures.round(s[1], Tally.KWH_DECIMALS),
                i = Figures.round(s[2], Tally.KWH_DECIMALS);
        double it = s[0] + s[1] + s[2];
        return new Line(project, m.add(e).add(i), m, e, i, share(s[0], it), share(s[1], it));
    }

    private static double share(double part, double whole) { return whole == 0 ? 0 : part / whole; }

    Line total() { return total; }

    /** Projects with any estimated energy, in table order. */
    List<String> estimatedProjects() { return List.copyOf(estimatedProjects); }

    Table table() {
        List<List<String>> rows = new ArrayList<>();
        for (Line l : lines) rows.add(cells(l));
        return new Table("provenance", "IT energy by provenance, per project", List.of(Table.Column.text("Project"),
                Table.Column.number("IT kWh"), Table.Column.number("Measured kWh"), Table.Column.number("Estimated kWh"),
                Table.Column.number("Imported kWh"), Table.Column.number("Measured"), Table.Column.number("Estimated")),
                rows, cells(total));
    }

    private static List<String> cells(Line l) {
        return List.of(l.project(), Figures.text(l.it()), Figures.text(l.measured()), Figures.text(l.estimated()),
                Figures.text(l.imported()), Figures.percent(l.measuredShare(), 1), Figures.percent(l.estimatedShare(), 1));
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> ls = new ArrayList<>();
        for (Line l : lines) ls.add(lineJson(l, true));
        m.put("lines", ls);
        m.put("total", lineJson(total, false));
        return m;
    }

    private static Map<String, Object> lineJson(Line l, boolean withProject) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (withProject) m.put("project", l.project());
        m.put("it_kwh", l.it());
        m.put("measured_kwh", l.measured());
        m.put("estimated_kwh", l.estimated());
        m.put("imported_kwh", l.imported());
        m.put("measured_percent", Figures.round(l.measuredShare() * 100, 1));
        m.put("estimated_percent", Figures.round(l.estimatedShare() * 100, 1));
        return m;
    }
}

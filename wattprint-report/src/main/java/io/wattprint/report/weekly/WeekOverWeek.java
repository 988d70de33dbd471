package io.wattprint.report.weekly;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Facility kWh per project, this week against the previous one. Both weeks' figures are the rounded lines of
 * their by-project tallies; the change is this − previous of those printed figures, and the percentage is the
 * change over the previous figure, rounded half-up to one decimal: "new" when the previous week shows 0,
 * "—" when both do.
 */
final class WeekOverWeek {
    record Line(String project, BigDecimal previous, BigDecimal current, BigDecimal change, BigDecimal percent, String label) {}

    static final String NEW = "new";
    static final String NONE = "—";

    private final IsoWeek previousWeek;
    private final List<Line> lines = new ArrayList<>();
    private final Line total;

    WeekOverWeek(IsoWeek previousWeek, Tally previous, Tally current) {
        this.previousWeek = previousWeek;
        TreeSet<String> projects = new TreeSet<>(Tally.NAME_ORDER);
        for (Tally.Line l : previous.lines()) projects.add(l.key().get(0));
        for (Tally.Line l : current.lines()) projects.add(l.key().get(0));
        List<BigDecimal> prevs = new ArrayList<>(), curs = new ArrayList<>();
        for (String p : projects) {
            BigDecimal prev = kwh(previous, p), cur = kwh(current, p);
            lines.add(line(p, prev, cur));
            prevs.add(prev);
            curs.add(cur);
        }
        total = line("TOTAL", ToTotal.sum(prevs).setScale(Tally.KWH_DECIMALS), ToTotal.sum(curs).setScale(Tally.KWH_DECIMALS));
    }

    private static BigDecimal kwh(Tally t, String project) {
        Tally.Line l = t.line(List.of(project));
        return l == null ? BigDecimal.ZERO.setScale(Tally.KWH_DECIMALS) : l.kwh();
    }

    static Line line(String project, BigDecimal prev, BigDecimal cur) {
        BigDecimal change = cur.subtract(prev);
        if (prev.signum() == 0) return new Line(project, prev, cur, change, null, cur.signum() == 0 ? NONE : NEW);
        BigDecimal pct = change.multiply(BigDecimal.valueOf(100)).divide(prev, 1, RoundingMode.HALF_UP);
        return new Line(project, prev, cur, change, pct, signed(pct) + " %");
    }

    static String signed(BigDecimal d) { return (d.signum() > 0 ? "+" : "") + Figures.text(d); }

    List<Line> lines() { return List.copyOf(lines); }

    Line total() { return total; }

    Table table() {
        List<List<String>> rows = new ArrayList<>();
        for (Line l : lines) rows.add(cells(l));
        return new Table("week_over_week", "Facility kWh per project, " + previousWeek + " → this week", List.of(
                Table.Column.text("Project"), Table.Column.number(previousWeek + " kWh"), Table.Column.number("This week kWh"),
                Table.Column.number("Change kWh"), Table.Column.number("Change")), rows, cells(total));
    }

    private static List<String> cells(Line l) {
        return List.of(l.project(), Figures.text(l.previous()), Figures.text(l.current()), signed(l.change()), l.label());
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("previous_week", previousWeek.toString());
        List<Object> ls = new ArrayList<>();
        for (Line l : lines) ls.add(lineJson("project", l));
        m.put("lines", ls);
        m.put("total", lineJson(null, total));
        return m;
    }

    private static Map<String, Object> lineJson(String keyField, Line l) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (keyField != null) m.put(keyField, l.project());
        m.put("previous_kwh", l.previous());
        m.put("this_week_kwh", l.current());
        m.put("change_kwh", l.change());
        m.put("change_percent", l.percent());
        m.put("change", l.label());
        return m;
    }
}

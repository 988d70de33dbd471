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
import java.util.TreeSet;

/**
 * Facility kWh per project, this week against the previous one. Both weeks' figures are the rounded lines of
 * their by-project tallies; the change is this − previous of those printed figures, and the percentage is the
 * change over the previous figure, rounded half-up to one decimal: "new" when the previous week shows 0,
 * "—" when both do.
 */
final class WeekOverWeek {
    /**
     * One project's line ({@code project} "TOTAL" on the total line); {@code label} is the change as printed; printed
     * only: the exact kWh of both weeks, so that a figure that is not 0 never prints as 0 (§5.1).
     */
    @JsonPropertyOrder({"previous_kwh", "this_week_kwh", "change_kwh", "change_percent", "change"})
    record Line(@JsonIgnore String project, @JsonIgnore BigDecimal previous, @JsonIgnore BigDecimal current,
                @JsonIgnore BigDecimal change, @JsonProperty("change_percent") BigDecimal percent,
                @JsonProperty("change") String label, @JsonIgnore BigDecimal previousExact,
                @JsonIgnore BigDecimal currentExact) {
        BigDecimal changeExact() { return currentExact.subtract(previousExact); }

        /** JSON: each figure exact, with the decimals printed (issue 16 item 8). */
        @JsonProperty("previous_kwh")
        @JsonUnwrapped(prefix = "previous_kwh")
        JsonFigure previousJson() { return JsonFigure.of(previousExact, previous); }

        @JsonProperty("this_week_kwh")
        @JsonUnwrapped(prefix = "this_week_kwh")
        JsonFigure currentJson() { return JsonFigure.of(currentExact, current); }

        @JsonProperty("change_kwh")
        @JsonUnwrapped(prefix = "change_kwh")
        JsonFigure changeJson() { return JsonFigure.of(changeExact(), change); }
    }

    /** The table in the report's data. */
    record Data(String previousWeek, List<Keyed<WeeklyData.Project, Line>> lines, Line total) {}

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
        List<BigDecimal> prevs = new ArrayList<>(), curs = new ArrayList<>(), prevsExact = new ArrayList<>(),
                cursExact = new ArrayList<>();
        for (String p : projects) {
            BigDecimal prev = kwh(previous, p, false), cur = kwh(current, p, false);
            BigDecimal prevExact = kwh(previous, p, true), curExact = kwh(current, p, true);
            lines.add(line(p, prev, cur, prevExact, curExact));
            prevs.add(prev);
            curs.add(cur);
            prevsExact.add(prevExact);
            cursExact.add(curExact);
        }
        total = line("TOTAL", ToTotal.sum(prevs).setScale(Tally.KWH_DECIMALS), ToTotal.sum(curs).setScale(Tally.KWH_DECIMALS),
                ToTotal.sum(prevsExact), ToTotal.sum(cursExact));
    }

    private static BigDecimal kwh(Tally t, String project, boolean exact) {
        Tally.Line l = t.line(List.of(project));
        if (l == null) return BigDecimal.ZERO.setScale(Tally.KWH_DECIMALS);
        return exact ? l.exactKwh() : l.kwh();
    }

    /**
     * The change is this − previous as printed and its percentage of the printed previous figure; where the previous
     * week printed 0.000 but used energy (a laptop's runs), of the exact figures; "new" only when the previous week
     * used no energy at all, "—" when neither did.
     */
    static Line line(String project, BigDecimal prev, BigDecimal cur, BigDecimal prevExact, BigDecimal curExact) {
        BigDecimal change = cur.subtract(prev);
        if (prevExact.signum() == 0) {
            return new Line(project, prev, cur, change, null, curExact.signum() == 0 ? NONE : NEW, prevExact, curExact);
        }
        BigDecimal pct = prev.signum() != 0 ? change.multiply(BigDecimal.valueOf(100)).divide(prev, 1, RoundingMode.HALF_UP)
                : Figures.round(Figures.quotient(curExact.subtract(prevExact).multiply(BigDecimal.valueOf(100)), prevExact), 1);
        return new Line(project, prev, cur, change, pct, signed(pct) + " %", prevExact, curExact);
    }

    static String signed(BigDecimal d) { return (d.signum() > 0 ? "+" : "") + Figures.text(d); }

    /** A change as printed: {@code shown}, or the exact change's first digits when only it is not 0, with its sign. */
    static String signed(BigDecimal exact, BigDecimal shown) {
        int sign = shown.signum() != 0 ? shown.signum() : exact.signum();
        return (sign > 0 ? "+" : "") + Figures.text(exact, shown);
    }

    List<Line> lines() { return List.copyOf(lines); }

    Line total() { return total; }

    Data data() {
        List<Keyed<WeeklyData.Project, Line>> ls = new ArrayList<>();
        for (Line l : lines) ls.add(new Keyed<>(new WeeklyData.Project(l.project()), l));
        return new Data(previousWeek.toString(), ls, total);
    }

    static Table table(Data data) {
        List<List<String>> rows = new ArrayList<>();
        for (Keyed<WeeklyData.Project, Line> l : data.lines()) rows.add(cells(l.line()));
        String previousWeek = data.previousWeek();
        return new Table("week_over_week", "Facility kWh per project, " + previousWeek + " → this week", List.of(
                Table.Column.text("Project"), Table.Column.number(previousWeek + " kWh"), Table.Column.number("This week kWh"),
                Table.Column.number("Change kWh"), Table.Column.number("Change")), rows, cells(data.total()));
    }

    private static List<String> cells(Line l) {
        return List.of(l.project(), Figures.text(l.previousExact(), l.previous()), Figures.text(l.currentExact(), l.current()),
                signed(l.changeExact(), l.change()), l.label());
    }
}

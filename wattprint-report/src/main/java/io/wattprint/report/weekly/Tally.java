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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The runs of a week grouped by one attribute (phase, project, team, model, workload): runs, facility kWh,
 * kgCO2e of the runs that have one, and runs without CO2e. Each line's figures are the exact decimal sum of its
 * runs' stored figures (as {@code report summary} adds them); the total line is the exact sum rounded half-up to
 * {@link #KWH_DECIMALS}/{@link #KG_DECIMALS} — the same in every table of the week — and the lines are apportioned
 * to it by the largest-remainder rule ({@link ToTotal#apportion}), so each table adds up as printed.
 */
final class Tally {
    static final int KWH_DECIMALS = 3;
    static final int KG_DECIMALS = 3;
    static final String NA = "n/a";

    /**
     * One printed line; {@code kg} is null ("n/a") when the line has runs and none of them has CO2e. {@code exactKwh}
     * and {@code exactKg} are the unrounded sums: a line apportioned 0 that is not 0 prints their digits.
     */
    @JsonPropertyOrder({"runs", "facility_kwh", "co2e_kg", "runs_without_co2e"})
    record Line(@JsonIgnore List<String> key, int runs, @JsonIgnore BigDecimal kwh, @JsonIgnore BigDecimal kg,
                @JsonProperty("runs_without_co2e") int withoutCo2e, @JsonIgnore BigDecimal exactKwh,
                @JsonIgnore BigDecimal exactKg) {
        /** JSON: the exact kWh and the decimals printed (issue 16 item 8). */
        @JsonProperty("facility_kwh")
        @JsonUnwrapped(prefix = "facility_kwh")
        JsonFigure facilityKwhJson() { return JsonFigure.of(exactKwh, kwh); }

        @JsonProperty("co2e_kg")
        @JsonUnwrapped(prefix = "co2e_kg")
        JsonFigure co2eKgJson() { return JsonFigure.of(exactKg, kg); }
    }

    private static final class Sum {
        int runs, withoutCo2e, withCo2e;
        BigDecimal kwh = BigDecimal.ZERO, kg = BigDecimal.ZERO;
    }

    private final List<Line> lines = new ArrayList<>();
    private final Line total;

    private Tally(Map<List<String>, Sum> sums) {
        int runs = 0, without = 0;
        List<BigDecimal> kwhs = new ArrayList<>();
        List<BigDecimal> kgs = new ArrayList<>();
        boolean anyKg = false;
        for (Sum s : sums.values()) {
            runs += s.runs;
            without += s.withoutCo2e;
            kwhs.add(s.kwh);
            if (!(s.runs > 0 && s.withCo2e == 0)) kgs.add(s.kg);
            anyKg |= s.withCo2e > 0;
        }
        // the week's totals from the exact sums (the same in every table), the lines apportioned to them
        List<BigDecimal> kwhParts = ToTotal.apportionExact(kwhs, KWH_DECIMALS);
        List<BigDecimal> kgParts = ToTotal.apportionExact(kgs, KG_DECIMALS);
        int i = 0, k = 0;
        for (Map.Entry<List<String>, Sum> e : sums.entrySet()) {
            Sum s = e.getValue();
            BigDecimal kg = s.runs > 0 && s.withCo2e == 0 ? null : kgParts.get(k++);
            lines.add(new Line(e.getKey(), s.runs, kwhParts.get(i++), kg, s.withoutCo2e, s.kwh, kg == null ? null : s.kg));
        }
        boolean allNa = runs > 0 && !anyKg;
        total = new Line(List.of("TOTAL"), runs, ToTotal.totalOfExact(kwhs, KWH_DECIMALS),
                allNa ? null : ToTotal.totalOfExact(kgs, KG_DECIMALS), without, ToTotal.sum(kwhs),
                allNa ? null : ToTotal.sum(kgs));
    }

    /**
     * Groups {@code runs} by {@code key}; {@code always} lists keys shown even without runs (the five phases),
     * in their order, before the other keys in {@code order}.
     */
    static Tally of(List<RunFigures> runs, Function<RunFigures, List<String>> key, List<List<String>> always) {
        Map<List<String>, Sum> fixed = new LinkedHashMap<>();
        for (List<String> k : always) fixed.put(k, new Sum());
        Map<List<String>, Sum> others = new TreeMap<>(KEY_ORDER);
        for (RunFigures r : runs) {
            List<String> k = key.apply(r);
            Sum s = fixed.containsKey(k) ? fixed.get(k) : others.computeIfAbsent(k, x -> new Sum());
            s.runs++;
            s.kwh = s.kwh.add(RunFigures.exact(r.facilityKwh()));
            if (r.co2eKg() == null) {
                s.withoutCo2e++;
            } else {
                s.withCo2e++;
                s.kg = s.kg.add(RunFigures.exact(r.co2eKg()));
            }
        }
        Map<List<String>, Sum> all = new LinkedHashMap<>(fixed);
        all.putAll(others);
        return new Tally(all);
    }

    /** Names in alphabetical order, "unspecified" last. */
    static final Comparator<String> NAME_ORDER = Comparator.<String, Boolean>comparing(RunFigures.UNSPECIFIED::equals)
            .thenComparing(Comparator.naturalOrder());

    static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = NAME_ORDER.compare(a.get(i), b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    };

    List<Line> lines() { return List.copyOf(lines); }

    Line total() { return total; }

    /** The line of {@code key}, or null. */
    Line line(List<String> key) {
        for (Line l : lines) if (l.key().equals(key)) return l;
        return null;
    }

    /** The lines, each with its key as {@code key} makes it, and the total: a table of the report's data. */
    <K> WeeklyData.Grouped<K> data(Function<List<String>, K> key) {
        List<Keyed<K, Line>> ls = new ArrayList<>();
        for (Line l : lines) ls.add(new Keyed<>(key.apply(l.key()), l));
        return new WeeklyData.Grouped<>(ls, total);
    }

    static Table table(WeeklyData.Grouped<?> data, String id, String caption, List<String> keyColumns) {
        List<Table.Column> cols = new ArrayList<>();
        for (String k : keyColumns) cols.add(Table.Column.text(k));
        cols.add(Table.Column.number("Runs"));
        cols.add(Table.Column.number("Facility kWh"));
        cols.add(Table.Column.number("kgCO2e"));
        cols.add(Table.Column.number("Runs without CO2e"));
        List<List<String>> rows = new ArrayList<>();
        for (Keyed<?, Line> k : data.lines()) rows.add(cells(k.line().key(), k.line()));
        List<String> totalKey = new ArrayList<>(List.of("TOTAL"));
        while (totalKey.size() < keyColumns.size()) totalKey.add("");
        return new Table(id, caption, cols, rows, cells(totalKey, data.total()));
    }

    private static List<String> cells(List<String> key, Line l) {
        List<String> c = new ArrayList<>(key);
        c.add(Integer.toString(l.runs()));
        c.add(Figures.text(l.exactKwh(), l.kwh()));
        c.add(l.kg() == null ? NA : Figures.text(l.exactKg(), l.kg()));
        c.add(Integer.toString(l.withoutCo2e()));
        return c;
    }
}

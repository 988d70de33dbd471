package io.wattprint.report.reconcile;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The columns of a reconcile table that have a total, rounded by {@link ToTotal} so that they add up to it. */
final class Columns {
    /** Decimals of the percentages (shares). */
    static final int PERCENT_DECIMALS = 2;

    private Columns() {}

    /** Doubles as the decimals they stand for ({@link Figures#exact}). */
    static List<BigDecimal> exact(List<Double> values) { return values.stream().map(Figures::exact).toList(); }

    /** A column's total: the exact sum of its lines, rounded half-up. */
    static Shown total(List<BigDecimal> lines, int decimals) {
        BigDecimal sum = ToTotal.sum(lines);
        return new Shown(sum, ToTotal.totalOfExact(lines, decimals));
    }

    /** The lines apportioned to {@code total} (its rounded value) by largest remainder. */
    static List<Shown> lines(List<BigDecimal> lines, Shown total, int decimals) {
        List<BigDecimal> parts = ToTotal.apportionExact(total.rounded(), lines, decimals);
        List<Shown> shown = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) shown.add(new Shown(lines.get(i), parts.get(i)));
        return shown;
    }

    /** Shares 0–1 as percentages: exact share × 100. */
    static List<BigDecimal> percents(List<Double> shares) {
        return shares.stream().map(s -> Figures.exact(s).movePointRight(2)).toList();
    }

    /**
     * A share column and its total: the shares (of one sum, so 100 % in all) add up to their exact sum rounded,
     * which is 100.00 %; when every share is 0 (nothing to share) each is rounded alone and the total shows 100 %.
     */
    static Column shares(List<Double> shares) {
        List<BigDecimal> exact = percents(shares);
        if (ToTotal.sum(exact).signum() == 0) {
            List<Shown> alone = exact.stream().map(e -> Shown.alone(e, PERCENT_DECIMALS)).toList();
            return new Column(alone, Shown.alone(BigDecimal.valueOf(100), PERCENT_DECIMALS));
        }
        Shown total = total(exact, PERCENT_DECIMALS);
        return new Column(lines(exact, total, PERCENT_DECIMALS), total);
    }

    /** A column's total and its lines apportioned to it. */
    static Column of(List<BigDecimal> lines, int decimals) {
        Shown total = total(lines, decimals);
        return new Column(lines(lines, total, decimals), total);
    }

    /** The lines of a column and its total. */
    record Column(List<Shown> lines, Shown total) {
        Column {
            lines = List.copyOf(lines);
        }
    }
}

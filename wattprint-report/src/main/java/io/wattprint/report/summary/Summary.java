package io.wattprint.report.summary;

import io.wattprint.core.model.Workload;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.StoredFootprint;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Energy and emissions of runs grouped by one workload attribute.
 *
 * <p>Rounding rule (core {@link ToTotal}): each run's figures are added exactly (decimal arithmetic
 * on the stored values), the total line is the exact sum rounded half-up to the report's number of
 * decimals, and the groups are apportioned to it by largest remainder — so the report always adds
 * up to the last digit printed. A group that is not 0 but is apportioned 0 prints its first
 * significant digits ({@link Figures#format(BigDecimal, BigDecimal)}, from {@link #exactLines}).
 * The number of decimals is given, or chosen so that the smallest non-zero column total keeps at
 * least three significant digits ({@link #autoDecimals}), between 3 and 12.
 */
public final class Summary {
    public static final int MIN_DECIMALS = 3;
    public static final int MAX_DECIMALS = 12;

    /** The attribute runs are grouped by. */
    public enum By {
        PROJECT(Workload::project), TEAM(Workload::team), MODEL(Workload::model),
        PHASE(w -> w.phase() == null ? null : w.phase().label());

        private final Function<Workload, String> key;

        By(Function<Workload, String> key) { this.key = key; }

        public String label() { return name().toLowerCase(Locale.ROOT); }
    }

    /** One line of the summary; {@code co2eKg} covers only runs with a known location. */
    public record Line(String group, int runs, BigDecimal energyKwh, BigDecimal facilityEnergyKwh, BigDecimal co2eKg,
                       int runsWithoutCo2e, BigDecimal measuredKwh) {}

    public static final String NONE = "(none)";

    private final List<Line> lines;
    private final Line total;
    private final int decimals;
    private final List<Line> exactLines;
    private final Line exactTotal;

    private Summary(List<Line> lines, Line total, int decimals, List<Line> exactLines, Line exactTotal) {
        this.lines = lines;
        this.total = total;
        this.decimals = decimals;
        this.exactLines = exactLines;
        this.exactTotal = exactTotal;
    }

    public int decimals() { return decimals; }

    public List<Line> lines() { return lines; }

    public Line total() { return total; }

    /** The lines before rounding, in the order of {@link #lines} (what a group apportioned 0 prints). */
    public List<Line> exactLines() { return exactLines; }

    public Line exactTotal() { return exactTotal; }

    /** Groups the runs; {@code decimals} null = {@link #autoDecimals}. */
    public static Summary of(List<RunRecord> runs, By by, Integer decimals) {
        return of(runs, by, decimals, List.of());
    }

    /**
     * Groups the runs; with {@code decimals} null the automatic decimals also keep three significant
     * digits of the smallest non-zero figure of {@code otherTotals} (the cloud-reported totals printed in
     * the same report), so that one report has one number of decimals.
     */
    public static Summary of(List<RunRecord> runs, By by, Integer decimals, List<BigDecimal> otherTotals) {
        Map<String, Acc> groups = new TreeMap<>();
        for (RunRecord r : runs) {
            String key = by.key.apply(r.run().workload());
            groups.computeIfAbsent(key == null ? NONE : key, k -> new Acc()).add(r.footprint());
        }
        int scale = decimals != null ? decimals : autoDecimals(groups.values(), otherTotals);
        List<Line> exact = new ArrayList<>();
        Acc sum = new Acc();
        for (Map.Entry<String, Acc> e : groups.entrySet()) {
            Line line = e.getValue().line(e.getKey());
            exact.add(line);
            sum.runs += line.runs();
            sum.energy = sum.energy.add(line.energyKwh());
            sum.facility = sum.facility.add(line.facilityEnergyKwh());
            sum.co2e = sum.co2e.add(line.co2eKg());
            sum.withoutCo2e += line.runsWithoutCo2e();
            sum.measured = sum.measured.add(line.measuredKwh());
        }
        List<BigDecimal> energy = ToTotal.apportionExact(exact.stream().map(Line::energyKwh).toList(), scale);
        List<BigDecimal> facility = ToTotal.apportionExact(exact.stream().map(Line::facilityEnergyKwh).toList(), scale);
        List<BigDecimal> co2e = ToTotal.apportionExact(exact.stream().map(Line::co2eKg).toList(), scale);
        List<BigDecimal> measured = ToTotal.apportionExact(exact.stream().map(Line::measuredKwh).toList(), scale);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < exact.size(); i++) {
            Line x = exact.get(i);
            lines.add(new Line(x.group(), x.runs(), energy.get(i), facility.get(i), co2e.get(i), x.runsWithoutCo2e(),
                    measured.get(i)));
        }
        Line exactTotal = sum.line("TOTAL");
        Line total = new Line("TOTAL", sum.runs, Figures.round(sum.energy, scale), Figures.round(sum.facility, scale),
                Figures.round(sum.co2e, scale), sum.withoutCo2e, Figures.round(sum.measured, scale));
        return new Summary(lines, total, scale, exact, exactTotal);
    }

    /**
     * Decimals that keep three significant digits of the smallest non-zero column total (kWh, facility
     * kWh, kgCO2e). Based on totals, not groups, so that one tiny test run does not force twelve
     * decimals on a whole portfolio; a group far smaller than the total may then round to zero.
     */
    static int autoDecimals(java.util.Collection<Acc> groups, List<BigDecimal> otherTotals) {
        BigDecimal energy = BigDecimal.ZERO, facility = BigDecimal.ZERO, co2e = BigDecimal.ZERO;
        for (Acc a : groups) {
            energy = energy.add(a.energy);
            facility = facility.add(a.facility);
            co2e = co2e.add(a.co2e);
        }
        List<BigDecimal> candidates = new ArrayList<>(List.of(energy, facility, co2e));
        candidates.addAll(otherTotals);
        candidates.removeIf(v -> v.signum() <= 0);
        return Figures.decimalsFor(candidates, 3, MIN_DECIMALS, MAX_DECIMALS);
    }

    static final class Acc {
        int runs;
        int withoutCo2e;
        BigDecimal energy = BigDecimal.ZERO;
        BigDecimal facility = BigDecimal.ZERO;
        BigDecimal co2e = BigDecimal.ZERO;
        BigDecimal measured = BigDecimal.ZERO;

        void add(StoredFootprint f) {
            runs++;
            if (f == null) {
                withoutCo2e++;
                return;
            }
            energy = energy.add(BigDecimal.valueOf(f.itEnergy().kilowattHours()));
            facility = facility.add(BigDecimal.valueOf(f.facilityEnergy().kilowattHours()));
            measured = measured.add(BigDecimal.valueOf(f.itEnergy().kilowattHours() * f.measuredShare()));
            if (f.co2e() == null) withoutCo2e++;
            else co2e = co2e.add(BigDecimal.valueOf(f.co2e().kilograms()));
        }

        /** The group's exact sums. */
        Line line(String group) { return new Line(group, runs, energy, facility, co2e, withoutCo2e, measured); }
    }
}

package io.wattprint.report.reconcile;

import io.wattprint.core.facility.MeteredEnergy;
import io.wattprint.core.facility.Reconciliation;
import io.wattprint.core.facility.Reconciliation.ResidualTreatment;
import io.wattprint.core.facility.RunUsage;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.quantity.Pue;
import java.util.ArrayList;
import java.util.List;

/**
 * The hybrid reconciliation of a facility's runs with its meter ({@link Reconciliation}) and the figures of its
 * table, kWh at {@link #decimals} decimals and shares at 2.
 *
 * <p>Each figure is rounded on its own, half-up, so a column can differ from its total in the last digit. A figure
 * that is not 0 but is shown as 0 prints its first significant digits ({@link Shown#text}).
 *
 * @param decimals kWh decimals: at least 3, more when the smallest non-zero figure would keep fewer than 3
 *                 significant digits ({@link #decimals(List)})
 * @param residual null when no meter reading covers the period
 * @param meter    null when no meter reading covers the period
 */
public record HybridResult(ReconcileInputs inputs, Reconciliation reconciliation, int decimals, List<Row> rows, Total total,
                           Shown residual, Shown meter) {
    /** One run's figures; {@code allocatedResidualKwh} is 0 unless the residual is allocated. */
    public record Row(RunUsage usage, Pue pue, Shown itKwh, Shown bottomUpKwh, Shown share, Shown allocatedResidualKwh,
                      Shown attributedKwh) {}

    /** The bottom-up line: the columns' totals; {@code share} null when there is no run. */
    public record Total(Shown itKwh, Shown bottomUpKwh, Shown share, Shown allocatedResidualKwh, Shown attributedKwh) {}

    public HybridResult {
        rows = List.copyOf(rows);
    }

    /**
     * @throws IllegalArgumentException when a facility meter has no PUE ({@link ReconcileInputs#lacksPue})
     */
    public static HybridResult of(ReconcileInputs in, ResidualTreatment treatment) {
        Reconciliation r = Reconciliation.reconcile(in.meter(), in.pue(), in.runs(), treatment);
        MeteredEnergy m = r.meter();
        List<Reconciliation.Line> lines = r.lines();
        List<Double> all = new ArrayList<>();
        lines.forEach(l -> {
            all.add(l.usage().itEnergy().kilowattHours());
            all.add(l.bottomUp().kilowattHours());
        });
        all.add(m.energy().kilowattHours());
        int d = decimals(all);

        List<Row> rows = new ArrayList<>();
        for (Reconciliation.Line l : lines) {
            rows.add(new Row(l.usage(), l.pue(), kwh(l.usage().itEnergy().kilowattHours(), d), kwh(l.bottomUp().kilowattHours(), d),
                    percent(l.share()), kwh(l.allocatedResidual().kilowattHours(), d), kwh(l.attributed().kilowattHours(), d)));
        }
        Shown meter = null, residual = null;
        if (m.hasReadings()) {
            meter = kwh(m.energy().kilowattHours(), d);
            residual = kwh(r.residual().kilowattHours(), d);
        }
        Total total = new Total(kwh(r.bottomUpIt().kilowattHours(), d), kwh(r.bottomUp().kilowattHours(), d),
                lines.isEmpty() ? null : percent(1), residual == null ? kwh(0, d) : residual, kwh(r.attributed().kilowattHours(), d));
        return new HybridResult(in, r, d, rows, total, residual, meter);
    }

    static Shown kwh(double v, int decimals) { return Shown.alone(Figures.exact(v), decimals); }

    static Shown percent(double share) { return Shown.alone(Figures.exact(share).movePointRight(2), 2); }

    /** At least 3 decimals; more when the smallest non-zero figure would keep fewer than 3 significant digits. */
    public static int decimals(List<Double> kwh) {
        return Figures.decimalsFor(kwh.stream().map(Figures::exact).toList(), 3, 3, 12);
    }
}

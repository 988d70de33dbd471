package io.wattprint.report.reconcile;

import io.wattprint.core.facility.MeteredEnergy;
import io.wattprint.core.facility.Reconciliation;
import io.wattprint.core.facility.Reconciliation.ResidualTreatment;
import io.wattprint.core.facility.RunUsage;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.quantity.Pue;
import io.wattprint.report.reconcile.Columns.Column;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The hybrid reconciliation of a facility's runs with its meter ({@link Reconciliation}) and the figures of its
 * table, kWh at {@link #decimals} decimals and shares at 2.
 *
 * <p>Rounding (core {@link io.wattprint.core.figure.ToTotal}): every column with a total — IT kWh, bottom-up kWh,
 * share, and with the residual allocated, + residual kWh and attributed kWh — has its total as the exact sum of its
 * lines rounded half-up, and the lines apportioned to it by largest remainder, so the column adds up to the last
 * digit. The meter is rounded alone; the residual shown is the meter shown minus the bottom-up total shown (within
 * one unit of the exact residual), so the facility column adds up to the meter; allocated, the residual column adds
 * up to that residual and the attributed column to the meter. A figure that is not 0 but is shown as 0 prints its
 * first significant digits ({@link Shown#text}).
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

        Column it = Columns.of(Columns.exact(lines.stream().map(l -> l.usage().itEnergy().kilowattHours()).toList()), d);
        Column bottomUp = Columns.of(Columns.exact(lines.stream().map(l -> l.bottomUp().kilowattHours()).toList()), d);
        Column share = Columns.shares(lines.stream().map(Reconciliation.Line::share).toList());
        List<BigDecimal> allocatedExact = Columns.exact(lines.stream().map(l -> l.allocatedResidual().kilowattHours()).toList());
        List<BigDecimal> attributedExact = Columns.exact(lines.stream().map(l -> l.attributed().kilowattHours()).toList());
        Shown meter = null, residual = null;
        Column allocated, attributed;
        if (m.hasReadings()) {
            meter = Shown.alone(Figures.exact(m.energy().kilowattHours()), d);
            residual = new Shown(meter.exact().subtract(bottomUp.total().exact()),
                    meter.rounded().subtract(bottomUp.total().rounded()));
        }
        if (r.residualAllocated()) {
            allocated = new Column(Columns.lines(allocatedExact, residual, d), residual);
            Shown attributedTotal = new Shown(meter.exact(), meter.rounded());
            attributed = new Column(Columns.lines(attributedExact, attributedTotal, d), attributedTotal);
        } else {
            allocated = Columns.of(allocatedExact, d);
            attributed = Columns.of(attributedExact, d);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Reconciliation.Line l = lines.get(i);
            rows.add(new Row(l.usage(), l.pue(), it.lines().get(i), bottomUp.lines().get(i), share.lines().get(i),
                    allocated.lines().get(i), attributed.lines().get(i)));
        }
        Total total = new Total(it.total(), bottomUp.total(), lines.isEmpty() ? null : share.total(), allocated.total(),
                attributed.total());
        return new HybridResult(in, r, d, rows, total, residual, meter);
    }

    /** At least 3 decimals; more when the smallest non-zero figure would keep fewer than 3 significant digits. */
    public static int decimals(List<Double> kwh) {
        return Figures.decimalsFor(kwh.stream().map(Figures::exact).toList(), 3, 3, 12);
    }
}

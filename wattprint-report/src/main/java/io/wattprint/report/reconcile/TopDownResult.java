package io.wattprint.report.reconcile;

import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.facility.MeteredEnergy;
import io.wattprint.core.facility.RunUsage;
import io.wattprint.core.facility.TopDownAttribution;
import io.wattprint.core.figure.Figures;
import io.wattprint.report.reconcile.Columns.Column;
import java.util.ArrayList;
import java.util.List;

/**
 * The top-down attribution of a facility's meter to its runs ({@link TopDownAttribution}) and the figures of its
 * table: hours at {@value #HOUR_DECIMALS} decimals, shares at 2, kWh at {@link #decimals} (as {@link
 * HybridResult#decimals(List)}, over the runs' IT and facility kWh and the meter).
 *
 * <p>Rounding (core {@link io.wattprint.core.figure.ToTotal}): the hours, share, IT kWh and facility kWh columns
 * have their totals (the runs line) as the exact sums of their lines rounded half-up, and the lines apportioned to
 * them by largest remainder. The meter's figures are rounded alone. A figure that is not 0 but is shown as 0 prints
 * its first significant digits ({@link Shown#text}).
 *
 * @param share      the share column's total, null when no run has hours on the basis
 * @param meter      the metered energy (facility or IT, as metered); null when no reading covers the period
 * @param meterIt    the IT energy (the meter, or the meter / PUE); null when no reading covers the period
 */
public record TopDownResult(ReconcileInputs inputs, TopDownAttribution attribution, int decimals, List<Row> rows,
                            Shown hours, Shown share, Shown itKwh, Shown facilityKwh, Shown meter, Shown meterIt) {
    public static final int HOUR_DECIMALS = 3;

    /** One run's figures. */
    public record Row(RunUsage usage, Shown hours, Shown share, Shown itKwh, Shown facilityKwh) {}

    public TopDownResult {
        rows = List.copyOf(rows);
    }

    /**
     * @throws IllegalArgumentException when a facility meter has no PUE ({@link ReconcileInputs#lacksPue})
     */
    public static TopDownResult of(ReconcileInputs in) {
        TopDownAttribution t = TopDownAttribution.attribute(in.meter(), in.pue(), in.runs());
        MeteredEnergy m = t.meter();
        List<TopDownAttribution.Line> lines = t.lines();
        List<Double> all = new ArrayList<>();
        lines.forEach(l -> {
            all.add(l.itEnergy().kilowattHours());
            all.add(l.facilityEnergy().kilowattHours());
        });
        all.add(m.energy().kilowattHours());
        int d = HybridResult.decimals(all);

        Column hours = Columns.of(Columns.exact(lines.stream().map(TopDownAttribution.Line::hours).toList()), HOUR_DECIMALS);
        Column share = Columns.shares(lines.stream().map(TopDownAttribution.Line::share).toList());
        Column it = Columns.of(Columns.exact(lines.stream().map(l -> l.itEnergy().kilowattHours()).toList()), d);
        Column facility = Columns.of(Columns.exact(lines.stream().map(l -> l.facilityEnergy().kilowattHours()).toList()), d);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            rows.add(new Row(lines.get(i).usage(), hours.lines().get(i), share.lines().get(i), it.lines().get(i),
                    facility.lines().get(i)));
        }
        boolean shared = !lines.isEmpty() && hours.total().exact().signum() != 0;
        Shown meter = null, meterIt = null;
        if (m.hasReadings()) {
            meter = Shown.alone(Figures.exact(m.energy().kilowattHours()), d);
            meterIt = Shown.alone(Figures.exact(t.itEnergy().kilowattHours()), d);
        }
        return new TopDownResult(in, t, d, rows, hours.total(), shared ? share.total() : null, it.total(), facility.total(),
                meter, meterIt);
    }

    /** True when the meter is at the IT boundary (PDU): no PUE, no facility column for the meter. */
    public boolean itMeter() { return attribution.meter().boundary() == MeterReading.Boundary.IT; }
}

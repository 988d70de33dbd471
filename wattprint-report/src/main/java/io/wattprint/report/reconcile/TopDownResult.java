package io.wattprint.report.reconcile;

import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.facility.MeteredEnergy;
import io.wattprint.core.facility.RunUsage;
import io.wattprint.core.facility.TopDownAttribution;
import io.wattprint.core.figure.Figures;
import java.util.ArrayList;
import java.util.List;

/**
 * The top-down attribution of a facility's meter to its runs ({@link TopDownAttribution}) and the figures of its
 * table: hours at {@value #HOUR_DECIMALS} decimals, shares at 2, kWh at {@link #decimals} (as {@link
 * HybridResult#decimals(List)}, over the runs' IT and facility kWh and the meter).
 *
 * <p>Each figure is rounded on its own, half-up, so a column can differ from its total in the last digit. A figure
 * that is not 0 but is shown as 0 prints its first significant digits ({@link Shown#text}).
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

        List<Row> rows = new ArrayList<>();
        double totalHours = 0;
        for (TopDownAttribution.Line l : lines) {
            totalHours += l.hours();
            rows.add(new Row(l.usage(), Shown.alone(Figures.exact(l.hours()), HOUR_DECIMALS), HybridResult.percent(l.share()),
                    HybridResult.kwh(l.itEnergy().kilowattHours(), d), HybridResult.kwh(l.facilityEnergy().kilowattHours(), d)));
        }
        double attributedFacility = lines.stream().mapToDouble(l -> l.facilityEnergy().kilowattHours()).sum();
        boolean shared = !lines.isEmpty() && totalHours != 0;
        Shown meter = null, meterIt = null;
        if (m.hasReadings()) {
            meter = HybridResult.kwh(m.energy().kilowattHours(), d);
            meterIt = HybridResult.kwh(t.itEnergy().kilowattHours(), d);
        }
        return new TopDownResult(in, t, d, rows, Shown.alone(Figures.exact(totalHours), HOUR_DECIMALS),
                shared ? HybridResult.percent(1) : null, HybridResult.kwh(t.attributedIt().kilowattHours(), d),
                HybridResult.kwh(attributedFacility, d), meter, meterIt);
    }

    /** True when the meter is at the IT boundary (PDU): no PUE, no facility column for the meter. */
    public boolean itMeter() { return attribution.meter().boundary() == MeterReading.Boundary.IT; }
}

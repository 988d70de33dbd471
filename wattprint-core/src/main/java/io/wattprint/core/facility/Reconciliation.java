package io.wattprint.core.facility;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.Explanation;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Pue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Hybrid accounting (seed 000; DOMAIN.md §2): each run's bottom-up IT energy × the facility's PUE,
 * summed over the runs of the facility in a period, checked against the facility meter.
 * <pre>
 *   bottom-up facility energy = Σ runs (IT energy × PUE)
 *   coverage                  = bottom-up facility energy / metered energy
 *   residual                  = metered energy − bottom-up facility energy   (unattributed)
 * </pre>
 * The residual is cooling and conversion the PUE does not capture, load no run recorded (other
 * servers, storage, network), or metering error. It is reported on a line of its own, or
 * allocated to the runs pro rata to their bottom-up facility energy, so that the lines add up to
 * the meter. A PDU meter (IT boundary) is compared with the bottom-up IT energy, without PUE.
 */
public record Reconciliation(MeteredEnergy meter, AppliedPue pue, ResidualTreatment treatment, List<Line> lines,
                             Energy bottomUpIt, Energy bottomUp, Double coverage, EnergyDifference residual,
                             List<FacilityWarning> warnings, Explanation explanation) {

    /** What happens to the residual. */
    public enum ResidualTreatment {
        /** A line of its own: the runs keep their bottom-up figures. */
        REPORT_SEPARATELY("report"),
        /** Each run gets residual × its share of the bottom-up facility energy: the lines add up to the meter. */
        ALLOCATE_PRO_RATA("pro-rata");

        private final String label;

        ResidualTreatment(String label) { this.label = label; }

        public String label() { return label; }

        public static Optional<ResidualTreatment> parse(String text) {
            return Arrays.stream(values()).filter(t -> t.label.equals(text.toLowerCase(Locale.ROOT))).findFirst();
        }
    }

    /**
     * One run: its IT energy, the PUE, its bottom-up energy at the meter's boundary (IT × PUE for
     * a facility meter), its share of the bottom-up total, the part of the residual allocated to
     * it (zero when the residual is reported separately), and the total attributed.
     */
    public record Line(RunUsage usage, Pue pue, Energy bottomUp, double share, EnergyDifference allocatedResidual,
                       Energy attributed) {}

    public Reconciliation {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param runs the runs' usage over the meter's windows ({@link MeteredEnergy#windows()})
     * @param pue  the facility's PUE for the period; may be null only for a PDU meter or when
     *             there is no meter reading
     * @throws IllegalArgumentException when a facility meter has no PUE
     */
    public static Reconciliation reconcile(MeteredEnergy meter, AppliedPue pue, List<RunUsage> runs, ResidualTreatment treatment) {
        Objects.requireNonNull(meter, "meter");
        Objects.requireNonNull(treatment, "treatment");
        String facility = meter.facility();
        String period = meter.period().label();
        boolean itMeter = meter.boundary() == MeterReading.Boundary.IT;
        if (!itMeter && pue == null && meter.hasReadings()) {
            throw new IllegalArgumentException("facility " + facility + " has no PUE on record: the hybrid method multiplies "
                    + "bottom-up IT energy by the PUE (add one with wattprint facility pue)");
        }
        List<FacilityWarning> warnings = new ArrayList<>(meter.warnings());
        if (pue != null && !itMeter) warnings.addAll(pue.warnings());
        Pue p = itMeter || pue == null ? Pue.NONE : pue.pue().pue();

        Energy it = Energy.ZERO;
        Energy bottomUp = Energy.ZERO;
        for (RunUsage u : runs) {
            it = it.plus(u.itEnergy());
            bottomUp = bottomUp.plus(p.facilityEnergy(u.itEnergy()));
        }
        if (runs.isEmpty()) {
            warnings.add(new FacilityWarning(FacilityWarning.Kind.NO_RUNS, "no run of facility " + facility
                    + " has energy in " + period + (meter.hasReadings() ? ": the whole meter is residual" : "")));
        }
        Double coverage = null;
        EnergyDifference residual = null;
        boolean allocate = false;
        if (meter.hasReadings()) {
            coverage = bottomUp.joules() / meter.energy().joules();
            residual = EnergyDifference.between(meter.energy(), bottomUp);
            if (residual.isNegative()) {
                warnings.add(new FacilityWarning(FacilityWarning.Kind.BOTTOM_UP_EXCEEDS_METER, "bottom-up exceeds the meter by "
                        + Figures.plainPercent(coverage - 1, 2) + ": check PUE, meter period or double counting"));
            }
            allocate = treatment == ResidualTreatment.ALLOCATE_PRO_RATA && bottomUp.joules() > 0;
        }
        List<Line> lines = new ArrayList<>();
        Explanation.Builder runsPart = Explanation.builder(itMeter ? "bottom-up IT energy" : "bottom-up facility energy",
                Plain.kwh(bottomUp)).formula(itMeter ? "Σ runs (IT energy)" : "Σ runs (IT energy × PUE)");
        if (!itMeter && pue != null) runsPart.input("PUE", p.toString(), pue.basis());
        for (RunUsage u : runs) {
            Energy own = p.facilityEnergy(u.itEnergy());
            double share = bottomUp.joules() > 0 ? own.joules() / bottomUp.joules() : 0;
            EnergyDifference extra = allocate ? residual.times(share) : new EnergyDifference(0);
            lines.add(new Line(u, p, own, share, extra, extra.addTo(own)));
            runsPart.input("run " + u.runId(), Plain.kwh(u.itEnergy()) + " IT" + (itMeter ? "" : " × " + p + " = " + Plain.kwh(own))
                    + " (" + Figures.plainPercent(share, 2) + ")", u.label());
        }
        if (runs.isEmpty()) runsPart.note("no run of facility " + facility + " has energy in the metered part of " + period);

        String figure = "coverage of facility " + facility + ", " + period;
        Explanation.Builder b;
        if (!meter.hasReadings()) {
            b = Explanation.builder(figure, "not computed")
                    .note("no meter reading covers the period: nothing to reconcile")
                    .part(runsPart.build());
        } else {
            b = Explanation.builder(figure, Figures.plainPercent(coverage, 2))
                    .formula(itMeter ? "bottom-up IT energy / metered IT energy" : "bottom-up facility energy / metered facility energy")
                    .part(meterExplanation(meter).build())
                    .part(runsPart.build());
            Explanation.Builder r = Explanation.builder("unattributed residual", residual.toString())
                    .formula("metered energy − bottom-up energy");
            if (allocate) {
                r.note("allocated pro rata: each run gets residual × its share of the bottom-up energy, so the runs add up to "
                        + "the meter");
            } else if (treatment == ResidualTreatment.ALLOCATE_PRO_RATA) {
                r.note("not allocated: no bottom-up energy to allocate it by");
            } else {
                r.note("reported separately: the runs keep their bottom-up figures");
            }
            b.part(r.build());
        }
        return new Reconciliation(meter, pue, treatment, lines, it, bottomUp, coverage, residual, warnings, b.build());
    }

    /** Energy attributed to the runs: bottom-up, plus the residual when it was allocated. */
    public Energy attributed() {
        return lines.stream().map(Line::attributed).reduce(Energy.ZERO, Energy::plus);
    }

    /** True when the residual went to the runs. */
    public boolean residualAllocated() {
        return treatment == ResidualTreatment.ALLOCATE_PRO_RATA && residual != null && bottomUp.joules() > 0;
    }

    /** The metered energy as an explanation: each reading with its source, and how much of it counts. */
    static Explanation.Builder meterExplanation(MeteredEnergy meter) {
        Explanation.Builder m = Explanation.builder(meter.boundary() == MeterReading.Boundary.IT ? "metered IT energy"
                        : "metered facility energy", Plain.kwh(meter.energy()))
                .formula("Σ readings inside " + meter.period().label() + " (pro-rated by time where a reading extends beyond it)");
        for (MeteredEnergy.Part part : meter.parts()) {
            MeterReading r = part.reading();
            m.input(r.kind().label() + " " + r.period().label(), Plain.kwh(part.counted())
                    + (part.proRated() ? " of " + Plain.kwh(r.energy()) + " (" + part.window().label() + " inside the period)" : ""),
                    r.source());
        }
        if (meter.coveredShare() < 1) m.note("the readings cover " + Figures.plainPercent(meter.coveredShare(), 2) + " of the period");
        return m;
    }
}

package io.wattprint.core.facility;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.Explanation;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Pue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Top-down attribution (seed 000; DOMAIN.md §2): the facility meter's energy over a period,
 * divided by the facility's PUE, is the IT energy; each run gets the share of it that its
 * accelerator-hours are of all runs' accelerator-hours — or, when no run used an accelerator, of
 * their CPU-hours.
 * <pre>
 *   IT energy       = metered facility energy / PUE     (a PDU meter already measures IT energy)
 *   share(run)      = hours(run) / Σ hours
 *   IT energy(run)  = share(run) × IT energy
 *   facility(run)   = share(run) × metered facility energy
 * </pre>
 * An audit-grade total, but per workload only as good as hours are a proxy for power (the seed
 * puts the error at 30–50 %). All the IT energy goes to the runs given: load of the facility that
 * no run recorded is attributed to them too.
 */
public record TopDownAttribution(MeteredEnergy meter, AppliedPue pue, Energy itEnergy, ShareBasis basis, List<Line> lines,
                                 List<FacilityWarning> warnings, Explanation explanation) {

    /** What the runs' shares are proportional to. */
    public enum ShareBasis {
        ACCELERATOR_HOURS("accelerator-hours"), CPU_HOURS("CPU-hours"), NONE("nothing");

        private final String label;

        ShareBasis(String label) { this.label = label; }

        public String label() { return label; }
    }

    /** One run's part: its hours on the share basis, its share, and the IT and facility energy attributed. */
    public record Line(RunUsage usage, double hours, double share, Energy itEnergy, Energy facilityEnergy) {}

    public TopDownAttribution {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param pue the facility's PUE for the period; may be null only for a PDU (IT) meter
     * @throws IllegalArgumentException when a facility meter has no PUE to divide by
     */
    public static TopDownAttribution attribute(MeteredEnergy meter, AppliedPue pue, List<RunUsage> runs) {
        Objects.requireNonNull(meter, "meter");
        List<FacilityWarning> warnings = new ArrayList<>(meter.warnings());
        String facility = meter.facility();
        if (!meter.hasReadings()) {
            Explanation e = Explanation.builder("top-down IT energy of facility " + facility + ", " + meter.period().label(),
                    "not computed").note("no meter reading covers the period: nothing to attribute").build();
            return new TopDownAttribution(meter, pue, Energy.ZERO, ShareBasis.NONE, List.of(), warnings, e);
        }
        boolean itMeter = meter.boundary() == MeterReading.Boundary.IT;
        if (!itMeter && pue == null) {
            throw new IllegalArgumentException("facility " + facility + " has no PUE on record: top-down attribution divides "
                    + "the metered facility energy by the PUE (add one with wattprint facility pue)");
        }
        if (pue != null) warnings.addAll(pue.warnings());
        Pue p = pue == null ? Pue.NONE : pue.pue().pue();
        Energy it = itMeter ? meter.energy() : Energy.ofJoules(meter.energy().joules() / p.value());

        double gpuTotal = runs.stream().mapToDouble(RunUsage::acceleratorHours).sum();
        double cpuTotal = runs.stream().mapToDouble(RunUsage::cpuHours).sum();
        ShareBasis basis = gpuTotal > 0 ? ShareBasis.ACCELERATOR_HOURS : cpuTotal > 0 ? ShareBasis.CPU_HOURS : ShareBasis.NONE;
        double total = basis == ShareBasis.ACCELERATOR_HOURS ? gpuTotal : cpuTotal;
        if (runs.isEmpty()) {
            warnings.add(new FacilityWarning(FacilityWarning.Kind.NO_RUNS, "no run of facility " + facility + " has energy in "
                    + meter.period().label() + ": the IT energy stays unattributed"));
        } else if (basis == ShareBasis.NONE) {
            warnings.add(new FacilityWarning(FacilityWarning.Kind.NO_SHARE, "no run of facility " + facility + " recorded "
                    + "accelerator or CPU time in " + meter.period().label() + ": the IT energy stays unattributed"));
        }
        List<Line> lines = new ArrayList<>();
        Explanation.Builder shares = Explanation.builder("shares", "by " + basis.label())
                .formula("share = hours of the run / Σ hours (" + Figures.plain(total, 6) + " h)");
        for (RunUsage u : runs) {
            double h = basis == ShareBasis.ACCELERATOR_HOURS ? u.acceleratorHours() : basis == ShareBasis.CPU_HOURS ? u.cpuHours() : 0;
            double share = total > 0 ? h / total : 0;
            Energy runIt = it.times(share);
            Energy runFacility = itMeter ? runIt.times(p.value()) : meter.energy().times(share);
            lines.add(new Line(u, h, share, runIt, runFacility));
            shares.input("run " + u.runId(), Figures.plain(h, 6) + " h → " + Figures.plainPercent(share, 2) + " → " + Plain.kwh(runIt)
                    + " IT, " + Plain.kwh(runFacility) + " facility", u.label());
            if (total > 0 && h == 0) {
                warnings.add(new FacilityWarning(FacilityWarning.Kind.NO_SHARE, "run " + u.runId() + " (" + u.label()
                        + ") recorded no " + basis.label() + " in " + meter.period().label() + ": it gets no share"));
            }
        }
        Explanation.Builder metered = Reconciliation.meterExplanation(meter);
        Explanation.Builder b = Explanation.builder("top-down IT energy of facility " + facility + ", " + meter.period().label(),
                Plain.kwh(it));
        if (itMeter) {
            b.formula("metered IT energy (PDU: the meter is at the IT boundary, no PUE)");
        } else {
            b.formula("metered facility energy / PUE").input("PUE", pue.pue().pue().toString(), pue.basis());
        }
        b.part(metered.build()).part(shares.build())
                .note("all the IT energy is attributed to the runs recorded in the facility; per-workload figures are "
                        + "proxies (accelerator-hours for power), with errors of 30–50 % (seed 000)");
        return new TopDownAttribution(meter, pue, it, basis, lines, warnings, b.build());
    }

    /** IT energy attributed to runs: all of it when any run has hours on the basis, else none. */
    public Energy attributedIt() {
        return lines.stream().map(Line::itEnergy).reduce(Energy.ZERO, Energy::plus);
    }
}

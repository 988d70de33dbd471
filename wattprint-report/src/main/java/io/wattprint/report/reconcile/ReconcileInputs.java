package io.wattprint.report.reconcile;

import io.wattprint.core.facility.AppliedPue;
import io.wattprint.core.facility.Facility;
import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.facility.MeteredEnergy;
import io.wattprint.core.facility.RunUsage;
import io.wattprint.core.model.Period;
import io.wattprint.core.model.Workload;
import io.wattprint.ledger.IntervalRepository;
import io.wattprint.ledger.Ledger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What reconciling a facility over a period reads from the ledger: its metered energy, its PUE for the period
 * (null when none is on record) and each run's usage over the metered windows (the whole period when there is no
 * reading).
 */
public record ReconcileInputs(Facility facility, Period period, MeteredEnergy meter, AppliedPue pue, List<RunUsage> runs) {
    public ReconcileInputs {
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(meter, "meter");
        runs = List.copyOf(runs);
    }

    /**
     * @throws IllegalArgumentException when the facility's meter readings cannot be combined (the message says why)
     */
    public static ReconcileInputs read(Ledger ledger, Facility facility, Period period) {
        String name = facility.name();
        MeteredEnergy meter = MeteredEnergy.of(name, period, ledger.facilities().readings(name));
        AppliedPue pue = AppliedPue.forPeriod(period, ledger.facilities().pues(name)).orElse(null);
        List<Period> windows = meter.hasReadings() ? meter.windows() : List.of(period);
        return new ReconcileInputs(facility, period, meter, pue, usage(ledger.intervals(), name, windows));
    }

    /** True when a facility meter's energy is there but no PUE to go with it (both methods need one). */
    public boolean lacksPue() {
        return pue == null && meter.hasReadings() && meter.boundary() == MeterReading.Boundary.FACILITY;
    }

    /** Each run's usage over the metered windows, summed per run, in the order of their start. */
    static List<RunUsage> usage(IntervalRepository intervals, String facility, List<Period> windows) {
        Map<String, RunUsage> byRun = new LinkedHashMap<>();
        for (Period w : windows) {
            for (IntervalRepository.RunEnergy e : intervals.hourlyAtFacility(facility, w.from(), w.to())) {
                String id = e.record().run().id();
                RunUsage u = RunUsage.fromIntervals(id, label(e.record().run().workload()), e.hourly(), w);
                byRun.merge(id, u, (a, b) -> new RunUsage(id, a.label(), a.itEnergy().plus(b.itEnergy()),
                        a.acceleratorTime().plus(b.acceleratorTime()), a.cpuTime().plus(b.cpuTime())));
            }
        }
        return List.copyOf(byRun.values());
    }

    /** project/workload, or the workload alone when it is the project's name or there is no project. */
    static String label(Workload w) {
        if (w.project() == null || w.project().equals(w.name())) return w.name();
        return w.project() + "/" + w.name();
    }
}

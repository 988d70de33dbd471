package io.wattprint.core.facility;

import io.wattprint.core.model.Period;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.quantity.Energy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one run used in a facility over a period: its bottom-up IT energy, the accelerator time
 * and the CPU time its meter recorded (summed over devices: two GPUs for an hour are two
 * GPU-hours).
 *
 * @param label how a report names the run: project / workload
 */
public record RunUsage(String runId, String label, Energy itEnergy, Duration acceleratorTime, Duration cpuTime) {
    public RunUsage {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(itEnergy, "itEnergy");
        Objects.requireNonNull(acceleratorTime, "acceleratorTime");
        Objects.requireNonNull(cpuTime, "cpuTime");
        if (acceleratorTime.isNegative() || cpuTime.isNegative()) {
            throw new IllegalArgumentException("run " + runId + " has negative accelerator or CPU time");
        }
    }

    public double acceleratorHours() { return hours(acceleratorTime); }

    public double cpuHours() { return hours(cpuTime); }

    /**
     * The usage of a run inside {@code window} from its energy intervals: an interval counts when
     * it starts inside the window (so an interval across the boundary counts once, in the window
     * where it starts); device time is the time each GPU, or each CPU component, was metered,
     * cut at the window's end. Intervals of one component that overlap (two provenances in the
     * same hour) count their time once.
     */
    public static RunUsage fromIntervals(String runId, String label, List<EnergyInterval> intervals, Period window) {
        Energy energy = Energy.ZERO;
        Map<String, List<EnergyInterval>> byComponent = new TreeMap<>();
        for (EnergyInterval x : intervals) {
            if (!window.contains(x.start())) continue;
            energy = energy.plus(x.energy());
            Component.Kind k = x.component().kind();
            if (k == Component.Kind.GPU || k == Component.Kind.CPU) {
                byComponent.computeIfAbsent(x.component().toString(), c -> new ArrayList<>()).add(x);
            }
        }
        Duration gpu = Duration.ZERO;
        Duration cpu = Duration.ZERO;
        for (List<EnergyInterval> xs : byComponent.values()) {
            Duration t = unionLength(xs, window.to());
            if (xs.get(0).component().kind() == Component.Kind.GPU) gpu = gpu.plus(t); else cpu = cpu.plus(t);
        }
        return new RunUsage(runId, label, energy, gpu, cpu);
    }

    private static Duration unionLength(List<EnergyInterval> xs, Instant cut) {
        List<EnergyInterval> sorted = new ArrayList<>(xs);
        sorted.sort(Comparator.comparing(EnergyInterval::start));
        Duration total = Duration.ZERO;
        Instant coveredTo = Instant.MIN;
        for (EnergyInterval x : sorted) {
            Instant end = x.end().isAfter(cut) ? cut : x.end();
            Instant start = x.start().isAfter(coveredTo) ? x.start() : coveredTo;
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
                coveredTo = end;
            }
        }
        return total;
    }

    static double hours(Duration d) { return d.toNanos() / 3.6e12; }
}

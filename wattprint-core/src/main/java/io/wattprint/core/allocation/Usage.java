package io.wattprint.core.allocation;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How much of a shared pool one consumer used, in each {@link Measure}. */
public record Usage(double gpuHours, double cpuHours, double requests) {
    private static final double SECONDS_PER_HOUR = 3_600d;

    public Usage {
        check("GPU-hours", gpuHours);
        check("CPU-hours", cpuHours);
        check("requests", requests);
    }

    public double of(Measure m) {
        return switch (m) {
            case GPU_HOURS -> gpuHours;
            case CPU_HOURS -> cpuHours;
            case REQUESTS -> requests;
        };
    }

    /**
     * A run's usage from its energy intervals: GPU-hours = Σ over its {@code gpu:*} components of
     * the time their intervals cover (overlaps of one component counted once); CPU-hours = the
     * time covered by any CPU interval (the host's CPU, counted once however many packages), or
     * the run's duration when it has no CPU interval; requests as given (a run's
     * {@code requests=N} tag).
     *
     * @param duration the run's duration, used for CPU-hours when no CPU interval exists (null: 0)
     */
    public static Usage of(List<EnergyInterval> intervals, Duration duration, double requests) {
        Map<String, List<EnergyInterval>> gpus = new TreeMap<>();
        List<EnergyInterval> cpu = new ArrayList<>();
        for (EnergyInterval x : intervals) {
            if (x.component().kind() == Component.Kind.GPU) gpus.computeIfAbsent(x.component().toString(), k -> new ArrayList<>()).add(x);
            else if (x.component().kind() == Component.Kind.CPU) cpu.add(x);
        }
        double gpuSeconds = 0;
        for (List<EnergyInterval> xs : gpus.values()) gpuSeconds += coveredSeconds(xs);
        double cpuSeconds = cpu.isEmpty() ? (duration == null ? 0 : duration.toNanos() / 1e9) : coveredSeconds(cpu);
        return new Usage(gpuSeconds / SECONDS_PER_HOUR, cpuSeconds / SECONDS_PER_HOUR, requests);
    }

    /** How many distinct GPUs ({@code gpu:*} components) the intervals name. */
    public static int gpuCount(List<EnergyInterval> intervals) {
        return (int) intervals.stream().filter(x -> x.component().kind() == Component.Kind.GPU)
                .map(x -> x.component().toString()).distinct().count();
    }

    /** Length of the union of the intervals' [start, end), in seconds. */
    static double coveredSeconds(List<EnergyInterval> xs) {
        List<EnergyInterval> sorted = new ArrayList<>(xs);
        sorted.sort(Comparator.comparing(EnergyInterval::start));
        double seconds = 0;
        Instant from = null;
        Instant to = null;
        for (EnergyInterval x : sorted) {
            if (to == null || x.start().isAfter(to)) {
                if (to != null) seconds += Duration.between(from, to).toNanos() / 1e9;
                from = x.start();
                to = x.end();
            } else if (x.end().isAfter(to)) {
                to = x.end();
            }
        }
        if (to != null) seconds += Duration.between(from, to).toNanos() / 1e9;
        return seconds;
    }

    private static void check(String what, double v) {
        if (!Double.isFinite(v) || v < 0) throw new IllegalArgumentException(what + " must be a number 0 or more, got " + v);
    }
}

package io.wattprint.core.scope2;

import io.wattprint.core.quantity.Energy;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What is left of an instrument's MWh, or of a line's consumption not yet covered, in joules,
 * with what is left per hour when there is an hourly profile. Taking energy never leaves a
 * negative amount; amounts below {@link #NOTHING} (1 mJ) count as nothing left.
 */
final class Remaining {
    static final double NOTHING = 1e-3;

    private double total;
    private final TreeMap<Instant, Double> hours;

    Remaining(Energy total, HourlyProfile profile) {
        this.total = total.joules();
        if (profile == null) {
            hours = null;
        } else {
            hours = new TreeMap<>();
            for (Map.Entry<Instant, Energy> e : profile.hours().entrySet()) hours.put(e.getKey(), e.getValue().joules());
        }
    }

    double total() { return total; }

    boolean isHourly() { return hours != null; }

    boolean isEmpty() { return total < NOTHING; }

    /** Joules applied, and (when the supply has an hourly profile) from which of its hours. */
    record Matched(double joules, TreeMap<Instant, Double> supplyHours, boolean hourByHour) {}

    /**
     * Applies as much of {@code supply} to {@code demand} as both allow: hour by hour when both
     * are hourly, else on their totals (a side with hours gives them up earliest first, so no hour
     * ever goes below zero).
     */
    static Matched match(Remaining supply, Remaining demand) {
        TreeMap<Instant, Double> used = new TreeMap<>();
        if (supply.isEmpty() || demand.isEmpty()) return new Matched(0, used, false);
        if (supply.isHourly() && demand.isHourly()) {
            double applied = 0;
            for (Map.Entry<Instant, Double> s : supply.hours.entrySet()) {
                Double d = demand.hours.get(s.getKey());
                if (d == null) continue;
                double a = Math.min(s.getValue(), d);
                if (a < NOTHING) continue;
                s.setValue(s.getValue() - a);
                demand.hours.put(s.getKey(), d - a);
                used.put(s.getKey(), a);
                applied += a;
            }
            supply.reduceTotal(applied);
            demand.reduceTotal(applied);
            return new Matched(applied, used, true);
        }
        double a = Math.min(supply.total, demand.total);
        supply.take(a, used);
        demand.take(a, new TreeMap<>());
        return new Matched(a, used, false);
    }

    private void take(double joules, TreeMap<Instant, Double> used) {
        reduceTotal(joules);
        if (hours == null) return;
        double left = joules;
        for (Map.Entry<Instant, Double> h : hours.entrySet()) {
            if (left <= 0) break;
            double d = Math.min(h.getValue(), left);
            if (d <= 0) continue;
            h.setValue(h.getValue() - d);
            used.put(h.getKey(), d);
            left -= d;
        }
    }

    private void reduceTotal(double joules) {
        total = Math.max(0, total - joules);
        if (total < NOTHING) total = 0;
    }
}

package io.wattprint.cli.meter;

import io.wattprint.cli.out.Human;
import io.wattprint.cli.out.Json;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What {@code wattprint meter} shows: per-component power over the last tick, cumulative energy,
 * and cumulative CO2e with the zone's factor. Three renderings: a table redrawn in place on a
 * terminal, one plain line per tick when piped, or one JSON object per line.
 */
final class LiveView {
    enum Mode { IN_PLACE, LINES, JSON }

    private final PrintWriter out;
    private final Mode mode;
    private final Function<Instant, EmissionFactor> factor;
    private final String zoneLabel;
    private final Map<Component, Double> watts = new TreeMap<>();
    private final Map<Component, Energy> total = new TreeMap<>();
    private final Map<Component, String> how = new TreeMap<>();
    private Energy energy = Energy.ZERO;
    private double grams;
    private boolean gramsKnown = true;
    private int linesDrawn;
    private Instant last;

    /** @param factor the factor at an instant, or null when there is none (no location) */
    LiveView(PrintWriter out, Mode mode, Function<Instant, EmissionFactor> factor, String zoneLabel) {
        this.out = out;
        this.mode = mode;
        this.factor = factor;
        this.zoneLabel = zoneLabel;
    }

    synchronized void update(List<EnergyInterval> batch) {
        Map<Component, Energy> tickEnergy = new TreeMap<>();
        Map<Component, Duration> tickTime = new TreeMap<>();
        for (EnergyInterval i : batch) {
            tickEnergy.merge(i.component(), i.energy(), Energy::plus);
            tickTime.merge(i.component(), i.duration(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            total.merge(i.component(), i.energy(), Energy::plus);
            how.put(i.component(), i.provenance().isMeasured() ? "measured" : "estimated");
            energy = energy.plus(i.energy());
            EmissionFactor f = factor.apply(i.midpoint());
            if (f == null) gramsKnown = false;
            else grams += i.energy().kilowattHours() * f.intensity().gramsPerKwh();
            if (last == null || i.end().isAfter(last)) last = i.end();
        }
        watts.clear();   // a component that reported nothing this tick (a lost GPU) shows no power
        tickEnergy.forEach((c, e) -> {
            Duration d = tickTime.get(c);
            watts.put(c, d.isZero() ? 0 : e.joules() / (d.toNanos() / 1e9));
        });
        render();
    }

    private void render() {
        switch (mode) {
            case JSON -> json();
            case LINES -> line();
            case IN_PLACE -> table();
        }
        out.flush();
    }

    private void line() {
        StringBuilder sb = new StringBuilder(last.truncatedTo(ChronoUnit.SECONDS).toString());
        double sum = 0;
        for (var e : watts.entrySet()) {
            sb.append("  ").append(e.getKey()).append(' ').append(Figures.format(e.getValue(), 1)).append(" W");
            sum += e.getValue();
        }
        sb.append("  total ").append(Figures.format(sum, 1)).append(" W  ").append(Human.energy(energy));
        sb.append("  ").append(gramsKnown ? Human.co2e(Co2e.ofGrams(grams)) + " CO2e" : "CO2e n/a (no location)");
        out.println(sb);
    }

    private void table() {
        if (linesDrawn > 0) out.print("\033[" + linesDrawn + "F\033[J");   // back to the table's top, clear below
        int n = 0;
        out.printf("wattprint meter — %s — %s%n", last.truncatedTo(ChronoUnit.SECONDS), zoneLabel);
        n++;
        out.printf("  %-16s %10s %14s  %s%n", "component", "power", "energy", "");
        n++;
        double sum = 0;
        for (var e : watts.entrySet()) {
            out.printf("  %-16s %8s W %14s  %s%n", e.getKey(), Figures.format(e.getValue(), 1), Human.energy(total.get(e.getKey())),
                    how.get(e.getKey()));
            sum += e.getValue();
            n++;
        }
        out.printf("  %-16s %8s W %14s%n", "total", Figures.format(sum, 1), Human.energy(energy));
        n++;
        out.printf("  %-16s %s%n", "CO2e", gramsKnown ? Human.co2e(Co2e.ofGrams(grams)) : "n/a (no location: pass --location)");
        n++;
        out.println("  Ctrl-C to stop (IT energy of the whole host; PUE not applied; nothing is stored)");
        n++;
        linesDrawn = n;
    }

    /** One line of {@code meter --json}: each component's power and energy, the host's total, CO2e when located. */
    record Reading(String time, Map<String, ComponentReading> components, double powerW, double energyKwh, Double co2eG,
                   String zone) {}

    /** One component: power over the last interval (W, 3 decimals), energy since the start, measured or estimated. */
    record ComponentReading(double powerW, double energyKwh, String provenance) {}

    private void json() {
        Map<String, ComponentReading> comps = new LinkedHashMap<>();
        double sum = 0;
        for (var e : watts.entrySet()) {
            comps.put(e.getKey().toString(), new ComponentReading(round(e.getValue(), 3),
                    total.get(e.getKey()).kilowattHours(), how.get(e.getKey())));
            sum += e.getValue();
        }
        Reading o = new Reading(last.toString(), comps, round(sum, 3), energy.kilowattHours(), gramsKnown ? grams : null, zoneLabel);
        Json.printLine(out, o);
    }

    synchronized Energy energy() { return energy; }

    synchronized Double grams() { return gramsKnown ? grams : null; }

    private static double round(double v, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(v * scale) / scale;
    }
}

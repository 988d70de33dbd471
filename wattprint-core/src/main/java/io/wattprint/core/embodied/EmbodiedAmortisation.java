package io.wattprint.core.embodied;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.method.EmbodiedCarbon;
import io.wattprint.core.model.Explanation;
import io.wattprint.core.quantity.Co2e;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Amortises a machine's embodied emissions (Scope 3) over the runs that reserved it, with the
 * SCI formula of {@link EmbodiedCarbon}: per run, M = TE × (TiR / EL) × (RR / ToR) with TiR the
 * run's duration and RR the GPUs (or vCPUs) it used; per period, the same for each run's part
 * of the period, plus the part of the machine's period nobody reserved as an
 * "unallocated" line, so that the lines add up to TE × period / EL.
 */
public final class EmbodiedAmortisation {
    private EmbodiedAmortisation() {}

    /** One run's embodied emissions on one machine. */
    public record RunEmbodied(String runId, Co2e embodied, double hours, double resourcesCharged, Explanation explanation) {
        public RunEmbodied {
            Objects.requireNonNull(runId, "runId");
            Objects.requireNonNull(embodied, "embodied");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /** A machine's embodied emissions over [from, to): per run, unallocated, and the total. */
    public record PeriodEmbodied(HardwareRecord hardware, Instant from, Instant to, List<RunEmbodied> runs,
                                 Co2e unallocated, Co2e total, double reservedResourceHours,
                                 double capacityResourceHours, Explanation explanation) {
        public PeriodEmbodied {
            runs = List.copyOf(runs);
        }
    }

    /** The run's embodied emissions for its whole reservation. */
    public static RunEmbodied perRun(HardwareRecord hw, Reservation r) {
        Objects.requireNonNull(hw, "hardware");
        Objects.requireNonNull(r, "reservation");
        return charge(hw, r.runId(), r.hours(), r.resources());
    }

    /**
     * The machine's embodied emissions over [from, to): each reservation counted for the part of
     * it inside the period, and the resource-hours nobody reserved as the unallocated line.
     */
    public static PeriodEmbodied perPeriod(HardwareRecord hw, Instant from, Instant to, List<Reservation> reservations) {
        Objects.requireNonNull(hw, "hardware");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) throw new IllegalArgumentException("period end " + to + " must be after its start " + from);
        double periodHours = Duration.between(from, to).toNanos() / 3.6e12;
        double capacity = periodHours * hw.totalResources();
        List<RunEmbodied> runs = new ArrayList<>();
        double reserved = 0;
        for (Reservation r : reservations) {
            Instant s = r.start().isBefore(from) ? from : r.start();
            Instant e = r.end().isAfter(to) ? to : r.end();
            if (!e.isAfter(s)) continue; // outside the period
            double hours = Duration.between(s, e).toNanos() / 3.6e12;
            RunEmbodied line = charge(hw, r.runId(), hours, r.resources());
            reserved += hours * line.resourcesCharged();
            runs.add(line);
        }
        double perResourceHour = hw.embodied().grams() / (hw.lifetimeHours() * hw.totalResources());
        Co2e total = Co2e.ofGrams(perResourceHour * capacity);
        boolean overbooked = reserved > capacity;
        Co2e unallocated = Co2e.ofGrams(overbooked ? 0 : perResourceHour * (capacity - reserved));

        Explanation.Builder e = Explanation.builder("embodied (Scope 3) of " + hw.id() + ", " + from + " to " + to,
                        Figures.plain(total.grams(), 6) + " gCO2e")
                .formula("TE × (period / EL) = Σ runs TE × (TiR / EL) × (RR / ToR) + unallocated")
                .input("TE (total embodied)", Figures.plain(hw.embodied().kilograms(), 6) + " kgCO2e", hw.source())
                .input("period", Figures.plain(periodHours, 6) + " h", null)
                .input("EL (expected lifetime)", Figures.plain(hw.lifetimeYears(), 6) + " years = " + Figures.plain(hw.lifetimeHours(), 6) + " h", null)
                .input("ToR (total resources)", hw.totalResources() + " " + hw.unit().label(), hw.model())
                .input("reserved by runs", Figures.plain(reserved, 6) + " " + hw.unit().label() + "-hours of " + Figures.plain(capacity, 6), null)
                .input("unallocated (nobody reserved)", Figures.plain(unallocated.grams(), 6) + " gCO2e",
                        "TE × (ToR × period − Σ RR × TiR) / (EL × ToR)");
        if (overbooked) {
            e.note("runs reserved more " + hw.unit().label() + "-hours than the machine has in the period (overlapping runs): "
                    + "their lines add up to more than the machine's share of the period and nothing is unallocated");
        }
        for (RunEmbodied r : runs) e.part(r.explanation());
        return new PeriodEmbodied(hw, from, to, runs, unallocated, total, reserved, capacity, e.build());
    }

    private static RunEmbodied charge(HardwareRecord hw, String runId, double hours, double resources) {
        String figure = "embodied (Scope 3) of run " + runId;
        if (resources <= 0) {
            Explanation e = Explanation.builder(figure, "0 gCO2e")
                    .input("hardware", hw.id() + " (" + hw.model() + ")", null)
                    .note("the run used none of the " + hw.totalResources() + " " + hw.unit().label()
                            + "s of " + hw.id() + ": nothing charged")
                    .build();
            return new RunEmbodied(runId, Co2e.ZERO, hours, 0, e);
        }
        double rr = Math.min(resources, hw.totalResources());
        EmbodiedCarbon m = new EmbodiedCarbon(hw.embodied(), hw.lifetimeHours(), hours, rr, hw.totalResources());
        Explanation.Builder e = Explanation.builder(figure, Figures.plain(m.amortised().grams(), 6) + " gCO2e")
                .formula("TE × (TiR / EL) × (RR / ToR)")
                .input("hardware", hw.id() + " (" + hw.model() + "), " + hw.totalResources() + " " + hw.unit().label()
                        + "s, record valid from " + hw.validFrom(), null)
                .input("TE source", Figures.plain(hw.embodied().kilograms(), 6) + " kgCO2e", hw.source())
                .input("RR (" + hw.unit().label() + "s used by the run)", Figures.plain(rr, 6), null);
        if (resources > hw.totalResources()) {
            e.note("the run used " + Figures.plain(resources, 6) + " " + hw.unit().label() + "s but the record of " + hw.id()
                    + " has " + hw.totalResources() + ": charged as the whole machine");
        }
        e.part(m.explain());
        return new RunEmbodied(runId, m.amortised(), hours, rr, e.build());
    }

}

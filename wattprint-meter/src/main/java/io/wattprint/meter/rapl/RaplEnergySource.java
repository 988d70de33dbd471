package io.wattprint.meter.rapl;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.quantity.Energy;
import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.EnergySource;
import io.wattprint.meter.procfs.CpuTimeShare;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CPU package (and DRAM) energy measured by RAPL counters through Linux powercap: one interval
 * per zone per poll, {@code cpu:package-N} and {@code dram:package-N}, provenance
 * {@code MEASURED_COUNTER} with method {@code rapl-powercap <zone directory>}.
 *
 * <p>Counter deltas are taken by {@link RaplCounter}, which undoes a wraparound and flags a
 * reading that may have missed one: such an interval's method ends in {@value #WRAP_UNCERTAIN},
 * and the first one of each zone is also said as a warning.
 *
 * <p>Attribution: under {@link AttributionPolicy#RESERVED_HOST} the run is charged the zones'
 * whole energy (idle included); under {@link AttributionPolicy#SHARED_HOST} every zone's energy,
 * DRAM too, is multiplied by the run's share of busy CPU time ({@link CpuTimeShare}).
 */
public final class RaplEnergySource implements EnergySource {
    static final String METHOD = "rapl-powercap";
    static final String WRAP_UNCERTAIN = "; wrap-uncertain";

    private final Powercap powercap;
    private final List<RaplZone> zones;
    private final AttributionPolicy policy;
    private final CpuTimeShare share;
    private final Set<String> warnings = new LinkedHashSet<>();
    private final List<RaplCounter> counters = new ArrayList<>();
    private final Set<String> warned = new LinkedHashSet<>();
    private Instant last;

    /**
     * @param share the run's CPU-time share; needed under {@link AttributionPolicy#SHARED_HOST} only
     *              (may be null under {@link AttributionPolicy#RESERVED_HOST}, where /proc is not read)
     */
    public RaplEnergySource(Powercap powercap, List<RaplZone> zones, AttributionPolicy policy, CpuTimeShare share) {
        this.powercap = Objects.requireNonNull(powercap, "powercap");
        this.zones = List.copyOf(zones);
        this.policy = Objects.requireNonNull(policy, "policy");
        this.share = share;
        if (this.zones.isEmpty()) throw new IllegalArgumentException("RAPL source without zones");
        if (policy == AttributionPolicy.SHARED_HOST && share == null) {
            throw new IllegalArgumentException("a shared host needs the run's CPU-time share");
        }
    }

    @Override
    public String name() { return "rapl"; }

    public List<RaplZone> zones() { return zones; }

    public boolean measuresDram() {
        return zones.stream().anyMatch(z -> z.component().kind() == Component.Kind.DRAM);
    }

    /**
     * The longest sampling interval at which no reading of any zone can be flagged
     * {@value #WRAP_UNCERTAIN}: the shortest time one counter lap takes at its zone's power bound
     * (see {@link RaplCounter}). Empty where no zone knows its range.
     */
    public Optional<Duration> maxPollInterval() {
        return zones.stream()
                .map(z -> new RaplCounter(z.maxEnergyRangeUj(), z.maxPowerUw(), 0).safeInterval())
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    @Override
    public void start(Instant t0) {
        long[] first = readAll(t0);
        if (policy == AttributionPolicy.SHARED_HOST) {
            try {
                share.start(t0);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read /proc for the run's share of CPU time (" + why(e) + ")", e);
            }
        }
        counters.clear();
        for (int i = 0; i < zones.size(); i++) {
            RaplZone z = zones.get(i);
            counters.add(new RaplCounter(z.maxEnergyRangeUj(), z.maxPowerUw(), first[i]));
        }
        last = t0;
    }

    /** How long reads may keep failing before the source gives up (the sampler then reports it). */
    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);
    private Instant failingSince;

    @Override
    public List<EnergyInterval> poll(Instant now) {
        if (!now.isAfter(last)) return List.of();
        long[] values;
        try {
            values = readAll(last);
        } catch (UncheckedIOException e) {
            // Skip this tick and keep the baseline: the next good reading covers it (and the wrap
            // check sees the longer gap). Only a failure that lasts ends the source.
            if (failingSince == null) failingSince = now;
            if (Duration.between(failingSince, now).compareTo(GIVE_UP_AFTER) >= 0) throw e;
            synchronized (this) {
                if (warned.add("read-failure")) {
                    warnings.add(e.getMessage().replace("no RAPL energy is counted after", "readings skipped from")
                            + "; the next good reading covers the gap");
                }
            }
            return List.of();
        }
        failingSince = null;
        double charged = 1.0;
        if (policy == AttributionPolicy.SHARED_HOST) {
            try {
                charged = share.advance(now).charged(policy);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read /proc for the run's share of CPU time (" + why(e)
                        + "): no RAPL energy is counted after " + last, e);
            }
        }
        Duration elapsed = Duration.between(last, now);
        List<EnergyInterval> out = new ArrayList<>(zones.size());
        for (int i = 0; i < zones.size(); i++) {
            RaplZone z = zones.get(i);
            RaplCounter.Step step = counters.get(i).next(values[i], elapsed);
            String method = METHOD + " " + z.sysfsName();
            if (step.doubt() != RaplCounter.Doubt.NONE) {
                method += WRAP_UNCERTAIN;
                warnOnce(z, counters.get(i), step.doubt(), elapsed);
            }
            out.add(new EnergyInterval(last, now, z.component(), Energy.ofMicrojoules(step.microjoules() * charged),
                    new Provenance.MeasuredCounter(method)));
        }
        last = now;
        return out;
    }

    @Override
    public synchronized List<String> warnings() { return List.copyOf(warnings); }

    @Override
    public String describe() {
        String what = zones.stream().map(z -> z.component() + " (" + z.sysfsName() + ")").collect(Collectors.joining(", "));
        return "CPU measured: RAPL energy counters (Linux powercap) " + what
                + (policy == AttributionPolicy.SHARED_HOST ? ", × the run's share of busy CPU time" : ", host reserved for the run");
    }

    /** Every zone's counter now, or a failure that names the file (the sampler stops the source with it). */
    private long[] readAll(Instant countedUntil) {
        long[] values = new long[zones.size()];
        for (int i = 0; i < zones.size(); i++) {
            RaplZone z = zones.get(i);
            try {
                values[i] = powercap.energyMicrojoules(z);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read RAPL counter " + z.energyFile() + " (" + why(e)
                        + "): no RAPL energy is counted after " + countedUntil, e);
            }
        }
        return values;
    }

    private synchronized void warnOnce(RaplZone z, RaplCounter counter, RaplCounter.Doubt doubt, Duration elapsed) {
        if (!warned.add(z.sysfsName() + " " + doubt)) return;
        String zone = z.sysfsName() + " (" + z.component() + "): ";
        String marked = "; its intervals are marked 'wrap-uncertain'";
        if (doubt == RaplCounter.Doubt.EXTRA_LAP_POSSIBLE) {
            warnings.add(zone + Figures.format(elapsed.toMillis() / 1000.0, 1) + " s between readings is long enough for the counter to go round more than once at up to "
                    + Figures.format(counter.maxWatts(), 1) + " W (one lap is " + Figures.format(counter.lapMicrojoules().orElse(0) / 1e6, 1)
                    + " J): the energy may be short by whole laps" + marked);
        } else {
            warnings.add(zone + "the counter went backwards and max_energy_range_uj is missing, so the wrap cannot be undone: "
                    + "counted from 0, an underestimate" + marked);
        }
    }

    /** A read failure in a few words: "permission denied", "no such file", else the exception's own message. */
    static String why(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file";
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}

package io.wattprint.meter.rapl;

import static io.wattprint.meter.rapl.FakePowercap.AMD_RANGE;
import static io.wattprint.meter.rapl.FakePowercap.INTEL_RANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.quantity.Energy;
import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.procfs.CpuTimeShare;
import io.wattprint.meter.procfs.FakeProc;
import io.wattprint.meter.procfs.ProcessTreeTracker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RaplEnergySourceTest {
    private static final Instant T0 = Instant.parse("2024-06-01T12:00:00Z");
    private static final Component DRAM_0 = new Component(Component.Kind.DRAM, "package-0");
    private static final Component DRAM_1 = new Component(Component.Kind.DRAM, "package-1");

    @TempDir Path dir;

    private static Provenance counter(String zone) { return new Provenance.MeasuredCounter("rapl-powercap " + zone); }

    private static EnergyInterval interval(Instant from, Instant to, Component c, double joules, String method) {
        return new EnergyInterval(from, to, c, Energy.ofJoules(joules), new Provenance.MeasuredCounter(method));
    }

    private RaplEnergySource reserved(FakePowercap f, boolean withDram) throws IOException {
        return reserved(f.powercap(), withDram);
    }

    private static RaplEnergySource reserved(Powercap p, boolean withDram) throws IOException {
        RaplEnergySource s = new RaplEnergySource(p, p.zones(withDram), AttributionPolicy.RESERVED_HOST, null);
        s.start(T0);
        return s;
    }

    private FakePowercap twoSockets() {
        return new FakePowercap(dir.resolve("sys"))
                .zone("intel-rapl:0", "package-0", 100_000_000, INTEL_RANGE).maxPower("intel-rapl:0", 0, 205_000_000)
                .zone("intel-rapl:0:0", "dram", 7_000_000, INTEL_RANGE)
                .zone("intel-rapl:1", "package-1", 262_140_000_000L, INTEL_RANGE).maxPower("intel-rapl:1", 0, 205_000_000)
                .zone("intel-rapl:1:0", "dram", 0, INTEL_RANGE);
    }

    @Test
    void reservedHostIsChargedEveryZoneInFullOneIntervalEach() throws IOException {
        FakePowercap f = twoSockets();
        RaplEnergySource s = reserved(f, true);
        // 10 s later. Package 1 wrapped: 262143328851 - 262140000000 + 5000000 = 8328851 µJ.
        f.energy("intel-rapl:0", 1_334_567_800).energy("intel-rapl:0:0", 8_000_001)
                .energy("intel-rapl:1", 5_000_000).energy("intel-rapl:1:0", 0);

        Instant t1 = T0.plusSeconds(10);
        assertThat(s.poll(t1)).containsExactly(
                interval(T0, t1, Component.cpuPackage(0), 1234.5678, "rapl-powercap intel-rapl:0"),
                interval(T0, t1, DRAM_0, 1.000001, "rapl-powercap intel-rapl:0:0"),
                interval(T0, t1, Component.cpuPackage(1), 8.328851, "rapl-powercap intel-rapl:1"),
                interval(T0, t1, DRAM_1, 0, "rapl-powercap intel-rapl:1:0"));
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void eachPollCoversTheTimeSinceThePreviousOne() throws IOException {
        FakePowercap f = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 0, INTEL_RANGE);
        RaplEnergySource s = reserved(f, false);
        f.energy("intel-rapl:0", 3_000_000);
        s.poll(T0.plusSeconds(1));
        f.energy("intel-rapl:0", 3_500_000);

        assertThat(s.poll(T0.plusSeconds(2))).containsExactly(
                interval(T0.plusSeconds(1), T0.plusSeconds(2), Component.cpuPackage(0), 0.5, "rapl-powercap intel-rapl:0"));
        assertThat(s.poll(T0.plusSeconds(2))).isEmpty();
        assertThat(s.poll(T0.plusSeconds(1))).isEmpty();
    }

    @Test
    void sharedHostIsChargedItsShareOfBusyCpuTimeForPackagesAndDram() throws IOException {
        FakeProc proc = new FakeProc(dir.resolve("proc")).stat(1000, 9000).process(100, 1, 50).process(200, 1, 7);
        FakePowercap f = new FakePowercap(dir.resolve("sys"))
                .zone("intel-rapl:0", "package-0", 0, INTEL_RANGE)
                .zone("intel-rapl:0:0", "dram", 0, INTEL_RANGE);
        Powercap p = f.powercap();
        RaplEnergySource s = new RaplEnergySource(p, p.zones(true), AttributionPolicy.SHARED_HOST,
                new CpuTimeShare(proc.procFs(), new ProcessTreeTracker(proc.procFs(), 100)));
        s.start(T0);

        // 10 s: host +300 busy ticks, the tree +75 of them: a quarter. Package 10 J, DRAM 2 J.
        proc.stat(1300, 9300).process(100, 1, 125);
        f.energy("intel-rapl:0", 10_000_000).energy("intel-rapl:0:0", 2_000_000);

        Instant t1 = T0.plusSeconds(10);
        assertThat(s.poll(t1)).containsExactly(
                interval(T0, t1, Component.cpuPackage(0), 2.5, "rapl-powercap intel-rapl:0"),
                interval(T0, t1, DRAM_0, 0.5, "rapl-powercap intel-rapl:0:0"));
        assertThat(s.describe()).endsWith(", × the run's share of busy CPU time");
    }

    @Test
    void possibleDoubleWrapIsFlaggedOnTheIntervalAndWarnedOnce() throws IOException {
        // AMD-style zone: no constraints, so 1,000 W bounds it; one lap is 65,532.610988 J.
        FakePowercap f = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 1_000_000, AMD_RANGE);
        RaplEnergySource s = reserved(f, false);
        String flagged = "rapl-powercap intel-rapl:0; wrap-uncertain";

        // The sampler stalled for 70 s: 70 kJ at 1,000 W is more than 1 J + one lap.
        f.energy("intel-rapl:0", 2_000_000);
        assertThat(s.poll(T0.plusSeconds(70))).containsExactly(
                interval(T0, T0.plusSeconds(70), Component.cpuPackage(0), 1.0, flagged));
        f.energy("intel-rapl:0", 3_000_000);
        assertThat(s.poll(T0.plusSeconds(140))).extracting(i -> i.provenance().method()).containsExactly(flagged);
        f.energy("intel-rapl:0", 4_000_000);
        assertThat(s.poll(T0.plusSeconds(141))).extracting(i -> i.provenance()).containsExactly(counter("intel-rapl:0"));

        assertThat(s.warnings()).containsExactly("intel-rapl:0 (cpu:package-0): 70.0 s between readings is long enough "
                + "for the counter to go round more than once at up to 1000.0 W (one lap is 65532.6 J): the energy may be "
                + "short by whole laps; its intervals are marked 'wrap-uncertain'");
    }

    @Test
    void withoutMaxEnergyRangeABackwardStepIsCountedFromZeroAndFlagged() throws IOException {
        FakePowercap f = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 9_000_000);
        RaplEnergySource s = reserved(f, false);

        f.energy("intel-rapl:0", 9_500_000);
        assertThat(s.poll(T0.plusSeconds(1))).extracting(EnergyInterval::energy, EnergyInterval::provenance)
                .containsExactly(tuple(Energy.ofJoules(0.5), counter("intel-rapl:0")));

        f.energy("intel-rapl:0", 250_000);
        assertThat(s.poll(T0.plusSeconds(2))).containsExactly(interval(T0.plusSeconds(1), T0.plusSeconds(2),
                Component.cpuPackage(0), 0.25, "rapl-powercap intel-rapl:0; wrap-uncertain"));
        assertThat(s.warnings()).containsExactly("intel-rapl:0 (cpu:package-0): the counter went backwards and "
                + "max_energy_range_uj is missing, so the wrap cannot be undone: counted from 0, an underestimate; "
                + "its intervals are marked 'wrap-uncertain'");
    }

    @Test
    void aCounterUnreadableForAMomentSkipsTicksAndTheNextGoodReadingCoversThem() throws IOException {
        FakePowercap f = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 0, INTEL_RANGE);
        AtomicBoolean denied = new AtomicBoolean();
        RaplEnergySource s = reserved(f.powercap(file -> {
            if (denied.get() && file.endsWith("energy_uj")) throw new AccessDeniedException(file.toString());
            return Files.readString(file);
        }), false);
        f.energy("intel-rapl:0", 1_000_000);
        s.poll(T0.plusSeconds(1));

        denied.set(true);
        assertThat(s.poll(T0.plusSeconds(2))).isEmpty();
        assertThat(s.poll(T0.plusSeconds(3))).isEmpty();
        denied.set(false);
        f.energy("intel-rapl:0", 4_000_000);

        assertThat(s.poll(T0.plusSeconds(4))).containsExactly(interval(T0.plusSeconds(1), T0.plusSeconds(4),
                Component.cpuPackage(0), 3.0, "rapl-powercap intel-rapl:0"));
        assertThat(s.warnings()).containsExactly("cannot read RAPL counter " + f.file("intel-rapl:0", "energy_uj")
                + " (permission denied): readings skipped from 2024-06-01T12:00:01Z; the next good reading covers the gap");
    }

    @Test
    void aCounterUnreadableForThirtySecondsStopsTheSourceWithAMessageNamingTheFile() throws IOException {
        FakePowercap f = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 0, INTEL_RANGE);
        AtomicBoolean denied = new AtomicBoolean();
        RaplEnergySource s = reserved(f.powercap(file -> {
            if (denied.get() && file.endsWith("energy_uj")) throw new AccessDeniedException(file.toString());
            return Files.readString(file);
        }), false);
        f.energy("intel-rapl:0", 1_000_000);
        s.poll(T0.plusSeconds(1));

        denied.set(true);
        assertThat(s.poll(T0.plusSeconds(2))).isEmpty();
        assertThatThrownBy(() -> s.poll(T0.plusSeconds(32))).isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read RAPL counter " + f.file("intel-rapl:0", "energy_uj")
                        + " (permission denied): no RAPL energy is counted after 2024-06-01T12:00:01Z");
    }

    @Test
    void counterFileGoneForGoodIsReportedToo() throws IOException {
        FakePowercap f = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 0, INTEL_RANGE);
        RaplEnergySource s = reserved(f, false);
        Files.delete(f.file("intel-rapl:0", "energy_uj"));
        assertThat(s.poll(T0.plusSeconds(1))).isEmpty();
        assertThatThrownBy(() -> s.poll(T0.plusSeconds(31))).isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read RAPL counter " + f.file("intel-rapl:0", "energy_uj")
                        + " (no such file): no RAPL energy is counted after 2024-06-01T12:00:00Z");
    }

    @Test
    void sharedHostWithoutAShareIsRejected() throws IOException {
        FakePowercap f = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 0, INTEL_RANGE);
        List<RaplZone> zones = f.powercap().zones(false);
        assertThatThrownBy(() -> new RaplEnergySource(f.powercap(), zones, AttributionPolicy.SHARED_HOST, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a shared host needs the run's CPU-time share");
        assertThatThrownBy(() -> new RaplEnergySource(f.powercap(), List.of(), AttributionPolicy.RESERVED_HOST, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("RAPL source without zones");
    }

    @Test
    void maxPollIntervalIsTheShortestLapAtItsZonesPowerBound() throws IOException {
        // Intel packages at 205 W: 262143328851 µJ / 205 W = 1278.7479456 s; their DRAM zones declare no
        // limit, so 1,000 W: 262143328851 µJ / 1000 W = 262.143328851 s, the shortest.
        assertThat(reserved(twoSockets(), true).maxPollInterval()).hasValue(Duration.ofNanos(262_143_328_851L));
        assertThat(reserved(twoSockets(), false).maxPollInterval()).hasValue(Duration.ofNanos(1_278_747_945_614L));
        FakePowercap noRange = new FakePowercap(dir.resolve("other")).zone("intel-rapl:0", "package-0", 0);
        assertThat(reserved(noRange, false).maxPollInterval()).isEmpty();
    }

    @Test
    void describesItsZonesAndPolicy() throws IOException {
        RaplEnergySource s = reserved(twoSockets(), true);
        assertThat(s.name()).isEqualTo("rapl");
        assertThat(s.measuresDram()).isTrue();
        assertThat(s.describe()).isEqualTo("CPU measured: RAPL energy counters (Linux powercap) "
                + "cpu:package-0 (intel-rapl:0), dram:package-0 (intel-rapl:0:0), cpu:package-1 (intel-rapl:1), "
                + "dram:package-1 (intel-rapl:1:0), host reserved for the run");
        assertThat(reserved(twoSockets(), false).measuresDram()).isFalse();
    }
}

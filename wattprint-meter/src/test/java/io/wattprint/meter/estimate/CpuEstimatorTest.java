package io.wattprint.meter.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.estimate.CpuPowerModel;
import io.wattprint.core.estimate.CpuTdp;
import io.wattprint.core.estimate.TdpLoadCurve;
import io.wattprint.core.estimate.VcpuLinearModel;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.procfs.FakeProc;
import io.wattprint.meter.procfs.ProcessTreeTracker;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuEstimatorTest {
    private static final Instant T0 = Instant.parse("2024-06-01T12:00:00Z");
    private static final CpuTdp TDP_100 = new CpuTdp(100, "test catalog");

    @TempDir Path dir;
    private FakeProc proc;

    @BeforeEach
    void baseline() {
        // Host: 1000 busy, 9000 idle ticks. Tree: 100 + child 101, 50 ticks each.
        proc = new FakeProc(dir).stat(1000, 9000).process(100, 1, 50).process(101, 100, 50).process(200, 1, 7);
    }

    private CpuEstimator started(AttributionPolicy policy) {
        CpuEstimator e = new CpuEstimator(proc.procFs(), new ProcessTreeTracker(proc.procFs(), 100),
                new TdpLoadCurve(TDP_100), policy);
        e.start(T0);
        return e;
    }

    /** After 10 s: host +300 busy, +300 idle (u = 0.5); tree +150 ticks (half of the busy time). */
    private void tenSecondsAtHalfLoadHalfOfItOurs() {
        proc.stat(1300, 9300).process(100, 1, 100).process(101, 100, 150);
    }

    @Test
    void reservedHostIsChargedTheWholeHostPowerAtItsUtilisation() {
        CpuEstimator e = started(AttributionPolicy.RESERVED_HOST);
        tenSecondsAtHalfLoadHalfOfItOurs();

        List<EnergyInterval> out = e.poll(T0.plusSeconds(10));

        // 100 W × (0.1 + 0.9 × 0.5³) = 21.25 W, × 10 s = 212.5 J.
        assertThat(out).hasSize(1);
        EnergyInterval i = out.get(0);
        assertThat(i.energy().joules()).isCloseTo(212.5, within(1e-9));
        assertThat(i.start()).isEqualTo(T0);
        assertThat(i.end()).isEqualTo(T0.plusSeconds(10));
        assertThat(i.component()).isEqualTo(Component.CPU);
        assertThat(i.provenance()).isEqualTo(new Provenance.Estimated("cpu-tdp-load-curve tdp=100.0W"));
    }

    @Test
    void sharedHostIsChargedItsShareOfBusyCpuTime() {
        CpuEstimator e = started(AttributionPolicy.SHARED_HOST);
        tenSecondsAtHalfLoadHalfOfItOurs();

        // 21.25 W × 10 s × (150 / 300) = 106.25 J.
        assertThat(e.poll(T0.plusSeconds(10)).get(0).energy().joules()).isCloseTo(106.25, within(1e-9));
    }

    @Test
    void eachPollCoversTheTimeSinceThePreviousOne() {
        CpuEstimator reserved = started(AttributionPolicy.RESERVED_HOST);
        CpuEstimator shared = started(AttributionPolicy.SHARED_HOST);
        tenSecondsAtHalfLoadHalfOfItOurs();
        reserved.poll(T0.plusSeconds(10));
        shared.poll(T0.plusSeconds(10));

        // Next 5 s: host fully busy (+500 busy, +0 idle), tree +250 ticks.
        proc.stat(1800, 9300).process(100, 1, 200).process(101, 100, 300);
        EnergyInterval r = reserved.poll(T0.plusSeconds(15)).get(0);
        EnergyInterval s = shared.poll(T0.plusSeconds(15)).get(0);

        assertThat(r.start()).isEqualTo(T0.plusSeconds(10));
        assertThat(r.energy().joules()).isCloseTo(500, within(1e-9));    // 100 W × 5 s
        assertThat(s.energy().joules()).isCloseTo(250, within(1e-9));    // × 250 / 500
    }

    @Test
    void idleHostCostsIdlePowerWhenReservedAndNothingWhenShared() {
        CpuEstimator reserved = started(AttributionPolicy.RESERVED_HOST);
        CpuEstimator shared = started(AttributionPolicy.SHARED_HOST);
        proc.stat(1000, 9400);   // only idle ticks

        assertThat(reserved.poll(T0.plusSeconds(4)).get(0).energy().joules()).isCloseTo(40, within(1e-9)); // 10 W × 4 s
        assertThat(shared.poll(T0.plusSeconds(4)).get(0).energy().joules()).isZero();
    }

    @Test
    void treeShareIsCappedAtTheWholeHost() {
        CpuEstimator e = started(AttributionPolicy.SHARED_HOST);
        // Tree +400 ticks while the host counted only +200 busy (reads a tick apart): share 1, not 2.
        proc.stat(1200, 9000).process(100, 1, 250).process(101, 100, 250);
        assertThat(e.poll(T0.plusSeconds(2)).get(0).energy().joules()).isCloseTo(200, within(1e-9)); // u=1: 100 W × 2 s
    }

    @Test
    void pollAtOrBeforeTheLastInstantGivesNothing() {
        CpuEstimator e = started(AttributionPolicy.RESERVED_HOST);
        assertThat(e.poll(T0)).isEmpty();
        assertThat(e.poll(T0.minusSeconds(1))).isEmpty();
    }

    @Test
    void unreadableProcIsReportedAsUncheckedIoError() throws Exception {
        CpuEstimator e = started(AttributionPolicy.RESERVED_HOST);
        Files.delete(dir.resolve("stat"));
        assertThatThrownBy(() -> e.poll(T0.plusSeconds(1))).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void describesModelTdpAndPolicy() {
        assertThat(started(AttributionPolicy.RESERVED_HOST).describe()).isEqualTo(
                "CPU estimated: P = TDP × (0.1 + 0.9 × u³), TDP 100.0 W (test catalog), u = host busy share from /proc/stat, host reserved for the run");
        assertThat(started(AttributionPolicy.SHARED_HOST).describe()).isEqualTo(
                "CPU estimated: P = TDP × (0.1 + 0.9 × u³), TDP 100.0 W (test catalog), u = host busy share from /proc/stat, × the run's share of busy CPU time");
        assertThat(started(AttributionPolicy.SHARED_HOST).name()).isEqualTo("cpu-estimator");
    }

    @Test
    void vcpuModelGivesTheHostItsLineAndNamesItInTheProvenance() {
        // AWS fallback, 2 vCPUs, u = 0.5: 2 × (0.74 + 0.5 × 2.76) = 4.24 W, × 10 s = 42.4 J; shared: × 150 / 300.
        CpuPowerModel aws = new VcpuLinearModel(VcpuLinearModel.AWS, 2);
        CpuEstimator reserved = new CpuEstimator(proc.procFs(), new ProcessTreeTracker(proc.procFs(), 100), aws,
                AttributionPolicy.RESERVED_HOST);
        CpuEstimator shared = new CpuEstimator(proc.procFs(), new ProcessTreeTracker(proc.procFs(), 100), aws,
                AttributionPolicy.SHARED_HOST);
        reserved.start(T0);
        shared.start(T0);
        tenSecondsAtHalfLoadHalfOfItOurs();

        EnergyInterval r = reserved.poll(T0.plusSeconds(10)).get(0);
        assertThat(r.energy().joules()).isCloseTo(42.4, within(1e-9));
        assertThat(r.provenance()).isEqualTo(new Provenance.Estimated("ccf-vcpu-linear min=0.74W max=3.5W vcpus=2"));
        assertThat(shared.poll(T0.plusSeconds(10)).get(0).energy().joules()).isCloseTo(21.2, within(1e-9));
        assertThat(reserved.model()).isEqualTo(aws);
        assertThat(reserved.describe()).isEqualTo("CPU estimated: P = vCPUs × (min + u × (max − min)), Cloud Carbon Footprint's"
                + " per-vCPU coefficients for the AWS fleet average (0.74–3.50 W per vCPU; Cloud Carbon Footprint, AWS average"
                + " of its microarchitectures), 2 vCPUs, u = host busy share from /proc/stat, host reserved for the run");
    }
}

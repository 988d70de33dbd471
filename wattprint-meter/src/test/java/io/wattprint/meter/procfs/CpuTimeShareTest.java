package io.wattprint.meter.procfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.meter.AttributionPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuTimeShareTest {
    private static final Instant T0 = Instant.parse("2024-06-01T12:00:00Z");

    @TempDir Path dir;

    private CpuTimeShare started(FakeProc proc) throws IOException {
        CpuTimeShare s = new CpuTimeShare(proc.procFs(), new ProcessTreeTracker(proc.procFs(), 100));
        s.start(T0);
        return s;
    }

    @Test
    void utilisationAndTreeShareAreDeltasSinceThePreviousStep() throws IOException {
        FakeProc proc = new FakeProc(dir).stat(1000, 9000).process(100, 1, 50).process(101, 100, 50);
        CpuTimeShare s = started(proc);

        // +300 busy, +100 idle: u = 300 / 400 = 0.75. Tree +60 ticks: 60 / 300 = 0.2.
        proc.stat(1300, 9100).process(100, 1, 80).process(101, 100, 80);
        assertThat(s.advance(T0.plusSeconds(4))).isEqualTo(new CpuTimeShare.Step(0.75, 0.2));

        // +100 busy, +0 idle: u = 1. Tree +100 ticks: 1.
        proc.stat(1400, 9100).process(100, 1, 130).process(101, 100, 130);
        assertThat(s.advance(T0.plusSeconds(5))).isEqualTo(new CpuTimeShare.Step(1.0, 1.0));
    }

    @Test
    void chargedShareIsOneWhenReservedAndTheTreeShareWhenShared() {
        CpuTimeShare.Step step = new CpuTimeShare.Step(0.5, 0.25);
        assertThat(step.charged(AttributionPolicy.RESERVED_HOST)).isEqualTo(1.0);
        assertThat(step.charged(AttributionPolicy.SHARED_HOST)).isEqualTo(0.25);
    }

    @Test
    void idleHostGivesZeroNotADivisionByZero() throws IOException {
        FakeProc proc = new FakeProc(dir).stat(1000, 9000).process(100, 1, 50);
        CpuTimeShare s = started(proc);
        assertThat(s.advance(T0.plusSeconds(1))).isEqualTo(new CpuTimeShare.Step(0, 0));
    }

    @Test
    void aFailedReadLeavesTheBaselineWhereItWas() throws IOException {
        FakeProc proc = new FakeProc(dir).stat(1000, 9000).process(100, 1, 50);
        CpuTimeShare s = started(proc);
        Files.delete(dir.resolve("stat"));
        assertThatThrownBy(() -> s.advance(T0.plusSeconds(1))).isInstanceOf(IOException.class);

        // Measured from the start baseline: +200 busy, +200 idle; tree +100.
        proc.stat(1200, 9200).process(100, 1, 150);
        assertThat(s.advance(T0.plusSeconds(2))).isEqualTo(new CpuTimeShare.Step(0.5, 0.5));
    }
}

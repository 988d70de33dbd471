package io.wattprint.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.quantity.Energy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageTest {
    private static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");

    private static EnergyInterval x(String component, long fromMin, long toMin) {
        return new EnergyInterval(T0.plusSeconds(60 * fromMin), T0.plusSeconds(60 * toMin), Component.parse(component),
                Energy.ofJoules(1), new Provenance.MeasuredCounter("test"));
    }

    @Test
    void gpuHoursSumTheTimeEachGpuIsCovered() {
        // gpu:0 for 60 min, gpu:1 for 30 min → 1.5 GPU-hours.
        Usage u = Usage.of(List.of(x("gpu:0", 0, 30), x("gpu:0", 30, 60), x("gpu:1", 0, 30)), Duration.ofHours(1), 0);

        assertThat(u.gpuHours()).isEqualTo(1.5);
        assertThat(Usage.gpuCount(List.of(x("gpu:0", 0, 30), x("gpu:0", 30, 60), x("gpu:1", 0, 30)))).isEqualTo(2);
    }

    @Test
    void overlappingIntervalsOfOneComponentAreCountedOnce() {
        // gpu:0 [0, 40) and [20, 60) cover 60 min, not 80.
        assertThat(Usage.of(List.of(x("gpu:0", 0, 40), x("gpu:0", 20, 60)), null, 0).gpuHours()).isEqualTo(1);
    }

    @Test
    void cpuHoursAreTheTimeAnyCpuIntervalCoversOrTheDurationWithoutOne() {
        // Two packages over the same 30 min are the host's CPU once: 0.5 h. A GPU-only run: its duration, 2 h.
        assertThat(Usage.of(List.of(x("cpu:package-0", 0, 30), x("cpu:package-1", 0, 30)), Duration.ofHours(2), 0).cpuHours())
                .isEqualTo(0.5);
        assertThat(Usage.of(List.of(x("gpu:0", 0, 30)), Duration.ofHours(2), 0).cpuHours()).isEqualTo(2);
    }

    @Test
    void requestsAreKeptAsGiven() {
        assertThat(Usage.of(List.of(), null, 1200).of(Measure.REQUESTS)).isEqualTo(1200);
    }
}

package io.wattprint.core.facility;

import io.wattprint.core.model.Period;
import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.quantity.Energy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunUsageTest {
    private static final Provenance NVML = new Provenance.MeasuredCounter("nvml-total-energy");

    private static EnergyInterval x(String start, int minutes, Component c, double kwh) {
        Instant s = Instant.parse(start);
        return new EnergyInterval(s, s.plus(Duration.ofMinutes(minutes)), c, Energy.ofKilowattHours(kwh), NVML);
    }

    @Test
    void gpuHoursAddUpOverDevicesAndEnergyOverComponents() {
        List<EnergyInterval> xs = List.of(
                x("2026-10-10T10:00:00Z", 60, Component.gpu("0"), 0.7),
                x("2026-10-10T10:00:00Z", 60, Component.gpu("1"), 0.6),
                x("2026-10-10T10:00:00Z", 60, Component.cpuPackage(0), 0.2),
                x("2026-10-10T10:00:00Z", 60, Component.DRAM, 0.05));

        RunUsage u = RunUsage.fromIntervals("r1", "search/bert", xs, Period.parse("2026-10"));

        assertThat(u.acceleratorHours()).isEqualTo(2.0);
        assertThat(u.cpuHours()).isEqualTo(1.0);
        assertThat(u.itEnergy().kilowattHours()).isCloseTo(1.55, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void onlyIntervalsStartingInsideTheWindowCountAndTimeIsCutAtItsEnd() {
        List<EnergyInterval> xs = List.of(
                x("2026-09-30T23:00:00Z", 60, Component.gpu("0"), 1.0),   // September: left out
                x("2026-10-31T23:30:00Z", 60, Component.gpu("0"), 2.0));  // starts in October, half of it after

        RunUsage u = RunUsage.fromIntervals("r1", "x", xs, Period.parse("2026-10"));

        assertThat(u.itEnergy().kilowattHours()).isEqualTo(2.0);
        assertThat(u.acceleratorTime()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void overlappingIntervalsOfOneComponentCountTheirTimeOnce() {
        List<EnergyInterval> xs = List.of(
                x("2026-10-10T10:00:00Z", 60, Component.CPU, 0.1),
                new EnergyInterval(Instant.parse("2026-10-10T10:30:00Z"), Instant.parse("2026-10-10T11:30:00Z"), Component.CPU,
                        Energy.ofKilowattHours(0.1), new Provenance.Estimated("cpu-tdp-load-curve")));

        assertThat(RunUsage.fromIntervals("r1", "x", xs, Period.parse("2026-10")).cpuTime()).isEqualTo(Duration.ofMinutes(90));
    }
}

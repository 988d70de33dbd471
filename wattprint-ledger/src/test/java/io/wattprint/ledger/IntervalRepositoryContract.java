package io.wattprint.ledger;

import static io.wattprint.ledger.Fixtures.T0;
import static io.wattprint.ledger.Fixtures.interval;
import static io.wattprint.ledger.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Run;
import io.wattprint.core.quantity.Energy;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every ledger database must do with the energy intervals of runs; the same cases run on SQLite and PostgreSQL. */
abstract class IntervalRepositoryContract extends LedgerContract {
    @Test
    void reSentIntervalsAreIgnoredAndReadBackInOrder() {
        runs.insertRun(run("run-1", T0));
        Component gpu = Component.gpu("0");
        List<EnergyInterval> batch = List.of(interval(gpu, 1, 10), interval(Component.CPU, 0, 5), interval(gpu, 0, 9));

        assertThat(intervals.append("run-1", batch)).isEqualTo(3);
        assertThat(intervals.append("run-1", batch)).isZero();
        assertThat(intervals.append("run-1", List.of(interval(gpu, 1, 999), interval(gpu, 2, 11)))).isEqualTo(1);

        assertThat(intervals.ofRun("run-1")).containsExactly(
                interval(Component.CPU, 0, 5), interval(gpu, 0, 9), interval(gpu, 1, 10), interval(gpu, 2, 11));
        assertThat(intervals.append("run-1", List.of())).isZero();
    }

    @Test
    void aRepeatWithinOneBatchIsIgnoredTooTheFirstOneWins() {
        runs.insertRun(run("run-1", T0));
        runs.insertRun(run("run-2", T0));
        Component gpu = Component.gpu("0");

        assertThat(intervals.append("run-1", List.of(interval(gpu, 0, 9), interval(gpu, 1, 10), interval(gpu, 0, 99)))).isEqualTo(2);
        assertThat(intervals.append("run-2", List.of(interval(gpu, 0, 7)))).isEqualTo(1);

        assertThat(intervals.ofRun("run-1")).containsExactly(interval(gpu, 0, 9), interval(gpu, 1, 10));
        assertThat(intervals.ofRun("run-2")).containsExactly(interval(gpu, 0, 7));
    }

    @Test
    void hourlyIntervalsSumEachComponentAndProvenancePerUtcHour() {
        Run run = Fixtures.run("h1", Fixtures.T0);
        runs.insertRun(run);
        java.time.Instant h = java.time.Instant.parse("2026-11-23T10:59:58Z");
        var m = new io.wattprint.core.model.Provenance.MeasuredCounter("nvml");
        var e = new io.wattprint.core.model.Provenance.Estimated("cpu-model");
        intervals.append(run.id(), List.of(
                new EnergyInterval(h, h.plusSeconds(1), Component.gpu("0"), Energy.ofJoules(1.5), m),
                new EnergyInterval(h.plusSeconds(1), h.plusSeconds(2), Component.gpu("0"), Energy.ofJoules(2.5), m),
                new EnergyInterval(h.plusSeconds(2), h.plusSeconds(3), Component.gpu("0"), Energy.ofJoules(4), m),   // next hour
                new EnergyInterval(h, h.plusSeconds(2), Component.CPU, Energy.ofJoules(8), e)));

        assertThat(intervals.hourly(run.id())).containsExactly(
                new EnergyInterval(h, h.plusSeconds(2), Component.CPU, Energy.ofJoules(8), e),
                new EnergyInterval(h, h.plusSeconds(2), Component.gpu("0"), Energy.ofJoules(4), m),
                new EnergyInterval(h.plusSeconds(2), h.plusSeconds(3), Component.gpu("0"), Energy.ofJoules(4), m));
        assertThat(intervals.count(run.id())).isEqualTo(4);
    }

    @Test
    void intervalsOfAnUnknownRunAreRefused() {
        assertThatThrownBy(() -> intervals.append("ghost", List.of(interval(Component.CPU, 0, 1))))
                .isInstanceOf(LedgerException.class).hasMessageStartingWith("no run ghost in ledger ");
    }

    @Test
    void energyDoublesRoundTripExactly() {
        runs.insertRun(run("run-1", T0));
        double awkward = 0.1 + 0.2;
        double tiny = Double.MIN_VALUE;
        double huge = 1.7976931348623157e300;

        intervals.append("run-1", List.of(interval(Component.CPU, 0, awkward), interval(Component.DRAM, 0, tiny),
                interval(Component.OTHER, 0, huge)));

        assertThat(intervals.ofRun("run-1")).extracting(x -> x.energy().joules())
                .containsExactly(awkward, tiny, huge);
        assertThat(awkward).isNotEqualTo(0.3);
    }
}

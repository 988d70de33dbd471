package io.wattprint.cli.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.RunMarker;
import io.wattprint.core.quantity.Energy;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private static EnergyInterval at(int from, int to, double j) {
        return new EnergyInterval(T0.plusSeconds(from), T0.plusSeconds(to), Component.CPU, Energy.ofJoules(j),
                new Provenance.Estimated("m"));
    }

    @Test
    void energyIsSummedBetweenConsecutiveMarkers() {
        List<RunMarker> markers = List.of(RunMarker.mark(T0.plusSeconds(2), "epoch", 1), RunMarker.mark(T0.plusSeconds(5), "epoch", 2));
        List<EnergyInterval> xs = List.of(at(0, 1, 1), at(1, 2, 2), at(2, 3, 4), at(3, 5, 8), at(5, 6, 16));

        List<Segment> s = Segment.split(T0, markers, xs);

        assertThat(s).extracting(seg -> seg.energy().joules()).containsExactly(3.0, 12.0);
        assertThat(s.get(1).from()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void noMarkersNoSegments() {
        assertThat(Segment.split(T0, List.of(), List.of(at(0, 1, 1)))).isEmpty();
    }
}

package io.wattprint.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.quantity.Energy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EnergyIntervalTest {
    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    private static final Provenance EST = new Provenance.Estimated("m");

    @Test
    void durationAndMidpoint() {
        EnergyInterval i = new EnergyInterval(T0, T0.plusSeconds(3601), Component.CPU, Energy.ofJoules(5), EST);
        assertThat(i.duration()).isEqualTo(Duration.ofSeconds(3601));
        assertThat(i.midpoint()).isEqualTo(Instant.parse("2024-03-01T10:30:00.500Z"));
    }

    @Test
    void emptyIntervalIsAllowed() {
        EnergyInterval i = new EnergyInterval(T0, T0, Component.CPU, Energy.ZERO, EST);
        assertThat(i.duration()).isZero();
        assertThat(i.midpoint()).isEqualTo(T0);
    }

    @Test
    void endBeforeStartIsRejected() {
        assertThatThrownBy(() -> new EnergyInterval(T0, T0.minusMillis(1), Component.CPU, Energy.ZERO, EST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interval end 2024-03-01T09:59:59.999Z is before its start 2024-03-01T10:00:00Z");
    }

    @Test
    void everyFieldIsRequired() {
        assertThatThrownBy(() -> new EnergyInterval(null, T0, Component.CPU, Energy.ZERO, EST)).hasMessage("start");
        assertThatThrownBy(() -> new EnergyInterval(T0, null, Component.CPU, Energy.ZERO, EST)).hasMessage("end");
        assertThatThrownBy(() -> new EnergyInterval(T0, T0, null, Energy.ZERO, EST)).hasMessage("component");
        assertThatThrownBy(() -> new EnergyInterval(T0, T0, Component.CPU, null, EST)).hasMessage("energy");
        assertThatThrownBy(() -> new EnergyInterval(T0, T0, Component.CPU, Energy.ZERO, null)).hasMessage("provenance");
    }
}

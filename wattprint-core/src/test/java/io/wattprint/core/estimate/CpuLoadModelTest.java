package io.wattprint.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.quantity.Power;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CpuLoadModelTest {

    @ParameterizedTest(name = "TDP {0} W, u={1} -> {2} W")
    @CsvSource({
            // DOMAIN.md §1, CodeCarbon oracle: TDP 100 W → u=0: 10 W, u=0.5: 21.25 W, u=1: 100 W.
            "100, 0,    10",
            "100, 0.5,  21.25",
            "100, 1,    100",
            "200, 0.5,  42.5",
            "280, 0,    28",
    })
    void followsTheCodeCarbonLoadCurve(double tdp, double u, double watts) {
        assertThat(CpuLoadModel.power(tdp, u).watts()).isCloseTo(watts, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.0001, 1.0001, -1, 100, Double.NaN})
    void utilisationOutsideZeroToOneIsRejected(double u) {
        assertThatThrownBy(() -> CpuLoadModel.power(100, u)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("utilisation must be in 0..1, got " + u);
    }

    static Stream<Long> seeds() { return LongStream.range(0, 20).boxed(); }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void powerRisesWithUtilisationBetweenIdleAndTdp(long seed) {
        Random r = new Random(seed);
        double tdp = 1 + r.nextDouble() * 400;
        double a = r.nextDouble(), b = r.nextDouble();
        Power low = CpuLoadModel.power(tdp, Math.min(a, b));
        Power high = CpuLoadModel.power(tdp, Math.max(a, b));
        assertThat(low.watts()).isBetween(tdp * 0.1 - 1e-9, high.watts());
        assertThat(high.watts()).isLessThanOrEqualTo(tdp + 1e-9);
    }

    @Test
    void unknownCpuFallbackIsFourWattsPerThread() {
        assertThat(CpuLoadModel.fallbackTdp(8)).isEqualTo(32);
        assertThat(CpuLoadModel.fallbackTdp(1)).isEqualTo(4);
    }
}

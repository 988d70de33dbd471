package io.wattprint.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemoryModelTest {

    @ParameterizedTest(name = "{0} bytes -> {1} W")
    @CsvSource({
            // Green Algorithms, DOMAIN.md §1: 0.3725 W per GB, GB = 2^30 bytes here.
            "0,            0",
            "1073741824,   0.3725",
            "17179869184,  5.96",
            "68719476736,  23.84",
            "536870912,    0.18625",
            "1000000000,   0.34691765904426575",
    })
    void isZeroPointThreeSevenTwoFiveWattsPerGibibyte(long bytes, double watts) {
        assertThat(MemoryModel.power(bytes).watts()).isCloseTo(watts, within(1e-12));
    }
}

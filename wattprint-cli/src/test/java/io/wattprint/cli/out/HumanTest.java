package io.wattprint.cli.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HumanTest {
    @ParameterizedTest
    @CsvSource({
        "0, 0 Wh",
        "0.000011669, 0.01167 Wh",
        "0.5, 500 Wh",
        "1.5, 1.5 kWh",
        "999.96, 1000 kWh",
        "1287000, 1287 MWh"
    })
    void energyInASuitableUnitWithFourSignificantDigits(double kwh, String expected) {
        assertThat(Human.energy(Energy.ofKilowattHours(kwh))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "0.000654, 0.654 mg",
        "75, 75 g",
        "1500, 1.5 kg",
        "552000000, 552 t"
    })
    void co2eInASuitableUnitWithFourSignificantDigits(double grams, String expected) {
        assertThat(Human.co2e(Co2e.ofGrams(grams))).isEqualTo(expected);
    }
}

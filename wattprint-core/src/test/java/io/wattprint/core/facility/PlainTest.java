package io.wattprint.core.facility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTest {
    @Test
    void kwhAboveOneKeepsTheWattHourAndBelowOneFourSignificantDigits() {
        assertThat(Plain.kwh(10_000)).isEqualTo("10000 kWh");
        assertThat(Plain.kwh(1_234.56789)).isEqualTo("1234.568 kWh");
        assertThat(Plain.kwh(-1_000)).isEqualTo("-1000 kWh");
        assertThat(Plain.kwh(0.5)).isEqualTo("0.5 kWh");
        assertThat(Plain.kwh(0.0000799123)).isEqualTo("0.00007991 kWh");
        assertThat(Plain.kwh(-0.00003003)).isEqualTo("-0.00003003 kWh");
        assertThat(Plain.kwh(0)).isEqualTo("0 kWh");
    }
}

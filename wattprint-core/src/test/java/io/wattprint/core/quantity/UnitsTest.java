package io.wattprint.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest(name = "{0} to {1} decimals = {2}")
    @CsvSource({
            "2.5,       0, 3",
            "3.5,       0, 4",
            "-2.5,      0, -3",
            "0.125,     2, 0.13",
            "2.675,     2, 2.68",
            "1.0005,    3, 1.001",
            "21.25,     3, 21.250",
            "0.0000005, 6, 0.000001",
            "1e-7,      9, 0.000000100",
            "1234567.891, 1, 1234567.9",
    })
    void roundsHalfUpAtTheDecimalShown(double value, int decimals, String expected) {
        assertThat(Units.format(value, decimals)).isEqualTo(expected);
        assertThat(Units.round(value, decimals)).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void neverUsesScientificNotation() {
        assertThat(Units.format(1e12, 0)).isEqualTo("1000000000000");
        assertThat(Units.format(1.5e-10, 10)).isEqualTo("0.0000000002");
    }

    @Test
    void aNonZeroValueNeverPrintsAsZero() {
        // 0.0000004 rounds to 0.000000 at 6 decimals: the figure shows its first 3 significant digits instead.
        assertThat(Units.round(0.0000004, 6)).isEqualTo(new BigDecimal("0.000000"));
        assertThat(Units.format(0.0000004, 6)).isEqualTo("0.0000004");
        // facility show of a 0.00005 kWh reading, at 3 decimals
        assertThat(Units.format(0.00005, 3)).isEqualTo("0.00005");
        assertThat(Units.plain(0.00005, 3)).isEqualTo("0.00005");
        assertThat(Units.plain(2.6912e-7, 6)).isEqualTo("0.000000269");
        assertThat(Units.plain(-0.0000123456, 3)).isEqualTo("-0.0000123");
    }

    @Test
    void plainDropsTrailingZerosAndZeroIsZero() {
        assertThat(Units.plain(2.5, 3)).isEqualTo("2.5");
        assertThat(Units.plain(700, 0)).isEqualTo("700");
        assertThat(Units.plain(0, 3)).isEqualTo("0");
        assertThat(Units.plain(-0.0, 3)).isEqualTo("0");
        assertThat(Units.format(0, 3)).isEqualTo("0.000");
    }

    @Test
    void nanCannotBeFormatted() {
        assertThatThrownBy(() -> Units.format(Double.NaN, 2)).isInstanceOf(NumberFormatException.class);
    }
}

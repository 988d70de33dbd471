package io.wattprint.core.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {

    @ParameterizedTest(name = "{0} to {1} decimals = {2}")
    @CsvSource({
            "2.5,       0, 3",
            "3.5,       0, 4",
            "-2.5,      0, -3",
            "0.125,     2, 0.13",
            "2.675,     2, 2.68",    // 2.67499999… in binary: the decimal a person reads is rounded
            "-2.675,    2, -2.68",
            "1.0005,    3, 1.001",
            "21.25,     3, 21.250",
            "0.0000005, 6, 0.000001",
            "1e-7,      9, 0.000000100",
            "1234567.891, 1, 1234567.9",
    })
    void roundsHalfUpAtTheDecimalShown(double value, int decimals, String expected) {
        assertThat(Figures.format(value, decimals)).isEqualTo(expected);
        assertThat(Figures.round(value, decimals)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0} at {1} significant digits = {2}")
    @CsvSource({
            "1.0005,     4, 1.001",  // new BigDecimal(1.0005) is 1.000499…: it printed 1 in the CLI's Human
            "1234.5,     3, 1235",   // integer digits are never dropped
            "12345.6,    4, 12346",
            "0.012345,   3, 0.0123",
            "1,          3, 1.00",
            "9.995,      3, 10.0",   // the carry into a new digit keeps three digits
            "0,          3, 0.00",
            "-0.00026789, 2, -0.00027",
    })
    void significantDigitsKeepTheIntegerDigits(double value, int sig, String expected) {
        assertThat(Figures.significant(value, sig)).isEqualTo(new BigDecimal(expected));
        assertThat(Figures.significant(new BigDecimal(Double.toString(value)), sig)).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void plainSignificantDropsTrailingZeros() {
        assertThat(Figures.plainSignificant(1.0005, 4)).isEqualTo("1.001");
        assertThat(Figures.plainSignificant(1, 4)).isEqualTo("1");
        assertThat(Figures.plainSignificant(1200, 2)).isEqualTo("1200");
        assertThat(Figures.plainSignificant(0.0000799123, 4)).isEqualTo("0.00007991");
        assertThat(Figures.plainSignificant(0, 4)).isEqualTo("0");
    }

    @Test
    void neverUsesScientificNotation() {
        assertThat(Figures.format(1e12, 0)).isEqualTo("1000000000000");
        assertThat(Figures.format(1.5e-10, 10)).isEqualTo("0.0000000002");
        assertThat(Figures.shortest(1e21)).isEqualTo("1000000000000000000000");
        assertThat(Figures.shortest(0.1)).isEqualTo("0.1");
        assertThat(Figures.shortest(700.0)).isEqualTo("700");
        assertThat(Figures.plain(1e3, 2)).isEqualTo("1000");
    }

    @Test
    void aNonZeroValueNeverPrintsAsZero() {
        // 0.0000004 rounds to 0.000000 at 6 decimals: the figure shows its first 3 significant digits instead.
        assertThat(Figures.round(0.0000004, 6)).isEqualTo(new BigDecimal("0.000000"));
        assertThat(Figures.format(0.0000004, 6)).isEqualTo("0.0000004");
        assertThat(Figures.format(0.00005, 3)).isEqualTo("0.00005");
        assertThat(Figures.plain(0.00005, 3)).isEqualTo("0.00005");
        assertThat(Figures.plain(2.6912e-7, 6)).isEqualTo("0.000000269");
        assertThat(Figures.plain(-0.0000123456, 3)).isEqualTo("-0.0000123");
        assertThat(Figures.text(0.0004, 3)).isEqualTo("0.0004");
        // a part of a total that the largest-remainder rule left at 0
        assertThat(Figures.text(new BigDecimal("0.00041234"), new BigDecimal("0.000"))).isEqualTo("0.000412");
        assertThat(Figures.text(BigDecimal.ZERO, new BigDecimal("0.000"))).isEqualTo("0.000");
        assertThat(Figures.text(new BigDecimal("1234.0004"), new BigDecimal("1234.001"))).isEqualTo("1,234.001");
    }

    @Test
    void plainDropsTrailingZerosAndZeroIsZero() {
        assertThat(Figures.plain(2.5, 3)).isEqualTo("2.5");
        assertThat(Figures.plain(700, 0)).isEqualTo("700");
        assertThat(Figures.plain(0, 3)).isEqualTo("0");
        assertThat(Figures.plain(-0.0, 3)).isEqualTo("0");
        assertThat(Figures.format(0, 3)).isEqualTo("0.000");
        assertThat(Figures.format(-0.0, 3)).isEqualTo("0.000");
    }

    @Test
    void textGroupsThousandsAndKeepsTheScale() {
        assertThat(Figures.text(new BigDecimal("1234567.890"))).isEqualTo("1,234,567.890");
        assertThat(Figures.text(new BigDecimal("-1234567"))).isEqualTo("-1,234,567");
        assertThat(Figures.text(new BigDecimal("123456"))).isEqualTo("123,456");
        assertThat(Figures.text(new BigDecimal("12"))).isEqualTo("12");
        assertThat(Figures.text(Figures.round(-0.0001, 2))).isEqualTo("0.00");
        assertThat(Figures.text(1234.5678, 2)).isEqualTo("1,234.57");
        assertThat(Figures.percent(0.4567, 1)).isEqualTo("45.7 %");
        assertThat(Figures.percent(0.285, 0)).isEqualTo("29 %"); // 0.285 × 100 is 28.499999… as a double
        assertThat(Figures.significantText(1234.5, 3)).isEqualTo("1,235");
        assertThat(Figures.plainPercent(0.8, 2)).isEqualTo("80 %");
        assertThat(Figures.plainPercent(0.12345, 2)).isEqualTo("12.35 %");
        assertThat(Figures.plainPercent(0.0000001, 2)).isEqualTo("0.00001 %");
    }

    @Test
    void factorsPrintWithTwoDecimals() {
        assertThat(Figures.factor(380.95)).isEqualTo("380.95");
        assertThat(Figures.factor(56)).isEqualTo("56.00");
        assertThat(Figures.factor(380.955)).isEqualTo("380.96");
    }

    @Test
    void refusesWhatIsNotAFigure() {
        assertThatThrownBy(() -> Figures.round(Double.NaN, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Figures.format(Double.POSITIVE_INFINITY, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Figures.significant(1.0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scientificKeepsTheDigitsGiven() {
        assertThat(Scientific.text(new BigDecimal("3.14e23"), 2, 4)).isEqualTo("3.14 × 10²³");
        assertThat(Scientific.text(new BigDecimal("3e23"), 2, 4)).isEqualTo("3.0 × 10²³");
        assertThat(Scientific.text(new BigDecimal("1234"), 2, 4)).isEqualTo("1.234 × 10³");
        assertThat(Scientific.text(new BigDecimal("123456"), 2, 4)).isEqualTo("1.235 × 10⁵");
        assertThat(Scientific.value(new BigDecimal("123456"), 2, 4)).isEqualByComparingTo("123500");
        assertThatThrownBy(() -> Scientific.value(BigDecimal.ZERO, 2, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decimalsKeepThreeSignificantDigitsOfTheSmallestNonZeroFigure() {
        List<BigDecimal> figures = List.of(new BigDecimal("12.5"), new BigDecimal("-0.0000026"), BigDecimal.ZERO);
        // the leading digit of 0.0000026 is at 10^-6: three digits need 8 decimals (0.00000260)
        assertThat(Figures.decimalsFor(figures, 3, 3, 12)).isEqualTo(8);
        assertThat(Figures.decimalsFor(List.of(new BigDecimal("12.5")), 3, 3, 12)).isEqualTo(3);
        assertThat(Figures.decimalsFor(List.of(new BigDecimal("1e-20")), 3, 3, 12)).isEqualTo(12);
        assertThat(Figures.decimalsFor(List.of(BigDecimal.ZERO), 3, 3, 12)).isEqualTo(3);
        assertThat(Figures.decimalsFor(List.of(new BigDecimal("0.00999")), 3, 3, 12)).isEqualTo(5);
    }

    @Test
    void aPartShownInPlainNotationKeepsItsScaleOrItsDigits() {
        assertThat(Figures.format(new BigDecimal("0.00041234"), new BigDecimal("0.000"))).isEqualTo("0.000412");
        assertThat(Figures.format(new BigDecimal("1234.0004"), new BigDecimal("1234.001"))).isEqualTo("1234.001");
        assertThat(Figures.format(BigDecimal.ZERO, new BigDecimal("0.000"))).isEqualTo("0.000");
        assertThat(Figures.shortest(new BigDecimal("2.500"))).isEqualTo("2.5");
        assertThat(Figures.shortest(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(Figures.shortest(new BigDecimal("1200.00"))).isEqualTo("1200");
    }

    /** 450 J at 50 g/kWh = 0.000125 kWh × 50 g = 0.00625 g = 6.25E-9 t: shown 0.000 at 3 decimals, printed with 11. */
    @Test
    void aFactOfALaptopRunStatesTheElevenDecimalsItPrints() {
        Fact f = Fact.rounded(new BigDecimal("6.25E-9"), 3);

        assertThat(f.text()).isEqualTo("0.00000000625");
        assertThat(f.decimals()).isEqualTo(11);
        assertThat(Fact.rounded(new BigDecimal("1234.5678"), 3).decimals()).isEqualTo(3);
        assertThat(Fact.rounded(new BigDecimal("1234.5678"), 0).text()).isEqualTo("1,235");
        assertThat(Fact.rounded(BigDecimal.ZERO.setScale(3), 3).decimals()).isEqualTo(3);
    }

    /** A JSON fact states the exact value, padded with zeros to the decimals printed, never rounded: 200 → 200.000. */
    @Test
    void aFactStatesItsExactValueWithThePrintedDecimals() {
        assertThat(Fact.rounded(new BigDecimal("6.25E-9"), 3).stated().toPlainString()).isEqualTo("0.00000000625");
        assertThat(Fact.rounded(new BigDecimal("200"), 3).stated().toPlainString()).isEqualTo("200.000");
        assertThat(Fact.rounded(new BigDecimal("1E+3"), 3).stated().toPlainString()).isEqualTo("1000.000");
        assertThat(Fact.rounded(new BigDecimal("1000.0001"), 3).stated().toPlainString()).isEqualTo("1000.0001");
        assertThat(Fact.rounded(new BigDecimal("0.5600"), 3).stated().toPlainString()).isEqualTo("0.560");
        assertThat(Fact.rounded(BigDecimal.ZERO, 3).stated().toPlainString()).isEqualTo("0.000");
    }
}

package io.wattprint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {
    @Test
    void roundsHalfUpOnTheDecimalNotTheBinaryValue() {
        // 2.675 is 2.67499999... in binary; the report rounds the decimal a person reads.
        assertThat(Figures.round(2.675, 2)).isEqualByComparingTo("2.68");
        assertThat(Figures.round(-2.675, 2)).isEqualByComparingTo("-2.68");
        assertThat(Figures.round(0.0004, 3)).isEqualByComparingTo("0.000");
    }

    @Test
    void totalIsTheSumOfTheRoundedParts() {
        // 0.3333 three times: rounded parts 0.33 each, total 0.99 (not 1.00) — the parts add up to what is shown.
        List<BigDecimal> parts = List.of(Figures.round(1 / 3.0, 2), Figures.round(1 / 3.0, 2), Figures.round(1 / 3.0, 2));
        assertThat(Figures.sum(parts)).isEqualByComparingTo("0.99");
    }

    @Test
    void textGroupsThousandsAndKeepsTheScale() {
        assertThat(Figures.text(new BigDecimal("1234567.890"))).isEqualTo("1,234,567.890");
        assertThat(Figures.text(new BigDecimal("12"))).isEqualTo("12");
        assertThat(Figures.text(Figures.round(-0.0001, 2))).isEqualTo("0.00");
        assertThat(Figures.percent(0.4567, 1)).isEqualTo("45.7 %");
    }

    @Test
    void refusesNotANumber() {
        assertThatThrownBy(() -> Figures.round(Double.NaN, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}

package io.wattprint.core.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ToTotalTest {
    @Test
    void thirdsAreApportionedToAddUpToTheRoundedTotal() {
        // 1/3 three times: exact sum 0.999…9 (doubles) → total 1.00; floors 0.33 each = 0.99, one unit left,
        // equal remainders and equal values → the first part: 0.34 + 0.33 + 0.33 = 1.00.
        List<BigDecimal> parts = ToTotal.apportion(List.of(1 / 3.0, 1 / 3.0, 1 / 3.0), 2);
        assertThat(parts).containsExactly(new BigDecimal("0.34"), new BigDecimal("0.33"), new BigDecimal("0.33"));
        assertThat(ToTotal.sum(parts)).isEqualTo(new BigDecimal("1.00"));
        assertThat(ToTotal.total(List.of(1 / 3.0, 1 / 3.0, 1 / 3.0), 2)).isEqualTo(new BigDecimal("1.00"));
    }

    @Test
    void theEsrsRestSplitAddsUpToItsTotal() {
        // The shape of the ESRS E1 case: a zone's 2.3682 MWh in three parts. Rounded on their own they give
        // 0.118 + 1.610 + 0.639 = 2.367 against a total of 2.368. Floors 0.118, 1.610, 0.639 leave one unit;
        // remainders 0.00045, 0.00035, 0.00040 → it goes to the first: 0.119 + 1.610 + 0.639 = 2.368.
        List<BigDecimal> parts = ToTotal.apportion(List.of(0.11845, 1.61035, 0.6394), 3);
        assertThat(parts).containsExactly(new BigDecimal("0.119"), new BigDecimal("1.610"), new BigDecimal("0.639"));
        assertThat(ToTotal.sum(parts)).isEqualTo(new BigDecimal("2.368"));
    }

    @Test
    void tiesGoToTheLargerValueThenTheEarlierPart() {
        // 0.5 and 2.5 at 0 decimals: total round(3.0) = 3; floors 0 + 2 = 2; equal remainders 0.5 → the larger (2.5) gets it.
        assertThat(ToTotal.apportion(List.of(0.5, 2.5), 0)).containsExactly(new BigDecimal("0"), new BigDecimal("3"));
        // 0.25 ×4 at 1 decimal: total 1.0; floors 0.2 ×4 = 0.8; two units to the first two parts.
        assertThat(ToTotal.apportion(List.of(0.25, 0.25, 0.25, 0.25), 1)).containsExactly(
                new BigDecimal("0.3"), new BigDecimal("0.3"), new BigDecimal("0.2"), new BigDecimal("0.2"));
    }

    @Test
    void negativePartsRoundDownTowardMinusInfinityFirst() {
        // −0.5 + 0.25 + 0.25 = 0 → total 0; floors −1, 0, 0 = −1; one unit to the largest remainder (0.5 of −0.5): 0, 0, 0.
        assertThat(ToTotal.apportion(List.of(-0.5, 0.25, 0.25), 0)).containsExactly(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        // −1.25 ×2 = −2.50 → total −2.5 (half-up, away from zero); floors −1.3 ×2 = −2.6; one unit to the first: −1.2, −1.3.
        assertThat(ToTotal.apportion(List.of(-1.25, -1.25), 1)).containsExactly(new BigDecimal("-1.2"), new BigDecimal("-1.3"));
    }

    @Test
    void emptyAndAllZeroLists() {
        assertThat(ToTotal.apportion(List.of(), 3)).isEmpty();
        assertThat(ToTotal.total(List.of(), 3)).isEqualTo(new BigDecimal("0.000"));
        assertThat(ToTotal.apportion(List.of(0.0, 0.0), 3)).containsExactly(new BigDecimal("0.000"), new BigDecimal("0.000"));
    }

    @Test
    void aGivenTotalIsSplitOverItsExactParts() {
        // A zone printed as 10.368 elsewhere, its exact parts 8.0004 + 2.3675 = 10.3679: floors 8.000 + 2.367 = 10.367,
        // one unit to the larger remainder (0.0005 of 2.3675) → 8.000 + 2.368 = 10.368.
        assertThat(ToTotal.apportionExact(new BigDecimal("10.368"), List.of(new BigDecimal("8.0004"), new BigDecimal("2.3675")), 3))
                .containsExactly(new BigDecimal("8.000"), new BigDecimal("2.368"));
        assertThatThrownBy(() -> ToTotal.apportionExact(new BigDecimal("1.0"), List.of(), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> randomLists() {
        Random random = new Random(20260611L);
        List<Arguments> cases = new ArrayList<>();
        for (int c = 0; c < 300; c++) {
            int n = random.nextInt(12);
            int decimals = random.nextInt(5);
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double v = random.nextInt(10) == 0 ? 0.0 : (random.nextDouble() - 0.2) * Math.pow(10, random.nextInt(6));
                values.add(Math.round(v * 1e6) / 1e6);
            }
            cases.add(Arguments.of(values, decimals));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("randomLists")
    void apportionedPartsSumToTheRoundedTotalAndStayWithinOneUnit(List<Double> values, int decimals) {
        List<BigDecimal> parts = ToTotal.apportion(values, decimals);
        BigDecimal exactSum = values.stream().map(v -> new BigDecimal(Double.toString(v))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(ToTotal.sum(parts)).isEqualByComparingTo(exactSum.setScale(decimals, RoundingMode.HALF_UP));
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        for (int i = 0; i < values.size(); i++) {
            BigDecimal gap = parts.get(i).subtract(new BigDecimal(Double.toString(values.get(i)))).abs();
            assertThat(gap).as("part %d of %s", i, values).isLessThan(unit);
            assertThat(parts.get(i).scale()).isEqualTo(decimals);
        }
    }

    @Test
    void aTotalIsSplitProRataToWeights() {
        // 10.00 over weights 1:1:1 = 3.333… each: floors 3.33 ×3 = 9.99, equal remainders and weights → the first.
        assertThat(ToTotal.split(new BigDecimal("10.00"), List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)))
                .containsExactly(new BigDecimal("3.34"), new BigDecimal("3.33"), new BigDecimal("3.33"));
        // 1.0 over 1:2 = 0.333… and 0.666…: floors 0.3 + 0.6 = 0.9, remainders 0.0333 and 0.0667 → the second: 0.3, 0.7.
        assertThat(ToTotal.split(new BigDecimal("1.0"), List.of(BigDecimal.ONE, new BigDecimal("2"))))
                .containsExactly(new BigDecimal("0.3"), new BigDecimal("0.7"));
        // a zero weight gets nothing; equal remainders 0.5 → the larger weight (3 of 1.5 vs 1 of 0.5): 0 + 2, 0
        assertThat(ToTotal.split(new BigDecimal("2"), List.of(BigDecimal.ONE, new BigDecimal("3"), BigDecimal.ZERO)))
                .containsExactly(new BigDecimal("0"), new BigDecimal("2"), new BigDecimal("0"));
        // a negative total is split the same way (floors toward −∞): −1.0 over 1:1 → −0.5, −0.5
        assertThat(ToTotal.split(new BigDecimal("-1.0"), List.of(BigDecimal.ONE, BigDecimal.ONE)))
                .containsExactly(new BigDecimal("-0.5"), new BigDecimal("-0.5"));
        assertThatThrownBy(() -> ToTotal.split(BigDecimal.ONE, List.of(BigDecimal.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ToTotal.split(BigDecimal.ONE, List.of(BigDecimal.ONE, new BigDecimal("-1"), BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package io.wattprint.core.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The number rule on seeded random figures: decimal strings of up to 15 significant digits (so that the double
 * parsed from one has that string as its shortest representation) from 10⁻¹² to 10¹², positive, negative and 0.
 * The checks recompute what they expect from the string, not through {@link Figures}.
 */
class FiguresPropertyTest {

    /** A random decimal string: 1 to 15 digits, the point anywhere from 10⁻¹² to 10¹², a sign; sometimes "0". */
    static String randomDecimal(Random random) {
        if (random.nextInt(20) == 0) return "0";
        int digits = 1 + random.nextInt(15);
        StringBuilder b = new StringBuilder().append(1 + random.nextInt(9));
        for (int i = 1; i < digits; i++) b.append(random.nextInt(10));
        if (random.nextInt(4) == 0) b.append('5'); // ties at the last digit shown are common in real data
        BigDecimal v = new BigDecimal(b.toString()).movePointLeft(random.nextInt(25));
        if (v.precision() > 15) v = new BigDecimal(b.substring(0, 15)).movePointLeft(random.nextInt(25));
        return (random.nextBoolean() ? "-" : "") + v.toPlainString();
    }

    static Stream<Arguments> figures() {
        Random random = new Random(20261207L);
        List<Arguments> cases = new ArrayList<>();
        for (int c = 0; c < 400; c++) cases.add(Arguments.of(randomDecimal(random), random.nextInt(13), 1 + random.nextInt(8)));
        return cases.stream();
    }

    static Stream<Arguments> lists() {
        Random random = new Random(71202026L);
        List<Arguments> cases = new ArrayList<>();
        for (int c = 0; c < 300; c++) {
            List<String> values = new ArrayList<>();
            int n = 1 + random.nextInt(10);
            for (int i = 0; i < n; i++) values.add(randomDecimal(random));
            cases.add(Arguments.of(values, random.nextInt(7)));
        }
        return cases.stream();
    }

    private static BigDecimal parse(String printed) { return new BigDecimal(printed.replace(",", "")); }

    private static BigDecimal halfUnit(String printed) {
        return new BigDecimal("0.5").movePointLeft(Math.max(0, parse(printed).scale()));
    }

    @ParameterizedTest(name = "{0} at {1} decimals")
    @MethodSource("figures")
    void aDoubleAndTheDecimalItStandsForPrintTheSame(String decimal, int decimals, int sig) {
        double d = Double.parseDouble(decimal);
        BigDecimal b = new BigDecimal(decimal);
        assertThat(Figures.format(d, decimals)).isEqualTo(Figures.format(b, decimals));
        assertThat(Figures.plain(d, decimals)).isEqualTo(Figures.plain(b, decimals));
        assertThat(Figures.text(d, decimals)).isEqualTo(Figures.text(b, decimals));
        assertThat(Figures.plainSignificant(d, sig)).isEqualTo(Figures.plainSignificant(b, sig));
        assertThat(Figures.significant(d, sig)).isEqualTo(Figures.significant(b, sig));
    }

    @ParameterizedTest(name = "{0} at {1} decimals")
    @MethodSource("figures")
    void aNonZeroFigureNeverPrintsAsZeroAndKeepsItsSign(String decimal, int decimals, int sig) {
        BigDecimal b = new BigDecimal(decimal);
        for (String printed : List.of(Figures.format(b, decimals), Figures.plain(b, decimals), Figures.text(b, decimals),
                Figures.plainSignificant(b, sig), Figures.text(b, Figures.round(b, decimals).setScale(decimals)))) {
            assertThat(parse(printed).signum()).as(printed).isEqualTo(b.signum());
            assertThat(printed).doesNotContain("E");
        }
    }

    @ParameterizedTest(name = "{0} at {1} decimals")
    @MethodSource("figures")
    void aPrintedFigureIsWithinHalfAUnitOfItsLastDigitRoundedHalfUp(String decimal, int decimals, int sig) {
        BigDecimal b = new BigDecimal(decimal);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        String fixed = Figures.format(b, decimals);
        BigDecimal gap = parse(fixed).subtract(b).abs();
        if (b.abs().compareTo(unit.divide(BigDecimal.valueOf(2))) >= 0) {
            // at the decimals asked for: exactly that many, half a unit at most, a tie away from zero
            assertThat(parse(fixed).scale()).isEqualTo(decimals);
            assertThat(gap).isLessThanOrEqualTo(halfUnit(fixed));
            if (gap.compareTo(halfUnit(fixed)) == 0) assertThat(parse(fixed).abs()).isGreaterThan(b.abs());
        } else if (b.signum() != 0) {
            // too small for those decimals: its first three significant digits
            assertThat(parse(fixed).precision()).isLessThanOrEqualTo(Figures.FALLBACK_SIGNIFICANT);
            assertThat(gap).isLessThanOrEqualTo(halfUnit(fixed));
        }
        String significant = Figures.plainSignificant(b, sig);
        assertThat(parse(significant).subtract(b).abs()).as(significant).isLessThanOrEqualTo(halfUnit(significant));
    }

    @ParameterizedTest(name = "{0} at {1} decimals")
    @MethodSource("lists")
    void partsAddUpToTheRoundedTotalAndNoNonZeroPartPrintsAsZero(List<String> values, int decimals) {
        List<BigDecimal> exact = values.stream().map(BigDecimal::new).toList();
        List<Double> doubles = values.stream().map(Double::parseDouble).toList();
        BigDecimal exactSum = BigDecimal.ZERO;
        for (BigDecimal e : exact) exactSum = exactSum.add(e);
        BigDecimal total = ToTotal.totalOfExact(exact, decimals);
        assertThat(total).isEqualTo(Figures.round(exactSum, decimals));
        List<BigDecimal> parts = ToTotal.apportionExact(exact, decimals);
        assertThat(ToTotal.apportion(doubles, decimals)).isEqualTo(parts);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        for (int i = 0; i < parts.size(); i++) {
            sum = sum.add(parts.get(i));
            assertThat(parts.get(i).subtract(exact.get(i)).abs()).isLessThan(unit);
            String printed = Figures.text(exact.get(i), parts.get(i));
            if (exact.get(i).signum() != 0) assertThat(parse(printed).signum()).as(printed).isNotZero();
        }
        assertThat(sum).isEqualTo(total);
    }

    @ParameterizedTest(name = "{0} at {1} decimals")
    @MethodSource("lists")
    void aSplitAddsUpToItsTotalAndFollowsTheWeights(List<String> values, int decimals) {
        List<BigDecimal> weights = values.stream().map(v -> new BigDecimal(v).abs()).toList();
        BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weightSum.signum() == 0) return;
        BigDecimal total = new BigDecimal(values.get(0)).setScale(decimals, java.math.RoundingMode.HALF_UP);
        List<BigDecimal> parts = ToTotal.split(total, weights);
        assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(total);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        for (int i = 0; i < parts.size(); i++) {
            // part × Σw within one unit × Σw of total × w (no division, so no rounding in the check)
            BigDecimal gap = parts.get(i).multiply(weightSum).subtract(total.multiply(weights.get(i))).abs();
            assertThat(gap).isLessThan(unit.multiply(weightSum));
            assertThat(parts.get(i).scale()).isEqualTo(decimals);
        }
    }

    /**
     * A JSON fact's {@code decimals} (issue 16 item 8) is the number of digits after the point of the text printed for
     * the figure, on its own or when the non-zero rule lengthened it; read here from the printed text.
     */
    @ParameterizedTest(name = "{0} at {1} decimals")
    @MethodSource("figures")
    void aFactStatesTheDecimalsItsTextPrints(String decimal, int decimals, int sig) {
        Fact f = Fact.rounded(new BigDecimal(decimal), decimals);
        String printed = f.text();
        int point = printed.indexOf('.');
        int digitsAfterPoint = point < 0 ? 0 : printed.length() - point - 1;

        assertThat(f.decimals()).as(printed).isEqualTo(digitsAfterPoint);
        assertThat(new BigDecimal(printed.replace(",", "")).signum()).as(printed).isEqualTo(new BigDecimal(decimal).signum());
    }

    /**
     * The value a JSON fact states ({@link Fact#stated}) is the exact value, unchanged, with at least the decimals its
     * text prints; rounded half-up to those decimals it is the shown figure (or, where the non-zero rule lengthened
     * the text, the text itself). Checked against the decimal string and the printed text, not through Figures.
     */
    @ParameterizedTest(name = "{0} at {1} decimals")
    @MethodSource("figures")
    void aFactStatesItsExactValueWithAtLeastThePrintedDecimals(String decimal, int decimals, int sig) {
        Fact f = Fact.rounded(new BigDecimal(decimal), decimals);
        BigDecimal stated = f.stated();
        String printed = f.text().replace(",", "");
        int point = printed.indexOf('.');
        int printedDecimals = point < 0 ? 0 : printed.length() - point - 1;

        assertThat(stated).as(printed).isEqualByComparingTo(new BigDecimal(decimal));
        assertThat(stated.scale()).as(printed).isGreaterThanOrEqualTo(printedDecimals);
        assertThat(stated.setScale(printedDecimals, java.math.RoundingMode.HALF_UP)).as(stated.toPlainString())
                .isEqualTo(new BigDecimal(printed));
    }
}

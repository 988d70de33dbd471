package io.wattprint.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.report.doc.Chart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared chart geometry: nice value axes, bar and point positions, labels, and the degenerate charts. */
class ChartGeometryTest {
    static Chart chart(Chart.Type type, List<String> categories, Chart.Series... series) {
        return new Chart("c", "Chart", type, "kWh", categories, List.of(series));
    }

    static Chart.Series series(String name, Double... values) { return new Chart.Series(name, List.of(values)); }

    static List<String> labels(NiceScale s) { return s.ticks().stream().map(NiceScale::label).toList(); }

    @Test
    void theStepIsTheNearestOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(NiceScale.niceStep(240.1)).isEqualByComparingTo("200"); // 2.401 × 10^2, 1.5 ≤ 2.401 < 3 → 2
        assertThat(NiceScale.niceStep(1.4999)).isEqualByComparingTo("1"); // below 1.5 → 1
        assertThat(NiceScale.niceStep(3.5)).isEqualByComparingTo("5"); // 3 ≤ 3.5 < 7 → 5
        assertThat(NiceScale.niceStep(7)).isEqualByComparingTo("10"); // 7 and up → 10
        assertThat(NiceScale.niceStep(0.0012)).isEqualByComparingTo("0.001"); // 1.2 × 10^-3 → 1 × 10^-3
    }

    @Test
    void theAxisCoversTheDataFromZeroInAboutFiveIntervals() {
        // 1200.5 / 5 = 240.1 → step 200; ceil(1200.5 / 200) = 7 intervals → 0 to 1,400
        NiceScale s = NiceScale.of(0, 1200.5);
        assertThat(labels(s)).containsExactly("0", "200", "400", "600", "800", "1,000", "1,200", "1,400");
    }

    @Test
    void ticksAreExactDecimalsWithoutFloatingPointNoise() {
        // 0.3 / 5 = 0.06 → step 0.05; 0.3 / 0.05 = 6 intervals (the double 0.3 is just below 0.3, ceil still 6)
        assertThat(labels(NiceScale.of(0, 0.3))).containsExactly("0", "0.05", "0.1", "0.15", "0.2", "0.25", "0.3");
    }

    @Test
    void negativeValuesExtendTheAxisBelowZero() {
        // range -30 to 45 = 75, / 5 = 15 → 1.5 × 10 → step 20; floor(-30/20) = -2 → -40; ceil(45/20) = 3 → 60
        assertThat(labels(NiceScale.of(-30, 45))).containsExactly("-40", "-20", "0", "20", "40", "60");
    }

    @Test
    void anAllZeroAxisRunsFromZeroToOne() {
        assertThat(labels(NiceScale.of(0, 0))).containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1");
    }

    @Test
    void everyTickIsAMultipleOfANiceStep() {
        for (double max : new double[] {0.00042, 0.7, 1, 9.99, 12.5, 99, 101, 4321.9, 8.7e6}) {
            NiceScale s = NiceScale.of(0, max);
            assertThat(s.step().unscaledValue().intValue()).as("step %s for %s", s.step(), max).isIn(1, 2, 5);
            for (BigDecimal t : s.ticks()) assertThat(t.remainder(s.step()).signum()).isZero();
            assertThat(s.ticks().size() - 1).as("intervals for %s", max).isBetween(3, 8);
            assertThat(s.high().doubleValue()).isGreaterThanOrEqualTo(max);
        }
    }

    @Test
    void groupedBarsStandSideBySideAndScaleToTheAxis() {
        ChartGeometry g = ChartGeometry.of(chart(Chart.Type.BAR, List.of("a", "b"), series("x", 1000.0, 1200.5), series("y", 0.25, 700.0)));
        assertThat(g.bars).hasSize(4);
        ChartGeometry.Bar first = g.bars.get(0);
        ChartGeometry.Bar second = g.bars.get(1);
        assertThat(second.x()).isCloseTo(first.x() + first.width(), within(1e-9));
        // axis 0–1,400 (see above): 1000 reaches 1000/1400 of the plot height, from the zero line up
        double plot = g.plotBottom - g.plotTop;
        assertThat(first.height()).isCloseTo(plot * 1000 / 1400, within(1e-9));
        assertThat(first.y() + first.height()).isCloseTo(g.zeroY(), within(1e-9));
        // each category's band is half the plot width; its bars fill the middle 70 %
        double band = (g.plotRight - g.plotLeft) / 2;
        assertThat(first.x()).isCloseTo(g.plotLeft + band * 0.15, within(1e-9));
        assertThat(first.width() + second.width()).isCloseTo(band * 0.7, within(1e-9));
    }

    @Test
    void stackedSegmentsSitOnEachOtherAndNegativeOnesHangBelowZero() {
        ChartGeometry g = ChartGeometry.of(chart(Chart.Type.STACKED_BAR, List.of("a"),
                series("x", 30.0), series("y", 20.0), series("z", -10.0)));
        assertThat(g.bars).hasSize(3);
        ChartGeometry.Bar x = g.bars.get(0);
        ChartGeometry.Bar y = g.bars.get(1);
        ChartGeometry.Bar z = g.bars.get(2);
        assertThat(x.y() + x.height()).isCloseTo(g.zeroY(), within(1e-9));
        assertThat(y.y() + y.height()).isCloseTo(x.y(), within(1e-9));
        assertThat(z.y()).isCloseTo(g.zeroY(), within(1e-9));
        // the axis is for the stack: 30 + 20 = 50 up, -10 down; range 60 / 5 = 12 → step 10 → -10 to 50
        assertThat(labels(g.scale)).containsExactly("-10", "0", "10", "20", "30", "40", "50");
        assertThat(y.y()).isCloseTo(g.plotTop, within(1e-9));
        assertThat(z.y() + z.height()).isCloseTo(g.plotBottom, within(1e-9));
    }

    @Test
    void linePointsSitAtTheBandCentres() {
        ChartGeometry g = ChartGeometry.of(chart(Chart.Type.LINE, List.of("a", "b", "c"), series("x", 1.0, 2.0, 3.0)));
        assertThat(g.bars).isEmpty();
        assertThat(g.lines).hasSize(1);
        double band = (g.plotRight - g.plotLeft) / 3;
        assertThat(g.lines.get(0)).extracting(ChartGeometry.Point::x)
                .containsExactly(g.plotLeft + band / 2, g.plotLeft + band * 1.5, g.plotLeft + band * 2.5);
        assertThat(g.lines.get(0).get(2).y()).isCloseTo(g.y(3), within(1e-9));
    }

    @Test
    void anAllZeroChartHasFlatBarsOnTheZeroLine() {
        ChartGeometry g = ChartGeometry.of(chart(Chart.Type.BAR, List.of("a", "b"), series("x", 0.0, 0.0)));
        assertThat(g.zeroY()).isEqualTo(g.plotBottom);
        for (ChartGeometry.Bar b : g.bars) {
            assertThat(b.height()).isZero();
            assertThat(b.y()).isEqualTo(g.plotBottom);
        }
    }

    @Test
    void aSingleCategoryFillsTheWholePlot() {
        ChartGeometry g = ChartGeometry.of(chart(Chart.Type.LINE, List.of("only"), series("x", 5.0)));
        ChartGeometry.Point p = g.lines.get(0).get(0);
        assertThat(p.x()).isCloseTo((g.plotLeft + g.plotRight) / 2, within(1e-9));
        assertThat(Double.isFinite(p.y())).isTrue();
    }

    @Test
    void aChartWithoutCategoriesOrSeriesIsEmpty() {
        assertThat(ChartGeometry.of(chart(Chart.Type.BAR, List.of())).empty()).isTrue();
        assertThat(ChartGeometry.of(chart(Chart.Type.BAR, List.of("a"))).empty()).isTrue();
        assertThat(ChartGeometry.of(chart(Chart.Type.BAR, List.of("a"))).bars).isEmpty();
    }

    @Test
    void aValueThatIsNotANumberIsRefusedNamingTheChartAndSeries() {
        Chart c = chart(Chart.Type.BAR, List.of("a", "b"), series("x", 1.0, Double.NaN));
        assertThatThrownBy(() -> ChartGeometry.of(c)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("chart c: series x has no finite value for b (NaN)");
    }

    @Test
    void categoryLabelsAreThinnedSoThatTheyDoNotOverlap() {
        List<String> weeks = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int w = 1; w <= 52; w++) {
            weeks.add(String.format("2026-W%02d", w));
            values.add((double) w);
        }
        ChartGeometry g = ChartGeometry.of(chart(Chart.Type.BAR, weeks, new Chart.Series("x", values)));
        assertThat(g.categoryLabels.size()).isLessThan(52).isGreaterThan(1);
        double labelWidth = "2026-W01".length() * ChartGeometry.CHAR_WIDTH;
        for (int i = 1; i < g.categoryLabels.size(); i++) {
            assertThat(g.categoryLabels.get(i).x() - g.categoryLabels.get(i - 1).x()).isGreaterThan(labelWidth);
        }
        assertThat(g.categoryLabels.get(0).text()).isEqualTo("2026-W01");
    }

    @Test
    void longCategoryLabelsAreShortened() {
        assertThat(ChartGeometry.shorten("a-very-long-project-name")).isEqualTo("a-very-long-pro…").hasSize(16);
        assertThat(ChartGeometry.shorten("vision")).isEqualTo("vision");
    }

    @Test
    void aLongLegendWrapsOntoMoreLines() {
        List<Chart.Series> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) many.add(series("series number " + i, 1.0));
        ChartGeometry g = ChartGeometry.of(new Chart("c", "Chart", Chart.Type.BAR, "kWh", List.of("a"), many));
        assertThat(g.legend).hasSize(12);
        assertThat(g.legend.get(11).y()).isGreaterThan(g.legend.get(0).y());
        for (ChartGeometry.LegendItem item : g.legend) assertThat(item.y()).isLessThan(g.plotTop);
        assertThat(ChartGeometry.color(8)).isEqualTo(ChartGeometry.color(0));
    }
}

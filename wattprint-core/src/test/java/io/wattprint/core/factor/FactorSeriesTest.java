package io.wattprint.core.factor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.factor.FactorSeries.Point;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.quantity.CarbonIntensity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactorSeriesTest {
    static final Instant H0 = Instant.parse("2026-10-03T00:00:00Z");

    static Instant h(double hours) { return H0.plusSeconds((long) (hours * 3600)); }

    static Point point(double fromHour, double toHour, double g) {
        return new Point(h(fromHour), h(toHour), CarbonIntensity.ofGramsPerKwh(g));
    }

    static FactorSeries series(Point... points) {
        return new FactorSeries("FR", "Electricity Maps", "2026-10", Basis.AVERAGE, Boundary.LIFECYCLE, "ODbL", List.of(points));
    }

    @Test
    void pointsInOrderWithAGapMakeASeries() {
        FactorSeries s = series(point(0, 1, 50), point(1, 2, 60), point(3, 4, 70));

        assertThat(s.from()).isEqualTo(h(0));
        assertThat(s.to()).isEqualTo(h(4));
        assertThat(s.label()).isEqualTo("Electricity Maps (dataset 2026-10) for FR (average, lifecycle)");
    }

    @Test
    void unorderedPointsAreRejectedNamingThePointItsTimesAndWhatWasExpected() {
        assertThatThrownBy(() -> series(point(0, 1, 50), point(2, 3, 60), point(1, 2, 70)))
                .isInstanceOfSatisfying(InvalidSeriesException.class, e -> assertThat(e.pointIndex()).isEqualTo(2))
                .hasMessage("factor series Electricity Maps (dataset 2026-10) for FR (average, lifecycle): point 3 "
                        + "(2026-10-03T01:00:00Z to 2026-10-03T02:00:00Z) is out of order: it starts before point 2 "
                        + "(2026-10-03T02:00:00Z to 2026-10-03T03:00:00Z) (expected points in time order)");
    }

    @Test
    void overlappingPointsAreRejectedNamingBothAndTheExpectedStart() {
        assertThatThrownBy(() -> series(point(0, 1, 50), point(0.5, 1.5, 60)))
                .isInstanceOfSatisfying(InvalidSeriesException.class, e -> assertThat(e.pointIndex()).isEqualTo(1))
                .hasMessage("factor series Electricity Maps (dataset 2026-10) for FR (average, lifecycle): point 2 "
                        + "(2026-10-03T00:30:00Z to 2026-10-03T01:30:00Z) overlaps point 1 "
                        + "(2026-10-03T00:00:00Z to 2026-10-03T01:00:00Z) (expected it to start at or after 2026-10-03T01:00:00Z)");
    }

    @Test
    void aPointStartingWhereTheLastOneStartedIsAnOverlapNotAnOrderError() {
        assertThatThrownBy(() -> series(point(0, 1, 50), point(0, 2, 60)))
                .hasMessageContaining("point 2 (2026-10-03T00:00:00Z to 2026-10-03T02:00:00Z) overlaps point 1");
    }

    @Test
    void zeroLengthPointIsRejected() {
        assertThatThrownBy(() -> series(point(0, 1, 50), point(1, 1, 60)))
                .isInstanceOfSatisfying(InvalidSeriesException.class, e -> assertThat(e.pointIndex()).isEqualTo(1))
                .hasMessageEndingWith("point 2 (2026-10-03T01:00:00Z to 2026-10-03T01:00:00Z) has zero length "
                        + "(expected its end after its start)");
    }

    @Test
    void negativeLengthPointIsRejected() {
        assertThatThrownBy(() -> series(point(2, 1, 50)))
                .hasMessageEndingWith("point 1 (2026-10-03T02:00:00Z to 2026-10-03T01:00:00Z) has negative length "
                        + "(expected its end after its start)");
    }

    @Test
    void emptySeriesIsRejected() {
        assertThatThrownBy(() -> series())
                .isInstanceOfSatisfying(InvalidSeriesException.class, e -> assertThat(e.pointIndex()).isEqualTo(-1))
                .hasMessageEndingWith("has no points (expected at least one)");
    }

    @Test
    void blankZoneOrSourceIsRejected() {
        assertThatThrownBy(() -> new FactorSeries(" ", "src", null, Basis.AVERAGE, Boundary.DIRECT, null, List.of(point(0, 1, 1))))
                .hasMessage("a factor series needs a zone");
        assertThatThrownBy(() -> new FactorSeries("FR", "", null, Basis.AVERAGE, Boundary.DIRECT, null, List.of(point(0, 1, 1))))
                .hasMessage("a factor series needs a source");
    }

    @Test
    void atFindsThePointCoveringAnInstantStartInclusiveEndExclusive() {
        FactorSeries s = series(point(0, 1, 50), point(1, 2, 60), point(3, 4, 70));

        assertThat(s.at(h(0))).map(Point::intensity).contains(CarbonIntensity.ofGramsPerKwh(50));
        assertThat(s.at(h(0.999))).map(Point::intensity).contains(CarbonIntensity.ofGramsPerKwh(50));
        assertThat(s.at(h(1))).map(Point::intensity).contains(CarbonIntensity.ofGramsPerKwh(60));
        assertThat(s.at(h(2.5))).isEmpty();   // the gap
        assertThat(s.at(h(4))).isEmpty();     // end is exclusive
        assertThat(s.at(h(-1))).isEmpty();
    }

    @Test
    void overlappingListsThePointsTouchingASpan() {
        FactorSeries s = series(point(0, 1, 50), point(1, 2, 60), point(3, 4, 70));

        assertThat(s.overlapping(h(0.5), h(3.5))).extracting(p -> p.intensity().gramsPerKwh()).containsExactly(50.0, 60.0, 70.0);
        assertThat(s.overlapping(h(1), h(2))).extracting(p -> p.intensity().gramsPerKwh()).containsExactly(60.0);
        assertThat(s.overlapping(h(2), h(3))).isEmpty();
    }

    @Test
    void aPointAsAFactorCitesTheSeries() {
        EmissionFactor f = series(point(0, 1, 50)).factor(point(0, 1, 50));

        assertThat(f).isEqualTo(new EmissionFactor("FR", CarbonIntensity.ofGramsPerKwh(50), h(0), h(1), Basis.AVERAGE,
                Boundary.LIFECYCLE, "Electricity Maps", "2026-10", "ODbL"));
    }
}

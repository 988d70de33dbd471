package io.wattprint.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.factor.FactorSeries.Point;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.quantity.CarbonIntensity;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every ledger database must do with factor series; run on SQLite and PostgreSQL. */
abstract class FactorSeriesRepositoryContract {
    static final Instant H0 = Instant.parse("2026-10-03T00:00:00Z");
    static final Instant ADDED = Instant.parse("2026-11-01T09:00:00Z");

    protected Ledger ledger;
    protected FactorSeriesRepository repo;

    protected abstract String freshLedgerSpec() throws Exception;

    @BeforeEach
    void openLedger() throws Exception {
        ledger = Ledger.open(freshLedgerSpec());
        repo = ledger.factorSeries();
    }

    @AfterEach
    void closeLedger() {
        if (ledger != null) ledger.close();
    }

    static Instant h(int hours) { return H0.plusSeconds(hours * 3600L); }

    static Point p(int fromHour, int toHour, double g) { return new Point(h(fromHour), h(toHour), CarbonIntensity.ofGramsPerKwh(g)); }

    static FactorSeries series(String zone, String source, String dataset, Basis basis, Point... points) {
        return new FactorSeries(zone, source, dataset, basis, Boundary.LIFECYCLE, "ODbL", List.of(points));
    }

    static FactorSeries hourly(String dataset, Point... points) { return series("FR", "Electricity Maps", dataset, Basis.AVERAGE, points); }

    @Test
    void appendedPointsAreReadBackWithEveryField() {
        FactorSeries s = hourly("2026-10", p(0, 1, 50.5), p(1, 2, 61.25), p(3, 4, 70));

        assertThat(repo.append(s, ADDED)).isEqualTo(new FactorSeriesRepository.AppendResult(3, 0));

        List<FactorSeries> read = repo.series("FR", null, null);
        assertThat(read).hasSize(1);
        FactorSeries r = read.get(0);
        assertThat(r.points()).isEqualTo(s.points());
        assertThat(r.label()).isEqualTo(s.label());
        assertThat(r.licence()).isEqualTo("ODbL");
        assertThat(r.boundary()).isEqualTo(Boundary.LIFECYCLE);
    }

    @Test
    void reimportingTheSamePointsIsIdempotentAndCountsThemAsPresent() {
        repo.append(hourly("2026-10", p(0, 1, 50), p(1, 2, 60)), ADDED);

        var again = repo.append(hourly("2026-10", p(0, 1, 50), p(1, 2, 60), p(2, 3, 70)), ADDED.plusSeconds(60));

        assertThat(again).isEqualTo(new FactorSeriesRepository.AppendResult(1, 2));
        assertThat(count()).isEqualTo(3);
        assertThat(repo.series("FR", null, null).get(0).points()).hasSize(3);
    }

    @Test
    void aDatasetOfNoneIsStoredAndReadAsNone() {
        repo.append(hourly(null, p(0, 1, 50)), ADDED);
        assertThat(repo.append(hourly(null, p(0, 1, 50)), ADDED)).isEqualTo(new FactorSeriesRepository.AppendResult(0, 1));

        assertThat(repo.series("FR", null, null).get(0).dataset()).isNull();
    }

    @Test
    void anotherValueForAStoredPointIsAConflictAndNothingIsStored() {
        repo.append(hourly("2026-10", p(0, 1, 50)), ADDED);

        assertThatThrownBy(() -> repo.append(hourly("2026-10", p(0, 1, 55), p(5, 6, 10)), ADDED))
                .isInstanceOfSatisfying(SeriesConflictException.class, e -> assertThat(e.pointIndex()).isZero())
                .hasMessageContaining("point 1 (2026-10-03T00:00:00Z");
        assertThatThrownBy(() -> repo.append(hourly("2026-10", p(0, 1, 55)), ADDED))
                .hasMessage("point 1 (2026-10-03T00:00:00Z to 2026-10-03T01:00:00Z, 55.000 gCO2e/kWh) contradicts the stored "
                        + "point 2026-10-03T00:00:00Z to 2026-10-03T01:00:00Z at 50.000 gCO2e/kWh of factor series Electricity "
                        + "Maps (dataset 2026-10) for FR (average, lifecycle) (expected the same end and value, or no overlap; "
                        + "import a correction under a new dataset version)");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aPointOverlappingAStoredOneWithAnotherStartIsAConflict() {
        repo.append(hourly("2026-10", p(0, 2, 50)), ADDED);

        assertThatThrownBy(() -> repo.append(hourly("2026-10", p(1, 3, 50)), ADDED))
                .isInstanceOf(SeriesConflictException.class).hasMessageContaining("contradicts the stored point 2026-10-03T00:00:00Z");
        assertThatThrownBy(() -> repo.append(hourly("2026-10", p(0, 1, 50)), ADDED))
                .as("same start, other end").isInstanceOf(SeriesConflictException.class);
    }

    @Test
    void aCorrectionUnderANewDatasetIsStoredAndReadFirst() {
        repo.append(hourly("2026-10", p(0, 1, 50)), ADDED);
        repo.append(hourly("2026-10-rev1", p(0, 1, 55)), ADDED.plusSeconds(3600));

        assertThat(repo.series("FR", null, null)).extracting(FactorSeries::dataset).containsExactly("2026-10-rev1", "2026-10");
    }

    @Test
    void checkSaysWhatAnAppendWouldDoAndStoresNothing() {
        repo.append(hourly("2026-10", p(0, 1, 50)), ADDED);

        assertThat(repo.check(hourly("2026-10", p(0, 1, 50), p(1, 2, 60)))).isEqualTo(new FactorSeriesRepository.AppendResult(1, 1));
        assertThatThrownBy(() -> repo.check(hourly("2026-10", p(0, 1, 51)))).isInstanceOf(SeriesConflictException.class);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void readingARangeReturnsOnlyThePointsOverlappingIt() {
        repo.append(hourly("2026-10", p(0, 1, 10), p(1, 2, 20), p(2, 3, 30), p(3, 4, 40)), ADDED);

        // [01:30, 03:00): hours 1 and 2 overlap it; hour 3 starts at its end, hour 0 ends before its start.
        List<FactorSeries> read = repo.series("FR", h(1).plusSeconds(1800), h(3));

        assertThat(read.get(0).points()).extracting(x -> x.intensity().gramsPerKwh()).containsExactly(20.0, 30.0);
        assertThat(repo.series("FR", h(4), h(5))).isEmpty();
        assertThat(repo.series("FR", null, h(1))).singleElement().satisfies(s -> assertThat(s.points()).hasSize(1));
        assertThat(repo.series("FR", h(3), null)).singleElement().satisfies(s -> assertThat(s.points()).hasSize(1));
    }

    @Test
    void zonesSourcesAndBasesAreKeptApart() {
        repo.append(hourly("v", p(0, 1, 50)), ADDED);
        repo.append(series("DE", "Electricity Maps", "v", Basis.AVERAGE, p(0, 1, 400)), ADDED);
        repo.append(series("FR", "WattTime", "v", Basis.MARGINAL, p(0, 1, 600)), ADDED);

        assertThat(repo.series("FR", null, null)).extracting(FactorSeries::source).containsExactlyInAnyOrder("Electricity Maps", "WattTime");
        assertThat(repo.series("DE", null, null)).singleElement().satisfies(s -> assertThat(s.points().get(0).intensity().gramsPerKwh()).isEqualTo(400));
        assertThat(repo.series("NO", null, null)).isEmpty();
    }

    @Test
    void zonesListsEveryZoneWithAStoredPointOnceSortedAndNothingForAnEmptyLedger() {
        assertThat(repo.zones()).isEmpty();
        repo.append(series("US-CAL-CISO", "Electricity Maps", "2023 hourly", Basis.AVERAGE, p(0, 1, 250), p(1, 2, 240)), ADDED);
        repo.append(series("azure:sydney", "Carbon Aware SDK JSON", "d", Basis.AVERAGE, p(0, 1, 90)), ADDED);
        repo.append(series("US-CAL-CISO", "WattTime", "v", Basis.MARGINAL, p(0, 1, 600)), ADDED);
        repo.append(hourly("v", p(0, 1, 50)), ADDED);

        // Java's String order, whatever the database's collation: upper-case letters sort before lower-case ones.
        assertThat(repo.zones()).containsExactly("FR", "US-CAL-CISO", "azure:sydney");
    }

    @Test
    void aLongSeriesRoundTripsInOrder() {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 24 * 31; i++) points.add(p(i, i + 1, i % 97 + 0.125));
        FactorSeries month = new FactorSeries("FR", "hourly", "m", Basis.AVERAGE, Boundary.LIFECYCLE, null, points);

        assertThat(repo.append(month, ADDED).added()).isEqualTo(24 * 31);

        assertThat(repo.series("FR", null, null).get(0).points()).isEqualTo(points);
    }

    private long count() {
        try (Statement s = ledger.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM factor_points")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

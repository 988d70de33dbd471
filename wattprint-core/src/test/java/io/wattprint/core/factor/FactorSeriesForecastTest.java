package io.wattprint.core.factor;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.factor.FactorSeries.Point;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.quantity.CarbonIntensity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactorSeriesForecastTest {
    static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

    static FactorSeries withDataset(String dataset) {
        return new FactorSeries("DE", "Electricity Maps", dataset, Basis.AVERAGE, Boundary.LIFECYCLE, null,
                List.of(new Point(T, T.plusSeconds(3600), CarbonIntensity.ofGramsPerKwh(1))));
    }

    @Test
    void aDatasetNamedForecastIsAForecast() {
        assertThat(withDataset("forecast 2024-05-01T12:00:00Z").isForecast()).isTrue();
    }

    @Test
    void otherDatasetsAndNoDatasetAreActuals() {
        assertThat(withDataset("2024 hourly").isForecast()).isFalse();
        assertThat(withDataset(null).isForecast()).isFalse();
    }
}

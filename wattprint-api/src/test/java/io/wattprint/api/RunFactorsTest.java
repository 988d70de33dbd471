package io.wattprint.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.factor.FactorSeries.Point;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.FactorSource;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.Ledger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFactorsTest {
    static final Instant T = Instant.parse("2026-10-03T10:00:00Z");

    @TempDir
    Path dir;

    static FactorSeries series(String dataset, double g) {
        return new FactorSeries("FR", "Electricity Maps", dataset, Basis.AVERAGE, Boundary.LIFECYCLE, "ODbL",
                List.of(new Point(T, T.plusSeconds(3600), CarbonIntensity.ofGramsPerKwh(g))));
    }

    @Test
    void aForecastSeriesIsNeverAppliedToARunEvenWhenImportedLast() {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            ledger.factorSeries().append(series("2026 hourly", 40), T);
            ledger.factorSeries().append(series("forecast 2026-10-02T12:00Z", 99), T.plusSeconds(60));
            List<EnergyInterval> run = List.of(new EnergyInterval(T.plusSeconds(60), T.plusSeconds(120), Component.gpu("0"),
                    Energy.ofJoules(3600), new Provenance.MeasuredCounter("nvml-total-energy")));
            FactorSource f = RunFactors.forRun(ledger, ReferenceData.load(), Location.zone("FR"), run);
            assertThat(f.factorsOver("FR", T.plusSeconds(60), T.plusSeconds(120)))
                    .singleElement().satisfies(s -> assertThat(s.factor().intensity().gramsPerKwh()).isEqualTo(40.0));
        }
    }
}

package io.wattprint.run.close;

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

    static FactorSeries hour(String zone, String dataset, double g) {
        return new FactorSeries(zone, "Electricity Maps", dataset, Basis.AVERAGE, Boundary.LIFECYCLE, "ODbL",
                List.of(new Point(T, T.plusSeconds(3600), CarbonIntensity.ofGramsPerKwh(g))));
    }

    static List<EnergyInterval> minute() {
        return List.of(new EnergyInterval(T.plusSeconds(60), T.plusSeconds(120), Component.gpu("0"), Energy.ofJoules(3600),
                new Provenance.MeasuredCounter("nvml-total-energy")));
    }

    @Test
    void aRunInACloudRegionOfAMappedSubregionUsesTheMappedZonesSeriesNamingTheMapping() throws Exception {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            ledger.factorSeries().append(hour("US-CAL-CISO", "2026 hourly", 180), T);
            ReferenceData data = ReferenceData.load();
            Location at = data.locations().resolve("aws:us-west-1");

            FactorSource f = RunFactors.forRun(ledger, data, at, minute());

            assertThat(f.factorsOver(at.zone(), T.plusSeconds(60), T.plusSeconds(120))).singleElement().satisfies(s -> {
                assertThat(s.factor().intensity().gramsPerKwh()).isEqualTo(180.0);
                assertThat(s.factor().zone()).isEqualTo("US-CAL-CISO");
                assertThat(s.series()).endsWith(", used for aws:us-west-1 (US-EGRID-CAMX) through the mapping "
                        + data.zoneMappings().forLocation(at).orElseThrow().describe());
            });
        }
    }

    @Test
    void theRunsOwnZoneSeriesComesBeforeTheMappedOneAndTheMappedOneBeforeTheCloudRegions() throws Exception {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            // Imported in the opposite order of precedence, so recency alone would pick the wrong one.
            ledger.factorSeries().append(hour("US-EGRID-CAMX", "own", 100), T);
            ledger.factorSeries().append(hour("US-CAL-CISO", "mapped", 200), T.plusSeconds(1));
            ledger.factorSeries().append(hour("aws:us-west-1", "region", 300), T.plusSeconds(2));
            ReferenceData data = ReferenceData.load();
            Location at = data.locations().resolve("aws:us-west-1");

            FactorSource f = RunFactors.forRun(ledger, data, at, minute());

            assertThat(f.factorsOver(at.zone(), T.plusSeconds(60), T.plusSeconds(120))).singleElement()
                    .satisfies(s -> assertThat(s.factor().intensity().gramsPerKwh()).isEqualTo(100.0));
        }
    }

    @Test
    void anUnmappedCloudRegionUsesItsOwnKeysSeriesAndNoOtherZones() throws Exception {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            ledger.factorSeries().append(hour("US-CAL-CISO", "mapped", 200), T);
            ledger.factorSeries().append(hour("aws:us-east-1", "region", 300), T);
            ReferenceData data = ReferenceData.load();
            Location at = data.locations().resolve("aws:us-east-1");   // US-EGRID-SRVC: not in the mapping table

            FactorSource f = RunFactors.forRun(ledger, data, at, minute());

            assertThat(f.factorsOver(at.zone(), T.plusSeconds(60), T.plusSeconds(120))).singleElement()
                    .satisfies(s -> assertThat(s.factor().intensity().gramsPerKwh()).isEqualTo(300.0));
        }
    }
}

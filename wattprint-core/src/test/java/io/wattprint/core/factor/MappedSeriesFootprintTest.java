package io.wattprint.core.factor;

import static io.wattprint.core.factor.FactorSeriesTest.h;
import static io.wattprint.core.factor.FactorSeriesTest.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.factor.SeriesFactorSource.Consulted;
import io.wattprint.core.method.FootprintCalculator;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.FactorSource;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A run whose zone has no series of its own (an eGRID subregion) computed with the series of another
 * zone mapped to it (an Electricity Maps zone): {@link SeriesFactorSource#forZone}.
 */
class MappedSeriesFootprintTest {
    private static final Location CAMX = Location.zone("US-EGRID-CAMX");
    private static final EmissionFactor ANNUAL_250 = EmissionFactor.annual("US-EGRID-CAMX", CarbonIntensity.ofGramsPerKwh(250), 2026,
            Basis.AVERAGE, Boundary.DIRECT, "eGRID", "wattprint-data 2026.11", "public domain");
    private static final FactorSource ANNUAL = (zone, at) -> zone.equals("US-EGRID-CAMX") ? Optional.of(ANNUAL_250) : Optional.empty();
    private static final String VIA = ", used for US-EGRID-CAMX through the mapping US-EGRID-CAMX → US-CAL-CISO";

    private static EnergyInterval gpu(double fromHour, double toHour, double kwh) {
        return new EnergyInterval(h(fromHour), h(toHour), Component.gpu("0"), Energy.ofKilowattHours(kwh),
                new Provenance.MeasuredCounter("nvml-total-energy"));
    }

    @Test
    void theMappedZonesPointsApplyHourByHourAndTheAnnualFactorOfTheRunsZoneCoversTheRestNamingTheMapping() {
        // Points 00-01 at 200 g and 01-02 at 300 g of US-CAL-CISO; the run has 1 kWh in each of 00-01, 01-02, 02-03.
        FactorSeries ciso = new FactorSeries("US-CAL-CISO", "Electricity Maps", "2023 hourly", Basis.AVERAGE, Boundary.LIFECYCLE,
                "ODbL", List.of(point(0, 1, 200), point(1, 2, 300)));
        FactorSource factors = SeriesFactorSource.forZone("US-EGRID-CAMX", List.of(new Consulted(ciso, ciso.label() + VIA)), ANNUAL);

        Footprint f = new FootprintCalculator().compute(List.of(gpu(0, 1, 1), gpu(1, 2, 1), gpu(2, 3, 1)), CAMX,
                PueAssumption.notApplied(), factors);

        double expectedGrams = 1 * 200 + 1 * 300 + 1 * 250;   // two points, then the annual factor for the uncovered hour
        assertThat(f.locationBased().grams()).isCloseTo(expectedGrams, within(1e-9));
        String text = String.join("\n", f.explanation().render());
        assertThat(text).contains("grid factor series: Electricity Maps (dataset 2023 hourly) for US-CAL-CISO (average, lifecycle)"
                + VIA + ": 2 points");
        assertThat(text).contains("no point of factor series Electricity Maps (dataset 2023 hourly) for US-CAL-CISO (average, lifecycle)"
                + VIA + " covers " + h(2));
        assertThat(text).contains("250");
    }

    @Test
    void withNothingConsultedTheAnnualFactorsAloneApply() {
        FactorSource factors = SeriesFactorSource.forZone("US-EGRID-CAMX", List.of(), ANNUAL);
        assertThat(factors).isSameAs(ANNUAL);
    }

    @Test
    void aSeriesConsultedForOneZoneIsNotAppliedToAnother() {
        FactorSeries ciso = new FactorSeries("US-CAL-CISO", "Electricity Maps", "v", Basis.AVERAGE, Boundary.LIFECYCLE, null,
                List.of(point(0, 1, 200)));
        FactorSource factors = SeriesFactorSource.forZone("US-EGRID-CAMX", List.of(new Consulted(ciso, ciso.label())), ANNUAL);

        assertThat(factors.factorFor("US-EGRID-CAMX", h(0.5))).map(e -> e.intensity().gramsPerKwh()).hasValue(200.0);
        assertThat(factors.factorFor("US-CAL-CISO", h(0.5))).isEmpty();   // asked for its own zone, the fallback answers: none
    }
}

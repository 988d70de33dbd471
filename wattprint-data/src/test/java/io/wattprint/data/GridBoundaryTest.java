package io.wattprint.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.factor.Gwp;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.scope2.Scope2Factor;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Factor boundary and GWP set of {@code grid-intensity.csv} (issue 16, METHODOLOGY.md §3.3, §4): every row states both;
 * eGRID rows are the AR6 GWP100 conversion of their per-gas rates; Scope 2 asks for direct factors.
 */
class GridBoundaryTest {
    static final String DIR = "io/wattprint/data/testset/";
    static final Pattern LB = Pattern.compile("CO2 ([\\d.]+) / CH4 ([\\d.]+) / N2O ([\\d.]+) lb/MWh");
    static final double G_PER_KWH_PER_LB_PER_MWH = 0.45359237; // 453.59237 g / 1000 kWh

    final ReferenceData data = ReferenceData.load();

    @Test
    void everyShippedRowHasABoundaryAGwpSetAndASource() {
        assertThat(data.grid().rows()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.boundary()).as("boundary of %s", r.zone()).isIn("lifecycle", "direct");
            assertThat(r.gwp()).as("gwp of %s", r.zone()).isIn(Gwp.SETS);
            assertThat(r.source()).as("source of %s", r.zone()).isNotBlank();
        });
    }

    @Test
    void egridRowsAreTheAr6ConversionOfTheirPerGasRatesInTheSourceText() {
        var egrid = data.grid().rows().stream().filter(r -> r.zone().startsWith("US-EGRID-")).toList();
        assertThat(egrid).hasSize(27).allSatisfy(r -> {
            Matcher m = LB.matcher(r.source());
            assertThat(m.find()).as("per-gas rates of %s", r.zone()).isTrue();
            double co2 = Double.parseDouble(m.group(1)), ch4 = Double.parseDouble(m.group(2)), n2o = Double.parseDouble(m.group(3));
            // oracle by hand: CO2 + 29.8 CH4 + 273 N2O (AR6 WG1 Table 7.15), lb/MWh → g/kWh
            double expected = (co2 + 29.8 * ch4 + 273 * n2o) * G_PER_KWH_PER_LB_PER_MWH;
            assertThat(r.gwp()).isEqualTo("AR6 GWP100");
            assertThat(r.boundary()).isEqualTo("direct");
            assertThat(r.gramsPerKwh()).as("gCO2e/kWh of %s", r.zone()).isCloseTo(expected, within(0.01));
            assertThat(r.co2()).isCloseTo(co2 * G_PER_KWH_PER_LB_PER_MWH, within(1e-4));
            assertThat(r.ch4()).isCloseTo(ch4 * G_PER_KWH_PER_LB_PER_MWH, within(1e-6));
            assertThat(r.n2o()).isCloseTo(n2o * G_PER_KWH_PER_LB_PER_MWH, within(1e-6));
            assertThat(r.source()).contains("29.8 CH4 + 273 N2O (IPCC AR6 GWP100");
        });
    }

    @Test
    void rowsWithoutPerGasRatesSayTheirSourceStatesNoGwpSet() {
        assertThat(data.grid().rows().stream().filter(r -> !r.zone().startsWith("US-EGRID-")))
                .allSatisfy(r -> {
                    assertThat(r.perGas()).isFalse();
                    assertThat(r.gwp()).isEqualTo(Gwp.NOT_STATED);
                });
    }

    @Test
    void engineeringLookupPrefersLifecycleAndScope2AsksForDirect() {
        GridFactors g = GridFactors.load(DIR + "grid-boundaries.csv", "test");
        Instant mid2023 = Instant.parse("2023-07-01T00:00:00Z");
        assertThat(g.factorFor("XB", mid2023).orElseThrow().boundary()).isEqualTo(Boundary.LIFECYCLE);
        assertThat(g.factorFor("XB", mid2023).orElseThrow().intensity().gramsPerKwh()).isEqualTo(400.0);
        EmissionFactor direct = g.factorFor("XB", mid2023, Boundary.DIRECT).orElseThrow();
        assertThat(direct.intensity().gramsPerKwh()).isEqualTo(320.0);
        assertThat(g.factorFor("XC", mid2023, Boundary.DIRECT)).isEmpty();
        assertThat(g.gwpOf("XB", 2022, Boundary.DIRECT)).isEqualTo("AR6 GWP100");
    }

    @Test
    void scope2OfAStoredLifecycleFactorIsTheDirectOneAndTheRemainderIsCategory3() {
        GridFactors g = GridFactors.load(DIR + "grid-boundaries.csv", "test");
        // the fixture's XB 2023 rows: life-cycle 400, direct 320 → Scope 2 320 g/kWh, category 3 80 g/kWh
        Scope2Factor f = g.scope2Factors().of("XB", 2023, 400, "fixture");
        assertThat(f.gramsPerKwh()).isEqualTo(320.0);
        assertThat(f.boundary()).isEqualTo(Boundary.DIRECT);
        assertThat(f.upstreamGramsPerKwh()).isEqualTo(400.0 - 320.0);
    }

    @Test
    void aZoneWithoutDirectFactorKeepsItsLifecycleFactorWithTheDocumentedWarning() {
        GridFactors g = GridFactors.load(DIR + "grid-boundaries.csv", "test");
        Scope2Factor f = g.scope2Factors().of("XC", 2023, 250, "fixture");
        assertThat(f.gramsPerKwh()).isEqualTo(250.0);
        assertThat(f.boundary()).isEqualTo(Boundary.LIFECYCLE);
        assertThat(f.warning()).contains("no direct (combustion) factor for XC", "overstates Scope 2");
    }

    @Test
    void shippedGermanyHasNoDirectFactorSoScope2SaysItUsesTheLifecycleOne() {
        // Ember DE 2023 (life-cycle) as a run stores it; no open direct factor for DE is shipped (wattprint-data README)
        double emberDe = data.grid().forZone("DE").get(0).gramsPerKwh();
        Scope2Factor f = data.grid().scope2Factors().of("DE", 2023, emberDe, "Ember");
        assertThat(f.boundary()).isEqualTo(Boundary.LIFECYCLE);
        assertThat(f.gramsPerKwh()).isEqualTo(emberDe);
        assertThat(f.warning()).contains("no direct (combustion) factor for DE");
    }

    @Test
    void aStoredEgridFactorIsDirectEvenFromTheOlderAr5Dataset() {
        // CAMX 2022 as stored under wattprint-data 2026.11 (AR5 GWPs: 226.50) and 2026.12 (AR6: 226.54)
        assertThat(data.grid().boundaryOf("US-EGRID-CAMX", 2022, 226.50)).hasValue(Boundary.DIRECT);
        assertThat(data.grid().boundaryOf("US-EGRID-CAMX", 2022, 226.54)).hasValue(Boundary.DIRECT);
        assertThat(data.grid().boundaryOf("FR", 2026, 400)).isEmpty();
    }

    @Test
    void aPerGasRowWhoseCo2eIsNotItsAr6SumIsRefused() {
        assertThatThrownBy(() -> GridFactors.load(DIR + "grid-bad-ar6.csv", "test"))
                .hasMessageContaining("XA").hasMessageContaining("is not CO2 + 29.8 CH4 + 273 N2O");
    }

    @Test
    void aRowWithAnUnknownGwpSetIsRefused() {
        assertThatThrownBy(() -> GridFactors.load(DIR + "grid-bad-gwp.csv", "test"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("grid-bad-gwp.csv line 2, field gwp: expected one of AR6 GWP100");
    }
}

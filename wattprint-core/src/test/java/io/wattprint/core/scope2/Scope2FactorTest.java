package io.wattprint.core.scope2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.quantity.CarbonIntensity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The boundary rule of location-based Scope 2 (METHODOLOGY.md §3.3). Factor values are fixtures, not real data. */
class Scope2FactorTest {
    static EmissionFactor direct(String zone, double g, int year) {
        return EmissionFactor.annual(zone, CarbonIntensity.ofGramsPerKwh(g), year, Basis.AVERAGE, Boundary.DIRECT,
                "fixture direct", "test", "test");
    }

    @Test
    void aLifecycleFactorIsReplacedByTheDirectOneAndTheRestIsCategory3() {
        Scope2Factor f = Scope2Factor.resolve("DE", 380.95, Boundary.LIFECYCLE, 2023, "Ember", direct("DE", 300.45, 2023));
        assertThat(f.gramsPerKwh()).isEqualTo(300.45);
        assertThat(f.boundary()).isEqualTo(Boundary.DIRECT);
        assertThat(f.upstreamGramsPerKwh()).isCloseTo(380.95 - 300.45, within(1e-9));
        assertThat(f.warning()).isNull();
        assertThat(f.factorText()).startsWith("direct (combustion) factor 300.45 gCO2e/kWh, 2023, fixture direct");
    }

    @Test
    void aZoneWithoutDirectFactorKeepsItsLifecycleFactorWithAWarning() {
        Scope2Factor f = Scope2Factor.resolve("FR", 56.04, Boundary.LIFECYCLE, 2023, "Ember", null);
        assertThat(f.gramsPerKwh()).isEqualTo(56.04);
        assertThat(f.boundary()).isEqualTo(Boundary.LIFECYCLE);
        assertThat(f.upstreamGramsPerKwh()).isNull();
        assertThat(f.factorText()).startsWith("life-cycle factor 56.04 gCO2e/kWh, 2023, Ember (no direct factor for FR)");
        assertThat(f.warning()).isEqualTo("no direct (combustion) factor for FR: Scope 2 uses its life-cycle factor, which "
                + "includes upstream emissions (Scope 3 category 3) and so overstates Scope 2");
    }

    @Test
    void aDirectFactorIsKeptAndItsUpstreamIsNotKnown() {
        Scope2Factor f = Scope2Factor.resolve("US-EGRID-CAMX", 226.54, Boundary.DIRECT, 2022, "eGRID", null);
        assertThat(f.gramsPerKwh()).isEqualTo(226.54);
        assertThat(f.boundary()).isEqualTo(Boundary.DIRECT);
        assertThat(f.upstreamGramsPerKwh()).isNull();
        assertThat(f.warning()).isNull();
    }

    @Test
    void aDirectFactorAboveTheLifecycleOneIsUsedButNoCategory3IsClaimed() {
        Scope2Factor f = Scope2Factor.resolve("XX", 100, Boundary.LIFECYCLE, 2023, "s", direct("XX", 120, 2023));
        assertThat(f.gramsPerKwh()).isEqualTo(120);
        assertThat(f.upstreamGramsPerKwh()).isNull();
        assertThat(f.warning()).contains("not comparable");
    }

    @Test
    void aFactorOfUnknownBoundaryIsUsedAsStoredWithAWarning() {
        Scope2Factor f = Scope2Factor.resolve("FR", 400, null, 2026, "fixture", null);
        assertThat(f.gramsPerKwh()).isEqualTo(400);
        assertThat(f.boundary()).isNull();
        assertThat(f.warning()).contains("is not known");
    }

    @Test
    void aDirectFactorOfAnotherYearIsNamed() {
        Scope2Factor f = Scope2Factor.resolve("DE", 380.95, Boundary.LIFECYCLE, 2023, "Ember", direct("DE", 300, 2022));
        assertThat(f.factorText()).endsWith("(life-cycle factor of 2023, direct factor of 2022)");
    }

    @Test
    void aTotalSaysItsBoundary() {
        Scope2Factor d = Scope2Factor.resolve("US-EGRID-CAMX", 226.54, Boundary.DIRECT, 2022, "eGRID", null);
        Scope2Factor l = Scope2Factor.resolve("FR", 56.04, Boundary.LIFECYCLE, 2023, "Ember", null);
        assertThat(Scope2Factor.totalBoundary(List.of(d))).isEqualTo("direct");
        assertThat(Scope2Factor.totalBoundary(List.of(l))).isEqualTo("life-cycle (no direct factor)");
        assertThat(Scope2Factor.totalBoundary(List.of(l, d)))
                .isEqualTo("mixed: direct for US-EGRID-CAMX; life-cycle for FR (no direct factor)");
        assertThat(Scope2Factor.totalBoundary(List.of())).isEqualTo("none");
    }
}

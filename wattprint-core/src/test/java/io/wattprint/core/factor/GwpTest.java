package io.wattprint.core.factor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** IPCC AR6 WG1 Table 7.15 GWP100: CO2 1, fossil CH4 29.8, N2O 273. */
class GwpTest {
    @Test
    void ar6ConversionOfAPerGasFactorByHand() {
        // 1000 + 29.8 × 0.1 + 273 × 0.01 = 1000 + 2.98 + 2.73 = 1005.71
        assertThat(Gwp.ar6Co2e(1000, 0.1, 0.01)).isCloseTo(1005.71, within(1e-9));
    }

    @Test
    void egridCamxInPoundsPerMwhByHand() {
        // eGRID2022 CAMX: CO2 497.443, CH4 0.030, N2O 0.004 lb/MWh → 497.443 + 0.894 + 1.092 = 499.429 lb/MWh
        assertThat(Gwp.ar6Co2e(497.443, 0.030, 0.004)).isCloseTo(499.429, within(1e-9));
    }

    @Test
    void theAr6ValuesAreThoseOfTable715() {
        assertThat(Gwp.AR6_CH4_FOSSIL).isEqualTo(29.8);
        assertThat(Gwp.AR6_CH4_NON_FOSSIL).isEqualTo(27.0);
        assertThat(Gwp.AR6_N2O).isEqualTo(273.0);
    }

    @Test
    void negativeGasIsRefused() {
        assertThatThrownBy(() -> Gwp.ar6Co2e(1, -0.1, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CH4 -0.1");
    }

    @Test
    void setsAreNamed() {
        assertThat(Gwp.known("AR6 GWP100")).isTrue();
        assertThat(Gwp.known("not stated by source")).isTrue();
        assertThat(Gwp.known("AR7")).isFalse();
    }
}

package io.wattprint.core.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.figure.Figures;
import org.junit.jupiter.api.Test;

class GreenAlgorithmsTest {

    @Test
    void reproducesTheOracleToTheStatedDigits() {
        // DOMAIN.md §1: 12 h, 8 cores × 12 W, u=1, 64 GB, PUE 1.67 → 2.4016 kWh; × 475 g/kWh → 1140.8 g.
        double kwh = GreenAlgorithms.energyKwh(12, 8, 12, 1.0, 64, 1.67);
        double grams = GreenAlgorithms.gramsCo2e(kwh, 475);

        assertThat(Figures.format(kwh, 4)).isEqualTo("2.4016");
        assertThat(Figures.format(grams, 1)).isEqualTo("1140.8");
    }

    @Test
    void theShortFormUsesTheGreenAlgorithmsMemoryPowerAndOneRun() {
        assertThat(GreenAlgorithms.energyKwh(12, 8, 12, 1.0, 64, 1.67))
                .isEqualTo(GreenAlgorithms.energyKwh(12, 8, 12, 1.0, 64, 0.3725, 1.67, 1));
    }

    @Test
    void thePragmaticScalingFactorMultipliesTheRuns() {
        double once = GreenAlgorithms.energyKwh(2, 4, 10, 0.5, 0, 0.3725, 1.0, 1);

        assertThat(once).isEqualTo(0.04);
        assertThat(GreenAlgorithms.energyKwh(2, 4, 10, 0.5, 0, 0.3725, 1.0, 3)).isEqualTo(3 * once);
    }

    @Test
    void badInputsAreNamed() {
        assertThatThrownBy(() -> GreenAlgorithms.energyKwh(0, 8, 12, 1, 64, 1.67)).hasMessageContaining("hours must be greater than 0");
        assertThatThrownBy(() -> GreenAlgorithms.energyKwh(1, -1, 12, 1, 64, 1.67)).hasMessageContaining("number of cores");
        assertThatThrownBy(() -> GreenAlgorithms.energyKwh(1, 8, 12, 1.5, 64, 1.67)).hasMessageContaining("core usage must be between 0 and 1");
        assertThatThrownBy(() -> GreenAlgorithms.energyKwh(1, 8, 12, 1, -64, 1.67)).hasMessageContaining("memory (GB)");
        assertThatThrownBy(() -> GreenAlgorithms.energyKwh(1, 8, 12, 1, 64, 0.9)).hasMessageContaining("PUE must be between 1.0 and 5.0");
        assertThatThrownBy(() -> GreenAlgorithms.energyKwh(1, 8, 12, 1, 64, 0.3725, 1.2, 0.5)).hasMessageContaining("PSF");
        assertThatThrownBy(() -> GreenAlgorithms.gramsCo2e(1, -475)).hasMessageContaining("carbon intensity");
    }
}

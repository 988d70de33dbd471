package io.wattprint.core.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Pue;
import org.junit.jupiter.api.Test;

class PlanningEstimateTest {
    private static final EmissionFactor FR_2023 = EmissionFactor.annual("FR", CarbonIntensity.ofGramsPerKwh(56.04), 2023,
            Basis.AVERAGE, Boundary.LIFECYCLE, "Ember 2023", null, "CC BY 4.0");

    private static PlanningEstimate.Builder eightH100() {
        return PlanningEstimate.builder("H100 SXM5 80GB").count(8).power(700, "datasheet TDP").hours(24).factor(FR_2023);
    }

    @Test
    void tdpAtFullUseWithoutPueIsTheMlCo2ImpactFormula() {
        PlanningEstimate e = eightH100().build();

        // 8 × 700 W × 24 h = 134.4 kWh; × 56.04 g/kWh = 7.531776 kg.
        assertThat(e.energyKwh()).isEqualTo(134.4);
        assertThat(e.facilityEnergyKwh()).isEqualTo(134.4);
        assertThat(e.co2eKg()).isEqualTo(134.4 * 56.04 / 1000);
        assertThat(e.utilisation()).isEqualTo(1.0);
        assertThat(e.pue().pue()).isEqualTo(Pue.NONE);
    }

    @Test
    void utilisationAndPueScaleTheEnergy() {
        PlanningEstimate e = eightH100().utilisation(0.5, "given").pue(new PueAssumption(Pue.of(1.5), "given")).build();

        assertThat(e.energyKwh()).isEqualTo(67.2);
        assertThat(e.facilityEnergyKwh()).isEqualTo(67.2 * 1.5);
        assertThat(e.co2eKg()).isEqualTo(67.2 * 1.5 * 56.04 / 1000);
    }

    @Test
    void explanationNamesHardwarePowerSourceUtilisationPueAndFactor() {
        String text = String.join("\n", eightH100().yearOfUse(2026).build().explain().render());

        assertThat(text).contains(
                "kgCO2e (location-based, estimated) = 7.531776000",
                "accelerators (N): 8 × H100 SXM5 80GB",
                "power per accelerator (P): 700.000 W  — datasheet TDP",
                "utilisation (U): 1.000  — default: TDP at full use (ML CO2 Impact convention), an upper-bound style assumption",
                "hours (H): 24.000000",
                "PUE: 1.000  — not applied",
                "grid factor: 56.040 gCO2e/kWh for FR, 2023",
                "note: factor year 2023 applied to 2026 (latest published year for FR)");
    }

    @Test
    void noYearNoteWhenTheFactorIsOfTheYearOfUse() {
        assertThat(eightH100().yearOfUse(2023).build().factorYearNote()).isNull();
    }

    @Test
    void badInputsAreNamedWithTheirRange() {
        assertThatThrownBy(() -> eightH100().count(0).build()).hasMessageContaining("count must be at least 1, got 0");
        assertThatThrownBy(() -> eightH100().hours(0).build()).hasMessageContaining("hours must be greater than 0");
        assertThatThrownBy(() -> eightH100().power(-1, "x").build()).hasMessageContaining("power must be greater than 0 W");
        assertThatThrownBy(() -> eightH100().utilisation(0, "x").build()).hasMessageContaining("greater than 0 and at most 1");
        assertThatThrownBy(() -> eightH100().utilisation(1.2, "x").build()).hasMessageContaining("greater than 0 and at most 1");
        assertThatThrownBy(() -> eightH100().factor(null).build()).isInstanceOf(NullPointerException.class);
    }
}

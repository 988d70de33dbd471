package io.wattprint.core.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.method.Metrics.Boundary;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Pue;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void carbonPerInferenceAddsEmbodiedAndDividesByTheCount() {
        // (2 kWh × 400 g/kWh + 200 g) / 10,000 = 0.1 g per inference.
        Co2e per = Metrics.carbonPerInference(Energy.ofKilowattHours(2), CarbonIntensity.ofGramsPerKwh(400),
                Co2e.ofGrams(200), 10_000);

        assertThat(Figures.round(per.grams(), 9)).isEqualByComparingTo("0.1");
    }

    @Test
    void carbonPerInferenceIsTheSciScorePerInference() {
        // Part 9: the two ways of asking must agree. 2 kWh × 400 g/kWh + 200 g over 10,000 inferences.
        Co2e per = Metrics.carbonPerInference(Energy.ofKilowattHours(2), CarbonIntensity.ofGramsPerKwh(400),
                Co2e.ofGrams(200), 10_000);
        Sci sci = Sci.compute(Energy.ofKilowattHours(2), CarbonIntensity.ofGramsPerKwh(400), Co2e.ofGrams(200),
                new FunctionalUnit(10_000, "inference"));

        assertThat(sci.sciGrams()).isCloseTo(per.grams(), within(1e-15));
    }

    @Test
    void energyPerThousandInferences() {
        // AI Energy Score's gpt2 label: 2.37 Wh per 1k queries, i.e. 23.7 Wh for 10,000.
        Energy per1k = Metrics.energyPerThousandInferences(Energy.ofWattHours(23.7), 10_000);

        assertThat(Figures.round(per1k.wattHours(), 9)).isEqualByComparingTo("2.37");
    }

    @Test
    void energyToSolutionSumsEveryRunAndKeepsItsBoundary() {
        var ets = Metrics.energyToSolution(List.of(Energy.ofKilowattHours(10), Energy.ofKilowattHours(2.5),
                Energy.ofKilowattHours(0.5)), Boundary.NODE);

        assertThat(Figures.round(ets.energy().kilowattHours(), 9)).isEqualByComparingTo("13");
        assertThat(ets.boundary()).isEqualTo(Boundary.NODE);
        assertThat(ets).hasToString("13.000000 kWh (node boundary)");
        assertThat(Metrics.energyToSolution(List.of(), Boundary.GPU).energy()).isEqualTo(Energy.ZERO);
    }

    @Test
    void flopsPerKwh() {
        assertThat(Metrics.flopsPerKwh(3.6e18, Energy.ofKilowattHours(2))).isEqualTo(1.8e18);
        assertThatThrownBy(() -> Metrics.flopsPerKwh(1, Energy.ZERO)).hasMessageContaining("energy must be more than 0");
        assertThatThrownBy(() -> Metrics.flopsPerKwh(-1, Energy.ofKilowattHours(1))).hasMessageContaining("FLOPs must be 0 or more");
    }

    @Test
    void cueIsFacilityCarbonPerItKilowattHourAndFactorTimesPueForOneSupply() {
        // 1,000 IT kWh at PUE 1.5 on a 400 g/kWh grid: 1,500 kWh × 0.4 kg = 600 kg, CUE 0.6 = 0.4 × 1.5.
        Energy it = Energy.ofKilowattHours(1_000);
        Co2e facility = CarbonIntensity.ofGramsPerKwh(400).times(Pue.of(1.5).facilityEnergy(it));

        assertThat(Metrics.cue(facility, it)).isCloseTo(0.6, within(1e-12));
        assertThat(Metrics.cue(CarbonIntensity.ofGramsPerKwh(400), Pue.of(1.5))).isCloseTo(0.6, within(1e-12));
        assertThatThrownBy(() -> Metrics.cue(facility, Energy.ZERO)).hasMessageContaining("IT energy must be more than 0");
    }

    @Test
    void countsMustBePositive() {
        assertThatThrownBy(() -> Metrics.carbonPerInference(Energy.ZERO, CarbonIntensity.ofGramsPerKwh(1), Co2e.ZERO, 0))
                .hasMessageContaining("inferences must be more than 0, got 0");
        assertThatThrownBy(() -> Metrics.energyPerThousandInferences(Energy.ZERO, -1))
                .hasMessageContaining("inferences must be more than 0, got -1");
    }
}

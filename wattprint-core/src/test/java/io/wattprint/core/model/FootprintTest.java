package io.wattprint.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.quantity.Energy;
import java.util.List;
import org.junit.jupiter.api.Test;

class FootprintTest {
    private static final Explanation E = Explanation.builder("x", "y").build();

    private static Footprint of(List<ComponentEnergy> parts) {
        Energy it = parts.stream().map(ComponentEnergy::energy).reduce(Energy.ZERO, Energy::plus);
        return new Footprint(parts, it, PueAssumption.notApplied(), it, null, null, E);
    }

    @Test
    void measuredShareCountsCounterAndPowerMeasurementsOnly() {
        Footprint f = of(List.of(
                new ComponentEnergy(Component.gpu("0"), new Provenance.MeasuredCounter("nvml"), Energy.ofJoules(600)),
                new ComponentEnergy(Component.gpu("1"), new Provenance.MeasuredPower("nvml-power"), Energy.ofJoules(150)),
                new ComponentEnergy(Component.CPU, new Provenance.Estimated("cpu-tdp-load-curve"), Energy.ofJoules(200)),
                new ComponentEnergy(Component.DRAM, new Provenance.Imported("codecarbon 3.0.1"), Energy.ofJoules(50))));
        assertThat(f.measuredShare()).isEqualTo(0.75);
    }

    @Test
    void allEstimatedIsZeroShare() {
        Footprint f = of(List.of(new ComponentEnergy(Component.CPU, new Provenance.Estimated("m"), Energy.ofJoules(10))));
        assertThat(f.measuredShare()).isZero();
    }

    @Test
    void noEnergyIsZeroShareNotNaN() {
        assertThat(of(List.of()).measuredShare()).isZero();
    }

    @Test
    void componentsAreCopied() {
        var list = new java.util.ArrayList<ComponentEnergy>();
        Footprint f = of(list);
        list.add(new ComponentEnergy(Component.CPU, new Provenance.Estimated("m"), Energy.ofJoules(10)));
        assertThat(f.components()).isEmpty();
    }
}

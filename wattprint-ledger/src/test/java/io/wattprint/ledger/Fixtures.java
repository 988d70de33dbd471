package io.wattprint.ledger;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Explanation;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Pue;
import java.time.Instant;
import java.util.List;

/** Values the ledger tests store and read back. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-11-23T10:00:00.123456Z");
    static final Provenance NVML = new Provenance.MeasuredCounter("nvml-total-energy");
    static final Provenance RAPL = new Provenance.MeasuredCounter("rapl-energy_uj");
    static final Provenance TDP = new Provenance.Estimated("tdp-utilisation");

    private Fixtures() {}

    static Workload workload(String project) {
        return Workload.builder("bert-finetune").project(project).team("nlp").model("bert-base")
                .modelVersion("v3").phase(Phase.FINE_TUNING).tag("dataset", "squad").tag("owner", "ana").build();
    }

    static Run run(String id, String key, String project, Instant start) {
        return new Run(id, key, workload(project), "gpu-node-7", new Location("FR", "aws:eu-west-3", null),
                start, null, RunStatus.RUNNING, null, "python train.py --epochs 3");
    }

    static Run run(String id, Instant start) {
        return run(id, "key-" + id, "search", start);
    }

    static EnergyInterval interval(Component c, int second, double joules) {
        Instant start = T0.plusSeconds(second);
        return new EnergyInterval(start, start.plusSeconds(1), c, Energy.ofJoules(joules), NVML);
    }

    static EmissionFactor france2024() {
        return EmissionFactor.annual("FR", CarbonIntensity.ofGramsPerKwh(21.7), 2024, EmissionFactor.Basis.AVERAGE,
                EmissionFactor.Boundary.LIFECYCLE, "RTE eco2mix", "factors-2026.1", "Etalab 2.0");
    }

    static Explanation explanation(String value) {
        return Explanation.builder("Scope 2 location-based", value)
                .formula("facility energy × grid factor")
                .input("facility energy", "0.012 kWh", "measured, NVML + RAPL")
                .input("grid factor", "21.7 gCO2e/kWh", "RTE eco2mix — 2024")
                .note("factor year 2024 applied to a 2026 run")
                .part(Explanation.builder("facility energy", "0.012 kWh").formula("IT energy × PUE 1.2").build())
                .build();
    }

    static Footprint footprint(double gpuJoules, Co2e co2e, EmissionFactor factor) {
        List<ComponentEnergy> parts = List.of(
                new ComponentEnergy(Component.gpu("0"), NVML, Energy.ofJoules(gpuJoules)),
                new ComponentEnergy(Component.cpuPackage(0), RAPL, Energy.ofJoules(1200.5)),
                new ComponentEnergy(Component.DRAM, TDP, Energy.ofJoules(30)),
                new ComponentEnergy(Component.OTHER, new Provenance.Imported("codecarbon 3.0.1"), Energy.ofJoules(7)));
        Energy it = parts.stream().map(ComponentEnergy::energy).reduce(Energy.ZERO, Energy::plus);
        PueAssumption pue = new PueAssumption(Pue.of(1.2), "declared, aws:eu-west-3 (ISO/IEC 30134-2 category 1)");
        return new Footprint(parts, it, pue, pue.pue().facilityEnergy(it), co2e, factor, explanation(String.valueOf(co2e)));
    }
}

package io.wattprint.cli.runs;

import io.wattprint.core.allocation.Usage;
import io.wattprint.core.embodied.EmbodiedAmortisation.RunEmbodied;
import io.wattprint.core.embodied.EmbodiedAmortisation;
import io.wattprint.core.embodied.HardwareRecord;
import io.wattprint.core.embodied.Reservation;
import io.wattprint.core.embodied.ResourceUnit;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Run;
import io.wattprint.ledger.Ledger;
import io.wattprint.report.view.EmbodiedView;
import java.util.List;
import java.util.Optional;

/**
 * A run's embodied (Scope 3) line, when a hardware record matches its host: the record valid at
 * the run's start, the run's duration as time reserved, and as resources the GPUs its intervals
 * name (a GPU record) or a {@code vcpus=N} tag, else every vCPU (a vCPU record: the host is
 * reserved by default).
 */
public record EmbodiedLine(HardwareRecord hardware, RunEmbodied embodied, String resourcesBasis) {

    static Optional<EmbodiedLine> of(Ledger ledger, Run run, List<EnergyInterval> intervals) {
        if (run.end() == null || run.host() == null) return Optional.empty();
        return ledger.hardware().forHost(run.host(), run.start()).map(s -> {
            HardwareRecord hw = s.record();
            Reserved r = reservation(hw, run, intervals);
            RunEmbodied m = EmbodiedAmortisation.perRun(hw, r.reservation());
            return new EmbodiedLine(hw, m, r.basis());
        });
    }

    /** What a closed run reserved of a machine, and on what basis its resources were counted. */
    public record Reserved(Reservation reservation, String basis) {}

    /**
     * The run's reservation of {@code hw}: its duration, and as resources the GPUs its intervals
     * name (a GPU record) or its {@code vcpus=N} tag, else every vCPU (the host reserved).
     */
    public static Reserved reservation(HardwareRecord hw, Run run, List<EnergyInterval> intervals) {
        double resources;
        String basis;
        if (hw.unit() == ResourceUnit.GPU) {
            resources = Usage.gpuCount(intervals);
            basis = "gpu:* components in its intervals";
        } else {
            Double tagged = vcpus(run);
            resources = tagged == null ? hw.totalResources() : tagged;
            basis = tagged == null ? "the whole host (reserved host; tag vcpus=N to say otherwise)" : "tag vcpus";
        }
        return new Reserved(new Reservation(run.id(), run.start(), run.end(), resources), basis);
    }

    private static Double vcpus(Run run) {
        String v = run.workload().tags().get("vcpus");
        if (v == null) return null;
        try {
            double n = Double.parseDouble(v.strip());
            return Double.isFinite(n) && n >= 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    String summary() {
        return co2eText() + " (Scope 3; " + hardware.id() + ", " + Figures.plain(embodied.resourcesCharged(), 6)
                + " of " + hardware.totalResources() + " " + hardware.unit().label() + "s)";
    }

    private String co2eText() { return io.wattprint.cli.out.Human.co2e(embodied.embodied()); }

    EmbodiedView view() { return EmbodiedView.of(hardware, embodied, resourcesBasis); }
}

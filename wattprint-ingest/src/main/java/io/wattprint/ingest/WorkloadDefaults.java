package io.wattprint.ingest;

import io.wattprint.core.model.Phase;
import io.wattprint.core.model.Workload;

/**
 * Workload attributes the files do not carry, given for a whole import ({@code wattprint ingest KIND FILE
 * --model M --model-version V --phase P --team T}): every run the import stores gets them. Null fields
 * are not set (the importer's own value, if any, stays). A run already in the ledger (same natural key)
 * keeps the attributes it was first stored with: importing it again, or a later snapshot of it, does not
 * change them.
 */
public record WorkloadDefaults(String model, String modelVersion, Phase phase, String team) {
    /** Nothing given. */
    public static final WorkloadDefaults NONE = new WorkloadDefaults(null, null, null, null);

    public WorkloadDefaults {
        model = blankToNull(model);
        modelVersion = blankToNull(modelVersion);
        team = blankToNull(team);
    }

    public boolean isEmpty() { return model == null && modelVersion == null && phase == null && team == null; }

    /** Sets the given attributes on a workload being built; returns it. */
    public Workload.Builder applyTo(Workload.Builder w) {
        if (model != null) w.model(model);
        if (modelVersion != null) w.modelVersion(modelVersion);
        if (phase != null) w.phase(phase);
        if (team != null) w.team(team);
        return w;
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}

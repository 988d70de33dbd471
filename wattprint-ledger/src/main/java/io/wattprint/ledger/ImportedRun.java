package io.wattprint.ledger;

import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A closed run brought in from another tool, with its intervals and the footprint computed for it,
 * stored by {@link ImportedRunRepository#insert} in a batch.
 *
 * @param dataset the reference data version the footprint was computed with, or null
 * @param importId the import bringing it in, recorded with an update of a run already stored; or null
 */
public record ImportedRun(Run run, List<EnergyInterval> intervals, Footprint footprint, String dataset, Instant computedAt,
                          String importId) {
    public ImportedRun(Run run, List<EnergyInterval> intervals, Footprint footprint, String dataset, Instant computedAt) {
        this(run, intervals, footprint, dataset, computedAt, null);
    }

    public ImportedRun {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(footprint, "footprint");
        Objects.requireNonNull(computedAt, "computedAt");
        intervals = List.copyOf(intervals);
        if (run.status() == RunStatus.RUNNING || run.end() == null) {
            throw new IllegalArgumentException("an imported run is closed: run " + run.id() + " is still running");
        }
    }
}

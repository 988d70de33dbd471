package io.wattprint.ledger.spool;

import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import java.util.Objects;

/**
 * The run's whole row as its wattprint stored it, or would have: id, idempotency key, workload and tags, host,
 * location, start and the command line as stored (already redacted), with the PUE its close applies. It follows
 * the header in the spool file, so a run whose row the ledger could not take yet (other processes held it) is
 * stored from its spool file by the next command, as it was, with the PUE it was given.
 */
public record SpoolRun(Run run, PueAssumption pue) {
    public SpoolRun {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(pue, "pue");
        if (run.status() != RunStatus.RUNNING || run.end() != null) {
            throw new IllegalArgumentException("a spooled run is the row of a running run; run " + run.id() + " is "
                    + run.status().label());
        }
    }
}

package io.wattprint.ledger.spool;

import io.wattprint.core.model.RunStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * How a run ended, written to its spool file before the ledger is asked to close it: when the
 * ledger cannot take the close (held by others past the write patience, a full disk, a restarted
 * server), recovery closes the run with this outcome instead of {@code interrupted}, so the
 * command's exit code is never lost.
 */
public record SpoolOutcome(Instant end, RunStatus status, Integer exitCode) {
    public SpoolOutcome {
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        if (status == RunStatus.RUNNING) throw new IllegalArgumentException("an outcome is a final status, not running");
    }
}

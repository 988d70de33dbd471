package io.wattprint.ledger;

import io.wattprint.core.model.Run;

/**
 * A stored run with its outcome folded in ({@code RUNNING} until it is closed) and its
 * latest footprint, or null when none has been computed.
 */
public record RunRecord(Run run, StoredFootprint footprint) {
    public RunRecord {
        java.util.Objects.requireNonNull(run, "run");
    }
}

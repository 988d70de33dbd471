package io.wattprint.run.close;

import io.wattprint.core.method.FootprintCalculator;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.RunStatus;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunRepository;
import java.time.Instant;
import java.util.List;

/**
 * The last step of every run, whether its wattprint closes it or recovery does after a kill: the
 * footprint is computed from what the ledger holds for the run, summed by the hour (neither the
 * session nor the close holds every tick of a long run in memory), with the run's PUE and the
 * factors of {@link RunFactors}; then the outcome and the footprint are stored in one transaction.
 */
public final class RunClose {
    private RunClose() {}

    /**
     * The run as closed: its end, its footprint, and whether this call closed it ({@code false}: another
     * process had closed it already, and its outcome stands).
     */
    public record Closed(Instant end, Footprint footprint, boolean closedHere) {}

    /**
     * Closes run {@code runId} at {@code endAtLeast}, or at its last stored interval's end when that is
     * later.
     */
    public static Closed close(Ledger ledger, ReferenceData data, String runId, Location where, PueAssumption pue,
                               Instant endAtLeast, RunStatus status, Integer exitCode) {
        RunRepository runs = ledger.runs();
        List<EnergyInterval> hourly = ledger.intervals().hourly(runId);
        Instant end = endAtLeast;
        for (EnergyInterval i : hourly) if (i.end().isAfter(end)) end = i.end();
        Footprint footprint = new FootprintCalculator().compute(hourly, where, pue,
                RunFactors.forRun(ledger, data, where, hourly));
        boolean closedHere = runs.closeRun(runId, end, status, exitCode, footprint, data.version(), end);
        return new Closed(end, footprint, closedHere);
    }
}

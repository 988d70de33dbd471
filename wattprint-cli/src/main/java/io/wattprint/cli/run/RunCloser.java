package io.wattprint.cli.run;

import io.wattprint.cli.Cli;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.runs.RunView;
import io.wattprint.core.method.FootprintCalculator;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.RunRepository;
import java.time.Instant;
import java.util.List;

/** Closes a run once: last intervals, outcome, footprint, and the printed summary. */
final class RunCloser {
    private final Cli cli;
    private final RunRepository runs;
    private final String ledgerName;
    private final ReferenceData data;
    private final Run run;
    private final PueAssumption pue;
    private final boolean json;

    RunCloser(Cli cli, RunRepository runs, String ledgerName, ReferenceData data, Run run, PueAssumption pue, boolean json) {
        this.cli = cli;
        this.runs = runs;
        this.ledgerName = ledgerName;
        this.data = data;
        this.run = run;
        this.pue = pue;
        this.json = json;
    }

    /**
     * @param intervals every interval of the run (the footprint is computed from them)
     * @param unstored  those the sampler could not store as they came (stored now)
     */
    void complete(List<EnergyInterval> intervals, List<EnergyInterval> unstored, RunStatus status, Integer exitCode,
                  List<String> warnings, List<String> models) {
        Instant end = cli.clock().instant();
        if (!unstored.isEmpty()) runs.appendIntervals(run.id(), unstored);
        Footprint footprint = new FootprintCalculator().compute(intervals, run.location(), pue, data.grid());
        runs.closeRun(run.id(), end, status, exitCode, footprint, data.version(), end);
        Run closed = run.closed(end, status, exitCode);
        RunSummary.print(cli.err(), closed, footprint, warnings, models, ledgerName);
        if (json) {
            runs.find(run.id()).ifPresent(r -> Json.print(cli.out(), RunView.detail(r, intervals.size())));
        }
    }
}

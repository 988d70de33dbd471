package io.wattprint.cli.run;

import io.wattprint.run.MeterSession;
import io.wattprint.cli.Cli;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.runs.RunView;
import io.wattprint.core.model.RunStatus;
import io.wattprint.ledger.RunRepository;
import io.wattprint.report.view.RunDetailView;
import java.util.List;

/** Closes a run once (through its {@link MeterSession}) and prints the summary. */
final class RunCloser {
    private final Cli cli;
    private final RunRepository runs;
    private final MeterSession session;
    private final boolean json;
    private final List<String> notes;

    RunCloser(Cli cli, RunRepository runs, MeterSession session, boolean json, List<String> notes) {
        this.cli = cli;
        this.runs = runs;
        this.session = session;
        this.json = json;
        this.notes = List.copyOf(notes);
    }

    /**
     * Closes the run. When the ledger cannot take the close (another process held it past the
     * write patience, a full disk, a lost server) the command's exit code still stands: the spool
     * file keeps the run with its outcome and the next wattprint command stores it.
     */
    void complete(RunStatus status, Integer exitCode) {
        MeterSession.Result r;
        try {
            r = session.finish(status, exitCode);
        } catch (RuntimeException e) {
            String ended = "wattprint: run " + RunView.shortId(session.run().id()) + " ended (" + status.label()
                    + (exitCode == null ? "" : ", exit " + exitCode) + ")";
            var spoolLoss = session.spoolFailure();
            if (spoolLoss.isEmpty()) {
                cli.err().println(ended + " but the ledger could not store it: " + e.getMessage());
                cli.err().println("  its spool file keeps the run and its outcome; the next wattprint command on "
                        + session.ledgerName() + " stores it");
            } else if (!spoolLoss.get().ongoing()) {
                cli.err().println(ended + " but the ledger could not store it: " + e.getMessage());
                cli.err().println("  its spool file keeps the run and its outcome, but not all of it: " + spoolLoss.get().message());
                cli.err().println("  lost: the intervals not spooled (the run's energy is short by them); the next wattprint command on "
                        + session.ledgerName() + " stores the rest");
            } else {
                cli.err().println(ended + " but neither the ledger nor its spool file could store it: " + e.getMessage()
                        + "; " + spoolLoss.get().message());
                cli.err().println("  lost: the run's end" + (exitCode == null ? "" : " and exit code " + exitCode)
                        + " and the intervals not spooled; the next wattprint command on " + session.ledgerName()
                        + " closes the run as interrupted with what the ledger and the spool file hold");
            }
            cli.err().flush();
            return;
        }
        RunSummary.print(cli.err(), r.run(), r.footprint(), notes, r.warnings(), r.models(), session.ledgerName());
        if (json) {
            runs.find(r.run().id()).ifPresent(found -> Json.print(cli.out(), RunDetailView.of(found, Math.toIntExact(r.intervalCount()))));
        }
    }
}

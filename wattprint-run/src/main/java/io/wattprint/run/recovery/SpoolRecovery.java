package io.wattprint.run.recovery;

import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.RunMarker;
import io.wattprint.core.model.RunStatus;
import io.wattprint.data.ReferenceData;
import io.wattprint.run.close.RunClose;
import io.wattprint.run.site.RunDefaults;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.RunRepository;
import io.wattprint.ledger.spool.Spool;
import io.wattprint.ledger.spool.SpoolContents;
import io.wattprint.ledger.spool.SpoolException;
import io.wattprint.ledger.spool.SpoolFile;
import io.wattprint.ledger.spool.SpoolOutcome;
import io.wattprint.ledger.spool.SpoolRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Closes runs whose wattprint process died without closing them (SIGKILL, power loss, reboot):
 * everything their spool file holds is stored in the ledger (appends are idempotent, so what the
 * ledger already had changes nothing), and the run is closed as {@code interrupted} at its last
 * measured instant with its footprint — or with the outcome its spool file records, when its wattprint saw
 * the run end but the ledger could not take the close. Runs of another ledger are left for that ledger's next start.
 * A run whose row the ledger never got (other processes held it all the while its wattprint ran) is stored first from
 * its spool file's run record, as it was, with the PUE it was given. A spool file without one (an earlier release, or
 * a wattprint stopped before its run started) whose run is not stored and that holds nothing measured is removed.
 */
public final class SpoolRecovery {
    private SpoolRecovery() {}

    /** One run brought back, or a spool file that could not be used, in words for the user. */
    public record Recovered(String runId, Instant end, Footprint footprint, String message) {}

    /**
     * What every command does before it reads or writes runs: closes the runs left open by a killed
     * wattprint and tells {@code say} about each, in words. Cheap when there is nothing to recover:
     * the reference data is loaded only when there is.
     */
    public static void recoverAndTell(Spool spool, Ledger ledger, Supplier<ReferenceData> data, Consumer<String> say) {
        try {
            if (!java.nio.file.Files.isDirectory(spool.directory()) || spool.orphans().isEmpty() && spool.unreadable().isEmpty()
                    && spool.staleTemporaryFiles().isEmpty()) return;
        } catch (SpoolException e) {
            say.accept("warning: cannot look for runs to recover: " + e.getMessage());
            return;
        }
        if (ledger.isReadOnly()) {
            say.accept("note: runs left open by a stopped wattprint wait in " + spool.directory()
                    + "; they are stored when a command next opens " + ledger.describe() + " with write access");
            return;
        }
        for (Recovered r : recover(spool, ledger, data.get())) say.accept(r.message());
    }

    public static List<Recovered> recover(Spool spool, Ledger ledger, ReferenceData data) {
        List<Recovered> out = new ArrayList<>();
        if (spool == null || !java.nio.file.Files.isDirectory(spool.directory())) return out;
        List<SpoolFile> orphans;
        List<SpoolException> unreadable;
        try {
            orphans = spool.orphans();
            unreadable = spool.unreadable();
        } catch (SpoolException e) {
            // An unreadable spool directory (made by `sudo wattprint run`, say) must not stop the command.
            out.add(new Recovered(null, null, null, "cannot look for runs to recover: " + e.getMessage()));
            return out;
        }
        for (SpoolFile f : orphans) {
            if (!ledger.describe().equals(f.header().ledger())) continue;
            try {
                recoverOne(spool, f, ledger, data).ifPresent(out::add);
            } catch (RuntimeException e) {
                out.add(new Recovered(f.runId(), null, null, "could not recover run " + f.runId() + " from " + f.path()
                        + ": " + e.getMessage() + " (the file is kept; the next start tries again)"));
            }
        }
        for (SpoolException e : unreadable) {
            out.add(new Recovered(null, null, null, e.getMessage()));
        }
        try {
            for (java.nio.file.Path p : spool.removeStaleTemporaryFiles()) {
                out.add(new Recovered(null, null, null, "removed " + p + ", left by a wattprint stopped before its run was stored"));
            }
        } catch (SpoolException e) {
            out.add(new Recovered(null, null, null, e.getMessage()));
        }
        return out;
    }

    private static Optional<Recovered> recoverOne(Spool spool, SpoolFile f, Ledger ledger, ReferenceData data) {
        SpoolContents c = Spool.read(f.path());
        RunRepository runs = ledger.runs();
        Optional<RunRecord> stored = runs.find(f.runId());
        boolean rowFromSpool = false;
        if (stored.isEmpty() && c.run().isPresent()) {
            // Its wattprint ran the command while other processes held the ledger, and the row never got in: the
            // spool file has it whole. Stored as it was (idempotent by its key), then recovered as any other run.
            runs.insertRun(c.run().get().run());
            stored = runs.find(f.runId());
            rowFromSpool = true;
        }
        if (stored.isEmpty()) {
            if (c.intervals().isEmpty() && c.markers().isEmpty()) {
                // Its wattprint stopped after creating the spool file and before the run was stored:
                // the command never started and nothing was measured.
                spool.delete(f.runId());
                return Optional.of(new Recovered(f.runId(), null, null, "removed spool file " + f.path() + " of run "
                        + f.runId() + ", whose wattprint (process " + f.header().ownerPid()
                        + ") stopped before the run was stored; nothing had been measured"));
            }
            return Optional.of(new Recovered(f.runId(), null, null, "spool file " + f.path() + " names run " + f.runId()
                    + ", which is not in " + ledger.describe() + "; the file is kept"));
        }
        if (stored.get().run().status() != RunStatus.RUNNING) {
            spool.delete(f.runId());   // closed after all (the process died after the close committed)
            return Optional.empty();
        }
        ledger.intervals().append(f.runId(), c.intervals());
        ledger.markers().append(f.runId(), c.markers());
        long count = ledger.intervals().count(f.runId());
        Instant end = stored.get().run().start();
        for (RunMarker m : c.markers()) if (m.at().isAfter(end)) end = m.at();
        // Its wattprint saw the run end but the ledger did not take the close: that outcome stands.
        Optional<SpoolOutcome> outcome = c.outcome();
        if (outcome.isPresent() && outcome.get().end().isAfter(end)) end = outcome.get().end();
        RunStatus status = outcome.map(SpoolOutcome::status).orElse(RunStatus.INTERRUPTED);
        Integer exitCode = outcome.map(SpoolOutcome::exitCode).orElse(null);
        // The close of a run its own wattprint would have made, at its last measured instant at the earliest.
        // The PUE its wattprint applied, when the spool file says; else the location's default.
        RunRecord record = stored.get();
        PueAssumption pue = c.run().map(SpoolRun::pue).orElseGet(() -> pueOf(record, data));
        RunClose.Closed closed = RunClose.close(ledger, data, f.runId(), stored.get().run().location(),
                pue, end, status, exitCode);
        end = closed.end();
        Footprint footprint = closed.footprint();
        boolean closedHere = closed.closedHere();
        spool.delete(f.runId());
        if (!closedHere) return Optional.empty();   // another process closed it meanwhile: its outcome stands
        String lost = c.problems().map(p -> "; " + p).orElse("");
        String closedAs = outcome.isEmpty() ? "closed as interrupted"
                : "closed as " + status.label() + (exitCode == null ? "" : " (exit " + exitCode + ")")
                + ", the outcome its wattprint recorded before the ledger could take it,";
        String row = rowFromSpool ? ", stored from its spool file (the ledger was held while it ran)" : "";
        return Optional.of(new Recovered(f.runId(), end, footprint, "recovered run " + f.runId()
                + " left open by process " + f.header().ownerPid() + " (no longer running)" + row + ": " + closedAs
                + " at " + end + " with " + count + " intervals" + lost));
    }

    /**
     * The PUE the run would have used. A run's PUE choice is not stored until it closes, so a
     * recovered run gets its location's default (the provider PUE of a cloud region, else none);
     * an explicit --pue of the killed process is not known and is said so in the basis.
     */
    static PueAssumption pueOf(RunRecord r, ReferenceData data) {
        PueAssumption dflt = RunDefaults.pue(data, r.run().location(),
                r.run().start().atZone(java.time.ZoneOffset.UTC).getYear());
        return new PueAssumption(dflt.pue(), dflt.basis() + "; run recovered after its process died, so a PUE given to it "
                + "(--pue) is not known");
    }
}

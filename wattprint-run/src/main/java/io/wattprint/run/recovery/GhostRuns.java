package io.wattprint.run.recovery;

import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunMarker;
import io.wattprint.core.model.RunStatus;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.spool.Liveness;
import io.wattprint.run.close.RunClose;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Ghost runs: runs of this host with no outcome that no spool file backs (made by a release that stored the run
 * before its spool file, or by a wattprint that could not make one), which {@link SpoolRecovery} never sees. A ghost is
 * closed as {@code interrupted} only when its process is provably gone. The run row does not record which process made
 * it, so the proof is that no process that could be its wattprint is alive: every live process of this host (this one
 * aside) either started after the run did — a run is stamped when its wattprint stores it, after that process started
 * — or is known not to be a wattprint: its command line is readable, does not name wattprint and is not a Java
 * process's (an application using the Java API); kernel threads are none. A process whose command line cannot be
 * read counts as a possible owner. The close is {@link SpoolRecovery}'s:
 * {@link RunClose#close} with the run's stored intervals, the location's default PUE, no exit code.
 */
public final class GhostRuns {
    private GhostRuns() {}

    /** Why a ghost cannot be closed yet: a live process that may be its wattprint, in words, or empty when none is. */
    public static Optional<String> possibleOwner(Run run) {
        return possibleOwner(run, ProcessHandle::allProcesses, ProcessHandle.current().pid());
    }

    /** {@link #possibleOwner(Run)} over the given processes; {@code self} (the pid of the caller) is never an owner. */
    static Optional<String> possibleOwner(Run run, Supplier<Stream<ProcessHandle>> processes, long self) {
        Instant latestOwnerStart = run.start().plus(Liveness.START_TOLERANCE);
        try (Stream<ProcessHandle> all = processes.get()) {
            java.util.List<ProcessHandle> owners = all.filter(p -> p.pid() != self && p.isAlive())
                    .filter(p -> p.info().startInstant().map(s -> !s.isAfter(latestOwnerStart)).orElse(true))
                    .filter(p -> !isKernelThread(p))
                    .filter(GhostRuns::mayBeWattprint)
                    .toList();
            if (owners.isEmpty()) return Optional.empty();
            ProcessHandle first = owners.get(0);
            return Optional.of("process " + first.pid() + " (" + first.info().commandLine().map(GhostRuns::shortened)
                    .orElse("command line not readable") + "), started "
                    + first.info().startInstant().map(Instant::toString).orElse("at an unknown time")
                    + ", before the run, may be its wattprint and is still running"
                    + (owners.size() == 1 ? "" : " (" + owners.size() + " such processes: " + owners.stream()
                            .map(p -> Long.toString(p.pid())).collect(java.util.stream.Collectors.joining(", ")) + ")"));
        }
    }

    private static boolean isKernelThread(ProcessHandle p) {
        return p.pid() == 2 || p.parent().map(q -> q.pid() == 2).orElse(false);
    }

    /**
     * Whether {@code p} may be a wattprint: its command line names wattprint, or it is a Java process (an application
     * measuring itself through the Java API need not name wattprint), or its command line cannot be read.
     */
    private static boolean mayBeWattprint(ProcessHandle p) {
        Optional<String> line = p.info().commandLine().or(() -> p.info().command());
        if (line.isEmpty() || line.get().isBlank() || line.get().toLowerCase(Locale.ROOT).contains("wattprint")) return true;
        String program = p.info().command().orElse(line.get().strip().split("\\s+", 2)[0]);
        String name = program.substring(program.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.equals("java") || name.equals("java.exe") || name.equals("javaw.exe");
    }

    private static String shortened(String commandLine) {
        return commandLine.length() <= 80 ? commandLine : commandLine.substring(0, 79) + "…";
    }

    /** A ghost as closed: its end, footprint, the intervals it was closed with, and whether this call closed it. */
    public record Closed(String runId, Instant end, Footprint footprint, long intervals, boolean closedHere) {}

    /**
     * Closes {@code ghost} as {@code interrupted}, without exit code, at its last stored interval or marker (its start
     * when it has none), with the footprint of what the ledger holds for it — the close {@link SpoolRecovery} makes.
     * A run another process closed meanwhile keeps that outcome ({@code closedHere} false).
     */
    public static Closed close(Ledger ledger, ReferenceData data, RunRecord ghost) {
        Run run = ghost.run();
        Instant end = run.start();
        for (RunMarker m : ledger.markers().ofRun(run.id())) if (m.at().isAfter(end)) end = m.at();
        long intervals = ledger.intervals().count(run.id());
        RunClose.Closed closed = RunClose.close(ledger, data, run.id(), run.location(), SpoolRecovery.pueOf(ghost, data), end,
                RunStatus.INTERRUPTED, null);
        return new Closed(run.id(), closed.end(), closed.footprint(), intervals, closed.closedHere());
    }

}

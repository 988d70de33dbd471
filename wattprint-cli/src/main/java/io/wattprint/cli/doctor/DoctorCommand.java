package io.wattprint.cli.doctor;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Terminal;
import io.wattprint.cli.runs.RunView;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.spool.Spool;
import io.wattprint.ledger.spool.SpoolException;
import io.wattprint.ledger.spool.SpoolFile;
import io.wattprint.ledger.spool.SpoolHeader;
import io.wattprint.run.recovery.GhostRuns;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code wattprint doctor}: checks the ledger and this host's spool and says what is wrong, in words, without
 * changing anything; {@code --fix} closes the ghost runs whose process is provably gone. Each check runs on its own: one
 * that cannot run is a problem that says why, and the others still run.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check the ledger and this host's spool; change nothing (--fix closes ghost runs).",
                "",
                "Checks: the ledger opens and its schema is current; the database's own integrity check (SQLite); the "
                        + "ledger file and its directory are not readable by other users (the ledger stores command lines); "
                        + "spool files of runs whose wattprint died (the next command recovers them), unreadable spool files "
                        + "and temporary files left behind; runs without an outcome, and among them ghosts: runs of this host "
                        + "that no spool file backs, so nothing will ever close them.",
                "",
                "A check that cannot run (a damaged page under its query) is a problem that says why; the other checks "
                        + "still run.",
                "",
                "Exit 0 when nothing is wrong (warnings only), 1 when a problem is found (or left after --fix)."},
        footer = {"", "Examples: wattprint doctor --json", "          wattprint doctor --fix"})
public final class DoctorCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--json", description = "Print the checks as JSON: {ledger, healthy, checks: [{check, status, detail}]}.")
    boolean json;
    @Option(names = "--fix", description = "Close the ghost runs (see above) whose process is provably gone as interrupted, "
            + "without exit code, with the footprint of the intervals the ledger holds for them; change nothing else. A ghost "
            + "is left open while any live process of this host that started before it may be a wattprint.")
    boolean fix;
    @Mixin
    LedgerOption ledgerOption;

    DoctorCommand(Cli cli) { this.cli = cli; }

    /** One finding: {@code status} is ok, warning or problem. */
    record Check(String check, String status, String detail) {}

    /** The {@code --json} object: the ledger checked, whether no check found a problem, and every check. */
    record Report(String ledger, boolean healthy, List<Check> checks) {}

    @Override
    public Integer call() {
        String spec = cli.ledgerSpec(ledgerOption.db);
        List<Check> checks = new ArrayList<>();
        Spool spool = Spool.in(cli.env().wattprintHome());
        Optional<Ledger> opened;
        try {
            opened = cli.openExistingLedger(ledgerOption.db);
        } catch (RuntimeException e) {
            // A ledger that does not open is the finding; the checks that need no ledger still run.
            checks.add(new Check("ledger", "problem", inWords(e)));
            guarded("permissions", checks, () -> permissions(spec, checks));
            guarded("spool", checks, () -> spool(spool, checks));
            return finish(spec, checks);
        }
        if (opened.isEmpty()) {
            checks.add(new Check("ledger", "ok", "no ledger yet at " + spec + " (wattprint run creates it)"));
            guarded("spool", checks, () -> spool(spool, checks));
            return finish(spec, checks);
        }
        try (Ledger ledger = opened.get()) {
            // Each check on its own: one that cannot run (a damaged page under its query) is said, and the rest run.
            guarded("ledger", checks, () -> {
                int[] versions = ledger.schemaVersions();
                checks.add(new Check("ledger", "ok", ledger.describe() + " opens; schema version " + versions[0] + " of "
                        + versions[1]));
            });
            guarded("integrity", checks, () -> {
                List<String> integrity = ledger.integrityProblems();
                checks.add(integrity.isEmpty() ? new Check("integrity", "ok", "the database's integrity check finds nothing")
                        : new Check("integrity", "problem", "the database's integrity check reports: "
                                + integrity.stream().limit(5).collect(Collectors.joining("; "))
                                + (integrity.size() > 5 ? "; …" : "") + " (copy the file aside and restore a backup)"));
            });
            guarded("permissions", checks, () -> permissions(spec, checks));
            Set<String> spooled = new java.util.HashSet<>();
            // Open runs are listed before the spool: a run started meanwhile made its spool file before its row.
            List<RunRecord> open = new ArrayList<>();
            guarded("open-runs", checks, () -> open.addAll(ledger.runs().open()));
            boolean spoolRead = guarded("spool", checks, () -> spooled.addAll(spool(spool, checks)))
                    && checks.stream().noneMatch(c -> c.check().equals("spool") && c.status().equals("problem"));
            if (checks.stream().noneMatch(c -> c.check().equals("open-runs"))) {
                guarded("open-runs", checks, () -> openRuns(ledger, open, spooled, spoolRead, checks));
            }
        } catch (RuntimeException e) {
            checks.add(new Check("ledger", "problem", inWords(e)));   // closing it failed
        }
        return finish(spec, checks);
    }

    /**
     * Runs one check; a check that fails to run (its query meets a damaged page, a disk read fails) is a problem said
     * in words, and the next check still runs. True when the check ran.
     */
    private static boolean guarded(String name, List<Check> checks, Runnable check) {
        try {
            check.run();
            return true;
        } catch (RuntimeException e) {
            checks.add(new Check(name, "problem", "this check could not run: " + inWords(e)));
            return false;
        }
    }

    /** A ledger failure's message (it names the ledger and says what happened); anything else with its kind. */
    private static String inWords(RuntimeException e) {
        if (e instanceof io.wattprint.ledger.LedgerException || e instanceof io.wattprint.ledger.spool.SpoolException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private int finish(String spec, List<Check> checks) {
        boolean healthy = checks.stream().noneMatch(c -> c.status().equals("problem"));
        if (json) {
            Json.print(cli.out(), new Report(spec, healthy, checks));
        } else {
            cli.out().println("wattprint doctor: " + Terminal.safe(spec));
            for (Check c : checks) {
                cli.out().printf("  %-12s %-8s %s%n", c.check(), c.status(), Terminal.safe(c.detail()));
            }
            cli.out().println(healthy ? "no problem found" : "problems found");
        }
        cli.out().flush();
        return healthy ? 0 : 1;
    }

    private static void permissions(String spec, List<Check> checks) {
        if (spec.startsWith("jdbc:postgresql:") || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) return;
        Path file = Path.of(spec.startsWith("jdbc:sqlite:") ? spec.substring("jdbc:sqlite:".length()) : spec).toAbsolutePath();
        List<String> open = new ArrayList<>();
        for (Path p : new Path[] {file, file.getParent()}) {
            try {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
                    open.add(p + " is " + PosixFilePermissions.toString(perms) + " (chmod " + (Files.isDirectory(p) ? "700" : "600")
                            + " " + p + ")");
                }
            } catch (IOException | UnsupportedOperationException e) {
                // not a local file: nothing to say
            }
        }
        checks.add(open.isEmpty() ? new Check("permissions", "ok", "the ledger and its directory are private to their owner")
                : new Check("permissions", "warning", "readable by other users, and the ledger stores command lines: "
                        + String.join("; ", open)));
    }

    /** The spool's findings; returns the ids of runs a spool file backs (being measured, or to be recovered). */
    private static Set<String> spool(Spool spool, List<Check> checks) {
        if (!Files.isDirectory(spool.directory())) {
            checks.add(new Check("spool", "ok", spool.directory() + " does not exist yet (no run measured on this host)"));
            return Set.of();
        }
        try {
            List<SpoolFile> all = spool.list();
            List<SpoolFile> orphans = spool.orphans();
            List<SpoolException> unreadable = spool.unreadable();
            List<Path> stale = spool.staleTemporaryFiles();
            checks.add(new Check("spool", "ok", spool.directory() + ": " + (all.size() - orphans.size()) + " run(s) being measured"));
            if (!orphans.isEmpty()) {
                checks.add(new Check("recovery", "warning", orphans.size() + " spool file(s) of runs whose wattprint died: "
                        + orphans.stream().map(f -> RunView.shortId(f.runId())).collect(Collectors.joining(", "))
                        + " (the next wattprint command on their ledger closes them)"));
            }
            for (SpoolException e : unreadable) checks.add(new Check("spool-file", "problem", e.getMessage()));
            if (!stale.isEmpty()) {
                checks.add(new Check("temporary", "warning", stale.size() + " temporary spool file(s) left by a wattprint stopped "
                        + "before its run was stored: " + stale.stream().map(Path::toString).collect(Collectors.joining(", "))
                        + " (the next wattprint command removes them)"));
            }
            return all.stream().map(SpoolFile::runId).collect(Collectors.toSet());
        } catch (SpoolException e) {
            checks.add(new Check("spool", "problem", e.getMessage()));
            return Set.of();
        }
    }

    private void openRuns(Ledger ledger, List<RunRecord> open, Set<String> spooled, boolean spoolRead, List<Check> checks) {
        Set<String> here = new java.util.HashSet<>(List.of(SpoolHeader.localHost()));
        String envHost = cli.env().get("HOSTNAME");
        if (envHost != null) here.add(envHost.trim());
        List<RunRecord> ghosts = new ArrayList<>();
        int elsewhere = 0;
        for (RunRecord r : open) {
            String host = r.run().host();
            if (host == null || !here.contains(host)) {
                elsewhere++;
            } else if (!spooled.contains(r.run().id())) {
                ghosts.add(r);
            }
        }
        if (open.isEmpty()) {
            checks.add(new Check("open-runs", "ok", "no run without an outcome"));
            return;
        }
        checks.add(new Check("open-runs", "ok", open.size() + " run(s) without an outcome: " + (open.size() - elsewhere - ghosts.size())
                + " backed by a spool file here, " + elsewhere + " of other hosts (their spool files are there)"));
        if (!ghosts.isEmpty() && !spoolRead) {
            checks.add(new Check("ghost-runs", "warning", ghosts.size() + " run(s) of this host with no outcome whose spool "
                    + "files could not be read, so whether they are ghosts is not known: " + named(ghosts)));
            return;
        }
        if (ghosts.isEmpty()) return;
        if (fix) {
            fixGhosts(ledger, ghosts, checks);
            return;
        }
        checks.add(new Check("ghost-runs", "problem", ghosts.size() + " run(s) of this host with no outcome and no spool file, "
                + "which nothing will close: " + named(ghosts)
                + " (their wattprint died before this release's spool-first start, or could not make a spool file; reports "
                + "count them as running; wattprint doctor --fix closes those whose process is gone)"));
    }

    private static String named(List<RunRecord> runs) {
        return runs.stream().map(r -> RunView.shortId(r.run().id()) + " (started " + r.run().start() + ")")
                .collect(Collectors.joining(", "));
    }

    /**
     * {@code --fix}: each ghost made by {@code wattprint run} whose process is provably gone is closed as interrupted,
     * with what the ledger holds for it ({@link GhostRuns}); the others are left, each with the reason.
     */
    private void fixGhosts(Ledger ledger, List<RunRecord> ghosts, List<Check> checks) {
        if (ledger.isReadOnly()) {
            checks.add(new Check("ghost-runs", "problem", ghosts.size() + " ghost run(s) left open: " + named(ghosts)
                    + " (" + ledger.describe() + " is open read-only; run wattprint doctor --fix with write access to it)"));
            return;
        }
        List<String> closed = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (RunRecord ghost : ghosts) {
            String id = RunView.shortId(ghost.run().id());
            if (!ghost.run().idempotencyKey().equals("run:" + ghost.run().id())) {
                left.add(id + ": not made by wattprint run, so not closed here");
                continue;
            }
            Optional<String> owner = GhostRuns.possibleOwner(ghost.run());
            if (owner.isPresent()) {
                left.add(id + ": " + owner.get());
                continue;
            }
            try {
                GhostRuns.Closed c = GhostRuns.close(ledger, cli.data(), ghost);
                if (c.closedHere()) {
                    closed.add(id + " as interrupted at " + c.end() + " with " + c.intervals() + " stored interval(s)");
                } else {
                    closed.add(id + " was closed by another process meanwhile; its outcome stands");
                }
            } catch (RuntimeException e) {
                left.add(id + ": " + inWords(e));
            }
        }
        if (!closed.isEmpty()) {
            checks.add(new Check("ghost-fix", "ok", "closed " + closed.size() + " ghost run(s) whose process is gone, without exit "
                    + "code and with the footprint of what the ledger holds for them: " + String.join("; ", closed)));
        }
        if (!left.isEmpty()) {
            checks.add(new Check("ghost-runs", "problem", left.size() + " ghost run(s) left open: " + String.join("; ", left)));
        }
    }
}

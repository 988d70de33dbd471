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
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code wattprint doctor}: checks the ledger and this host's spool and says what is wrong, in words, without
 * changing anything.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check the ledger and this host's spool; change nothing.",
                "",
                "Checks: the ledger opens and its schema is current; the database's own integrity check (SQLite); the "
                        + "ledger file and its directory are not readable by other users (the ledger stores command lines); "
                        + "spool files of runs whose wattprint died (the next command recovers them), unreadable spool files "
                        + "and temporary files left behind; runs without an outcome, and among them ghosts: runs of this host "
                        + "that no spool file backs, so nothing will ever close them.",
                "",
                "Exit 0 when nothing is wrong (warnings only), 1 when a problem is found."},
        footer = {"", "Example: wattprint doctor --json"})
public final class DoctorCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--json", description = "Print the checks as JSON: {ledger, healthy, checks: [{check, status, detail}]}.")
    boolean json;
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
        cli.fromExistingLedger(ledgerOption.db, ledger -> {
            int[] versions = ledger.schemaVersions();
            checks.add(new Check("ledger", "ok", ledger.describe() + " opens; schema version " + versions[0] + " of " + versions[1]));
            List<String> integrity = ledger.integrityProblems();
            checks.add(integrity.isEmpty() ? new Check("integrity", "ok", "the database's integrity check finds nothing")
                    : new Check("integrity", "problem", "the database's integrity check reports: "
                            + integrity.stream().limit(5).collect(Collectors.joining("; "))
                            + (integrity.size() > 5 ? "; …" : "") + " (copy the file aside and restore a backup)"));
            permissions(spec, checks);
            Set<String> spooled = spool(spool, checks);
            openRuns(ledger, spooled, checks);
            return null;
        }, () -> {
            checks.add(new Check("ledger", "ok", "no ledger yet at " + spec + " (wattprint run creates it)"));
            spool(spool, checks);
            return null;
        });
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

    private void openRuns(Ledger ledger, Set<String> spooled, List<Check> checks) {
        List<RunRecord> open = ledger.runs().open();
        Set<String> here = new java.util.HashSet<>(List.of(SpoolHeader.localHost()));
        String envHost = cli.env().get("HOSTNAME");
        if (envHost != null) here.add(envHost.trim());
        List<String> ghosts = new ArrayList<>();
        int elsewhere = 0;
        for (RunRecord r : open) {
            String host = r.run().host();
            if (host == null || !here.contains(host)) {
                elsewhere++;
            } else if (!spooled.contains(r.run().id())) {
                ghosts.add(RunView.shortId(r.run().id()) + " (started " + r.run().start() + ")");
            }
        }
        if (open.isEmpty()) {
            checks.add(new Check("open-runs", "ok", "no run without an outcome"));
            return;
        }
        checks.add(new Check("open-runs", "ok", open.size() + " run(s) without an outcome: " + (open.size() - elsewhere - ghosts.size())
                + " backed by a spool file here, " + elsewhere + " of other hosts (their spool files are there)"));
        if (!ghosts.isEmpty()) {
            checks.add(new Check("ghost-runs", "problem", ghosts.size() + " run(s) of this host with no outcome and no spool file, "
                    + "which nothing will close: " + String.join(", ", ghosts)
                    + " (their wattprint died before this release's spool-first start; reports count them as running)"));
        }
    }
}

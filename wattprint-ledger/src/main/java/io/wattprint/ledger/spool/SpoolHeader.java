package io.wattprint.ledger.spool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The first record of a spool file: which run it holds, the ledger the run belongs to, and the
 * process that writes it. {@code host}, {@code ownerPid} and {@code ownerStartedAt} let a later
 * process tell a dead owner from a live one, and a reused PID from its first holder.
 *
 * @param runId          the run's id in the ledger; it names the file, so it is limited to
 *                       letters, digits, '.', '_' and '-' (a UUID fits)
 * @param ledger         the ledger the run belongs to, as the caller describes it (path or URL,
 *                       password masked), so recovery writes to the same one
 * @param host           the machine the owner runs on: a spool directory on a shared home is
 *                       seen by several machines, and a PID means nothing on another one
 * @param ownerPid       the process writing the file
 * @param ownerStartedAt when that process started, or null where the OS does not say
 * @param runStart       when the run started
 */
public record SpoolHeader(String runId, String ledger, String host, long ownerPid, Instant ownerStartedAt,
                          Instant runStart) {
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    public SpoolHeader {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(runStart, "runStart");
        if (!RUN_ID.matcher(runId).matches()) {
            throw new IllegalArgumentException("run id '" + runId + "' cannot name a spool file: expected up to 200 "
                    + "letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (host.isBlank()) throw new IllegalArgumentException("a spool header needs a host name");
        if (ownerPid <= 0) throw new IllegalArgumentException("owner pid must be positive, got " + ownerPid);
    }

    /** A header naming this process, on this host, as the owner. */
    public static SpoolHeader forThisProcess(String runId, String ledger, Instant runStart) {
        ProcessHandle self = ProcessHandle.current();
        return new SpoolHeader(runId, ledger, localHost(), self.pid(), self.info().startInstant().orElse(null), runStart);
    }

    /**
     * This machine's name: the kernel's on Linux, else {@code COMPUTERNAME} or {@code HOSTNAME}.
     * No DNS look-up, which can stall for seconds on a misconfigured machine.
     */
    public static String localHost() {
        try {
            String h = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
            if (!h.isEmpty()) return h;
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through to the environment
        }
        for (String var : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String h = System.getenv(var);
            if (h != null && !h.isBlank()) return h.trim();
        }
        return "localhost";
    }
}

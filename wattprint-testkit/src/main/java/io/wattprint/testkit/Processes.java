package io.wattprint.testkit;

import java.util.concurrent.TimeUnit;

/** Waiting on a child process the test started, for a signal rather than a fixed time. */
public final class Processes {
    /** How long a process may take to show its command line: generous for a loaded 2-core machine. */
    static final long TIMEOUT_MS = 60_000;

    private Processes() {}

    /**
     * Waits until {@code p} has executed its program: its command line, as the system shows it, contains {@code marker}
     * (right after the start it may still be the JVM's spawn helper). Fails if the process exits first or the command line
     * never shows it within {@value #TIMEOUT_MS} ms. Returns {@code p}.
     */
    public static Process awaitCommandLine(Process p, String marker) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        while (!p.info().commandLine().orElse("").contains(marker)) {
            if (p.waitFor(10, TimeUnit.MILLISECONDS)) {
                throw new AssertionError("process " + p.pid() + " exited (" + p.exitValue() + ") before its command line showed '"
                        + marker + "'");
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("process " + p.pid() + " did not show '" + marker + "' in its command line within "
                        + TIMEOUT_MS + " ms (it shows: " + p.info().commandLine().orElse("nothing") + ")");
            }
        }
        return p;
    }
}

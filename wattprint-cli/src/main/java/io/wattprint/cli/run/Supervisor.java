package io.wattprint.cli.run;

import io.wattprint.core.model.RunStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Waits for the measured command and closes its run exactly once, whether the command ends by
 * itself, is killed by a signal, or wattprint itself is stopped (Ctrl-C, SIGTERM). When wattprint
 * is stopped, the command's whole process tree gets SIGTERM, then SIGKILL after a grace period;
 * the JVM does not exit before the run is closed.
 */
final class Supervisor {
    static final Duration GRACE = Duration.ofSeconds(5);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(20);

    private final Process process;
    private final RunCloser finish;
    private final PrintWriter err;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    Supervisor(Process process, RunCloser finish, PrintWriter err) {
        this.process = process;
        this.finish = finish;
        this.err = err;
    }

    /** Waits for the command; returns its exit code. */
    int await() throws InterruptedException {
        Thread hook = new Thread(this::onShutdown, "wattprint-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int code = process.waitFor();
        if (closing.compareAndSet(false, true)) {
            try {
                close(code);
            } finally {
                closed.countDown();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is exiting (Ctrl-C reached it too); the hook sees the run closed.
            }
        } else {
            // The shutdown hook is closing the run: the caller must not close the ledger under it.
            closed.await(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        return code;
    }

    /** The JVM is shutting down while the command may still run: stop it, then close the run once. */
    private void onShutdown() {
        stopping.set(true);
        stopTree();
        if (closing.compareAndSet(false, true)) {
            try {
                close(process.isAlive() ? null : process.exitValue());
            } catch (RuntimeException e) {
                err.println("wattprint: could not close the run: " + e.getMessage());
                err.flush();
            } finally {
                closed.countDown();
            }
        } else {
            try {
                // The main thread is closing the run; keep the JVM alive until it has.
                closed.await(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void close(Integer code) {
        finish.complete(status(code, stopping.get()), code);
    }

    /** Interrupted when wattprint was stopped or the command died of a signal (exit 128 + n). */
    static RunStatus status(Integer code, boolean stopped) {
        if (stopped || code == null || (code > 128 && code <= 128 + 64)) return RunStatus.INTERRUPTED;
        return code == 0 ? RunStatus.SUCCEEDED : RunStatus.FAILED;
    }

    private void stopTree() {
        if (!process.isAlive()) return;
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        try {
            process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.wattprint.cli.run;

import io.wattprint.core.model.RunStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Waits for the measured command and closes its run exactly once, whether the command ends by
 * itself, is killed by a signal, or wattprint itself is stopped (Ctrl-C, SIGTERM, SIGHUP). When wattprint
 * is stopped, the command's whole process tree gets SIGTERM, then SIGKILL after a grace period;
 * the JVM does not exit before the run is closed.
 *
 * <p>One exit code for a stopped wattprint: 128 + the signal that stopped it (130 for Ctrl-C, 143 for SIGTERM,
 * 129 for SIGHUP), as a shell reports it. The JVM exits with that code, and the run is stored, summarised and
 * printed as JSON with it — not with the code of the command, which only died of the SIGTERM wattprint sent it.
 * The signal is learned by a handler that notes it and hands over to the JVM's own (which starts the shutdown).
 */
final class Supervisor {
    static final Duration GRACE = Duration.ofSeconds(5);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(20);
    private static final List<String> STOP_SIGNALS = List.of("INT", "TERM", "HUP");

    private final RunCloser finish;
    private final PrintWriter err;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    /** Counted down once the main thread has handed over the command's process, or knows there is none. */
    private final CountDownLatch launched = new CountDownLatch(1);
    private final Thread hook = new Thread(this::onShutdown, "wattprint-shutdown");
    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
    private volatile Process process;
    /** The number of the signal that stopped wattprint; 0 while none has. */
    private volatile int stopSignal;

    Supervisor(RunCloser finish, PrintWriter err) {
        this.finish = finish;
        this.err = err;
    }

    /** Before the command starts: from here on a stopped wattprint closes the run. Undone by {@link #release}. */
    void watch() {
        Runtime.getRuntime().addShutdownHook(hook);
        for (String name : STOP_SIGNALS) {
            Signal signal = new Signal(name);
            try {
                SignalHandler before = Signal.handle(signal, this::onSignal);
                if (before == SignalHandler.SIG_IGN || before == SignalHandler.SIG_DFL) {
                    Signal.handle(signal, before);   // ignored (nohup, -Xrs): leave it as it was
                } else {
                    previous.put(signal, before);
                }
            } catch (IllegalArgumentException notAvailable) {
                // The VM or OS keeps this signal; the shutdown hook still closes the run, with the command's code.
            }
        }
    }

    private void onSignal(Signal signal) {
        stopSignal = signal.getNumber();
        SignalHandler jvm = previous.get(signal);
        if (jvm != null) jvm.handle(signal);   // the JVM's handler: exit(128 + n), which runs the shutdown hook
    }

    /** The run ended without a process to wait for (it could not start): closes it, unless a stop already has. */
    void closeNotStarted(RunStatus status, int code) {
        launched.countDown();
        if (closing.compareAndSet(false, true)) {
            try {
                finish.complete(status, code);
            } finally {
                closed.countDown();
            }
        }
    }

    /** Waits for the command; returns wattprint's exit code: the command's, or 128 + n when signal n stopped wattprint. */
    int await(Process started) throws InterruptedException {
        this.process = started;
        launched.countDown();
        if (stopping.get()) stopTree();   // stopped while the command was being started
        int code = started.waitFor();
        if (closing.compareAndSet(false, true)) {
            try {
                close(code);
            } finally {
                closed.countDown();
            }
        } else {
            // The shutdown hook is closing the run: the caller must not close the ledger under it.
            closed.await(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        return stopSignal != 0 ? 128 + stopSignal : code;
    }

    /** Removes the shutdown hook and gives the signals back; a no-op once the JVM is shutting down. */
    void release() {
        launched.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            return;   // the JVM is exiting (a signal reached it too); the hook sees the run closed
        }
        previous.forEach(Signal::handle);
        previous.clear();
    }

    /** The JVM is shutting down while the command may still run: stop it, then close the run once. */
    private void onShutdown() {
        stopping.set(true);
        // A stop can come between the command's start and the main thread handing its process over (the command
        // has already printed, a user already pressed Ctrl-C): wait for that hand-over, briefly, or the tree would
        // outlive wattprint.
        try {
            launched.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopTree();
        if (closing.compareAndSet(false, true)) {
            try {
                Process p = process;
                close(p == null || p.isAlive() ? null : p.exitValue());
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

    /** Stored with wattprint's own code when a signal stopped it, else with the command's. */
    private void close(Integer commandCode) {
        Integer code = stopSignal != 0 ? Integer.valueOf(128 + stopSignal) : commandCode;
        finish.complete(status(code, stopping.get() || stopSignal != 0), code);
    }

    /** Interrupted when wattprint was stopped or the command died of a signal (exit 128 + n). */
    static RunStatus status(Integer code, boolean stopped) {
        if (stopped || code == null || (code > 128 && code <= 128 + 64)) return RunStatus.INTERRUPTED;
        return code == 0 ? RunStatus.SUCCEEDED : RunStatus.FAILED;
    }

    private void stopTree() {
        Process p = process;
        if (p == null || !p.isAlive()) return;
        List<ProcessHandle> tree = Stream.concat(p.descendants(), Stream.of(p.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        try {
            p.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try {
            p.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.wattprint.api;

import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.RunMarker;
import io.wattprint.core.model.RunStatus;
import io.wattprint.ledger.Ledger;
import io.wattprint.run.MeterSession;
import java.util.List;
import java.util.Optional;

/**
 * A run being metered. {@link #close()} ends it as succeeded unless {@link #failed()} was called;
 * if the JVM exits while it is open (Ctrl-C, SIGTERM), a shutdown hook closes it as interrupted
 * with the energy measured so far.
 */
public final class TrackedRun implements AutoCloseable {
    private final MeterSession session;
    private final Ledger ledger;
    private final List<String> notes;
    private final Thread hook;
    private volatile boolean failed;
    private MeterSession.Result result;

    TrackedRun(MeterSession session, Ledger ledger, List<String> notes) {
        this.session = session;
        this.ledger = ledger;
        this.notes = List.copyOf(notes);
        this.hook = new Thread(() -> finish(RunStatus.INTERRUPTED), "wattprint-run-" + session.run().id());
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The run's id, as {@code wattprint runs show} takes it. */
    public String id() { return session.run().id(); }

    /** What the meter said about this machine when the run started (no GPU, RAPL not readable, …). */
    public List<String> notes() { return notes; }

    /** Marks a phase change (e.g. "evaluation"); energy before and after it is kept apart. */
    public RunMarker phase(String phase) { return session.phase(phase); }

    /** Marks a numbered point, e.g. {@code mark("epoch", 3)}; intervals end there. */
    public RunMarker mark(String label, long value) { return session.mark(label, value); }

    /** The workload failed: {@link #close()} will record the run as failed. */
    public TrackedRun failed() {
        failed = true;
        return this;
    }

    @Override
    public void close() {
        finish(failed ? RunStatus.FAILED : RunStatus.SUCCEEDED);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting: the hook finds the run closed.
        }
    }

    /** The closed run's footprint and intervals; empty while it is still open. */
    synchronized Optional<MeterSession.Result> result() { return Optional.ofNullable(result); }

    /** The closed run's footprint (IT and facility energy, CO2e, with its explanation); empty while it is still open. */
    public Optional<Footprint> footprint() { return result().map(MeterSession.Result::footprint); }

    private synchronized void finish(RunStatus status) {
        if (result != null) return;
        try {
            result = session.finish(status, null);
        } finally {
            ledger.close();
        }
    }
}

package io.wattprint.run;

import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.spool.Spool;
import io.wattprint.meter.Discovery;
import io.wattprint.meter.EnergySource;
import io.wattprint.meter.Timebase;
import io.wattprint.run.recovery.SpoolRecovery;
import io.wattprint.run.sampler.Meters;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The life of a metered run, in one place for {@code wattprint run}, the Java API and agents:
 * <ol>
 *   <li><b>recover</b> the runs a killed wattprint left open ({@link SpoolRecovery});</li>
 *   <li>find what the <b>sampler</b> can read on this machine ({@link Meters});</li>
 *   <li><b>open</b>: the run's spool file, then its row ({@link MeterSession#open}; a ledger other processes
 *       hold past {@link MeterSession#OPEN_PATIENCE} gets the row later, and the spool file keeps it meanwhile);</li>
 *   <li>{@link MeterSession#start}: every tick to the <b>spool</b>, the listeners and the ledger
 *       ({@code spool.TickWriter}); {@link MeterSession#phase}/{@link MeterSession#mark} cut the intervals;</li>
 *   <li>{@link MeterSession#finish}: the outcome to the spool, then the <b>close</b> with the
 *       <b>footprint</b> ({@code close.RunClose}) in one transaction.</li>
 * </ol>
 * Recovery and the hardware probe come before the run exists: neither is this run's time, and a
 * probe that fails leaves no run half-open.
 */
public final class RunLifecycle {
    private final Ledger ledger;
    private final ReferenceData data;
    private final Spool spool;

    /** {@code spool} null: no crash-safe spool (tests, read-only homes), and nothing to recover. */
    public RunLifecycle(Ledger ledger, ReferenceData data, Spool spool) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.data = Objects.requireNonNull(data, "data");
        this.spool = spool;
    }

    /**
     * Recovers, probes and stores the run; returns its session, ready to {@link MeterSession#start}
     * sampling. {@code say} hears about each recovered run as it is closed.
     */
    public MeterSession open(RunRequest request, Consumer<String> say) {
        if (spool != null) SpoolRecovery.recoverAndTell(spool, ledger, () -> data, say);
        Discovery found = Meters.discover(data, request.pid(), request.policy(), request.variables(),
                request.site().location());
        MeterSession session;
        try {
            String id = UUID.randomUUID().toString();
            Timebase timebase = Timebase.monotonic(request.clock());
            Run run = new Run(id, "run:" + id, request.workload(), request.host(), request.site().location(),
                    timebase.now(), null, RunStatus.RUNNING, null, request.commandLine());
            session = MeterSession.open(ledger, data, run, request.site().pue(), timebase, spool,
                    MeterSession.OPEN_PATIENCE, say);
        } catch (RuntimeException e) {
            found.sources().forEach(EnergySource::close);   // release NVML
            throw e;
        }
        return session.metering(found, request.site().notes());
    }
}

package io.wattprint.cli.meter;

import io.wattprint.run.sampler.Meters;
import io.wattprint.cli.Cli;
import io.wattprint.cli.DurationArg;
import io.wattprint.cli.LocationArg;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Human;
import io.wattprint.cli.run.RunCommand;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.Location;
import io.wattprint.data.ReferenceData;
import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.Discovery;
import io.wattprint.meter.Sampler;
import io.wattprint.meter.Timebase;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wattprint meter}: a live view of what the meter reads on this host. */
@Command(name = "meter", sortOptions = false, mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {
            "Show live power, energy and CO2e of this host.",
            "",
            "Reads the same sources as wattprint run (NVIDIA GPUs through NVML, CPU and DRAM through RAPL, "
                    + "labelled estimators where nothing can be measured) every interval and shows per-device "
                    + "power, cumulative kWh and gCO2e. On a terminal the table is redrawn in place; when the output "
                    + "is piped, one line is printed per interval. Nothing is stored in the ledger.",
            "",
            "Examples:",
            "  wattprint meter --location FR",
            "  wattprint meter --interval 200ms --duration 30s --json > power.jsonl"
        })
public final class MeterCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--location", paramLabel = "ZONE|CLOUD-REGION",
            description = "Grid zone or cloud region for gCO2e (default: $WATTPRINT_LOCATION; without one, CO2e is not shown).")
    String location;
    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "1s",
            description = "Refresh and sampling interval, 100ms to 1h (default: ${DEFAULT-VALUE}).")
    String interval;
    @Option(names = "--duration", paramLabel = "DURATION",
            description = "Stop after this long and print the totals (default: until Ctrl-C).")
    String duration;
    @Option(names = "--plain", description = "One line per interval even on a terminal.")
    boolean plain;
    @Option(names = "--json", description = "One JSON object per interval (JSON Lines): time, components, power_w, energy_kwh, co2e_g.")
    boolean json;

    public MeterCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() throws Exception {
        Duration every = RunCommand.parseInterval(interval);
        Duration limit = duration == null ? null : parseDuration(duration);
        ReferenceData data = cli.data();
        Location where = LocationArg.resolve(cli, data, location, false);
        Discovery found = Meters.discover(data, ProcessHandle.current().pid(), AttributionPolicy.RESERVED_HOST,
                cli.env().variables(), where);
        for (String note : found.notes()) cli.err().println("wattprint: " + note);
        if (found.isEmpty()) {
            throw new UserException(io.wattprint.cli.ExitCode.FAILURE, "nothing to meter on this host");
        }
        LiveView.Mode mode = json ? LiveView.Mode.JSON
                : !plain && System.console() != null ? LiveView.Mode.IN_PLACE : LiveView.Mode.LINES;
        LiveView view = new LiveView(cli.out(), mode,
                at -> where.isKnown() ? data.grid().factorFor(where.zone(), at).orElse(null) : null,
                where.isKnown() ? "zone " + where.label() : "no location");
        if (mode != LiveView.Mode.JSON) {
            for (var s : found.sources()) cli.err().println("  " + s.describe());
            cli.err().flush();
        }
        // The view keeps its own totals: the sampler keeps nothing, however long the meter runs.
        Sampler sampler = new Sampler(found.sources(), every, Timebase.monotonic(cli.clock()), view::update)
                .retainIntervals(false);
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch printed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                printed.await(5, TimeUnit.SECONDS);   // Ctrl-C: let the totals be printed before the JVM halts
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "wattprint-meter-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        sampler.start();
        try {
            if (limit == null) stop.await();
            else stop.await(limit.toMillis(), TimeUnit.MILLISECONDS);
            sampler.stop();
            for (String w : sampler.warnings()) cli.err().println("wattprint: warning: " + w);
            if (mode != LiveView.Mode.JSON) {
                Double g = view.grams();
                cli.err().println("wattprint: metered " + Human.energy(view.energy())
                        + (g == null ? "" : ", " + Human.co2e(io.wattprint.core.quantity.Co2e.ofGrams(g)) + " CO2e (" + where.label() + ")"));
            }
            cli.err().flush();
        } finally {
            sampler.stop();   // again on an error path; a second stop does nothing
            printed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the JVM is exiting, and the hook has waited for the totals above.
            }
        }
        return 0;
    }

    private static Duration parseDuration(String text) {
        return DurationArg.parse("--duration", text, Duration.ofMillis(100), Duration.ofDays(365));
    }
}

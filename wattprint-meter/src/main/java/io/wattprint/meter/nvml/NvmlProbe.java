package io.wattprint.meter.nvml;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.Discovery;
import io.wattprint.meter.EnergySource;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the NVML binding on a real GPU in one command: prints every device with its ids, counter,
 * power readings and processes, compares counter and power over a few seconds, then meters the
 * visible GPUs through {@link NvmlGpus} as {@code wattprint run} would.
 *
 * <pre>java -cp wattprint-meter.jar:wattprint-core.jar:jna-5.19.1.jar io.wattprint.meter.nvml.NvmlProbe [seconds]</pre>
 *
 * Exit status 0 when NVML answered, 1 when it did not, 2 for a bad argument.
 */
public final class NvmlProbe {
    /** Waits; tests pass one that moves a fake clock. */
    interface Pause {
        void sleep(Duration d) throws InterruptedException;
    }

    static final Duration POWER_PERIOD = Duration.ofMillis(100);

    private NvmlProbe() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        System.exit(run(args, JnaNvml.loader(), System.getenv(), out, Clock.systemUTC(), d -> Thread.sleep(d.toMillis())));
    }

    static int run(String[] args, Nvml.Loader loader, Map<String, String> env, PrintWriter out, Clock clock, Pause pause) {
        Duration window;
        try {
            window = Duration.ofMillis(Math.round(Double.parseDouble(args.length > 0 ? args[0] : "2") * 1000));
            if (window.compareTo(Duration.ofSeconds(1)) < 0) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            out.println("usage: NvmlProbe [seconds ≥ 1]");
            return 2;
        }
        Nvml nvml;
        try {
            nvml = loader.load();
            nvml.init();
        } catch (NvmlException e) {
            out.println(NvmlGpus.noGpu(e));
            return 1;
        }
        try {
            out.println("driver " + ask(nvml::driverVersion) + ", library " + JnaNvml.LIBRARY);
            int count = nvml.deviceCount();
            out.println(count + " device(s) in NVML order");
            List<Nvml.Handle> handles = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Nvml.Handle h = nvml.handleByIndex(i);
                handles.add(h);
                device(nvml, i, h, out);
            }
            compare(nvml, handles, window, out, clock, pause);
            meter(loader, env, window, out, clock, pause);
            return 0;
        } catch (NvmlException e) {
            out.println("NVML failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            nvml.shutdown();
        }
    }

    private static void device(Nvml nvml, int i, Nvml.Handle h, PrintWriter out) {
        out.println("gpu:" + i + " " + ask(() -> nvml.name(h)));
        out.println("  uuid " + ask(() -> nvml.uuid(h)) + ", pci " + ask(() -> nvml.pciBusId(h))
                + ", compute mode " + ask(() -> String.valueOf(nvml.computeMode(h))) + ", MIG devices " + ask(() -> nvml.migDeviceUuids(h).toString()));
        out.println("  total energy " + ask(() -> nvml.totalEnergyMillijoules(h) + " mJ")
                + ", power usage " + ask(() -> nvml.powerUsageMilliwatts(h) + " mW")
                + ", instant power (field 186) " + ask(() -> nvml.powerInstantMilliwatts(h) + " mW"));
        out.println("  compute processes " + ask(() -> {
            Nvml.ProcessList l = nvml.computeProcesses(h);
            StringBuilder s = new StringBuilder("(" + l.entryBytes() + "-byte entries, " + l.rejected() + " rejected):");
            for (Nvml.GpuProcess p : l.processes()) s.append(' ').append(p.pid()).append(" (").append(p.usedMemoryBytes() >> 20).append(" MiB)");
            return s.toString();
        }));
        out.println("  SM samples " + ask(() -> {
            StringBuilder s = new StringBuilder();
            for (Nvml.ProcessSample p : nvml.processUtilization(h, 0)) s.append(' ').append(p.pid()).append(' ').append(p.smUtil()).append('%');
            return s.length() == 0 ? "none" : s.toString().trim();
        }));
    }

    /** Mean power over the window from the counter, and from power samples every 100 ms (DOMAIN.md: they differ). */
    private static void compare(Nvml nvml, List<Nvml.Handle> handles, Duration window, PrintWriter out, Clock clock,
                                Pause pause) throws InterruptedException {
        int n = handles.size();
        long[] e0 = new long[n];
        double[] usage = new double[n];
        double[] instant = new double[n];
        int[] samples = new int[n];
        for (int i = 0; i < n; i++) e0[i] = counter(nvml, handles.get(i));
        Instant t0 = clock.instant();
        while (Duration.between(t0, clock.instant()).compareTo(window) < 0) {
            pause.sleep(POWER_PERIOD);
            for (int i = 0; i < n; i++) {
                Nvml.Handle h = handles.get(i);
                usage[i] += read(() -> nvml.powerUsageMilliwatts(h), 0);
                instant[i] += read(() -> nvml.powerInstantMilliwatts(h), 0);
                samples[i]++;
            }
        }
        double seconds = Duration.between(t0, clock.instant()).toNanos() / 1e9;
        for (int i = 0; i < n; i++) {
            long e1 = counter(nvml, handles.get(i));
            String counter = e0[i] < 0 || e1 < 0 ? "no counter" : w((e1 - e0[i]) / seconds / 1000) + " W from the counter";
            out.println("gpu:" + i + " over " + w(seconds) + " s: " + counter + ", " + w(usage[i] / samples[i] / 1000)
                    + " W mean power usage, " + w(instant[i] / samples[i] / 1000) + " W mean instant power (" + samples[i] + " samples)");
        }
    }

    /** The sources {@code wattprint run} would get, polled once a second. */
    private static void meter(Nvml.Loader loader, Map<String, String> env, Duration window, PrintWriter out, Clock clock,
                              Pause pause) throws InterruptedException {
        Discovery d = NvmlGpus.discover(loader, env, AttributionPolicy.RESERVED_HOST, Set::of);
        out.println("discovery with CUDA_VISIBLE_DEVICES=" + env.getOrDefault(CudaVisibleDevices.VARIABLE, "(unset)") + ":");
        for (String note : d.notes()) out.println("  note: " + note);
        for (EnergySource s : d.sources()) out.println("  " + s.describe());
        Instant t0 = clock.instant();
        for (EnergySource s : d.sources()) s.start(t0);
        List<EnergyInterval> all = new ArrayList<>();
        for (Instant t = t0; Duration.between(t0, t).compareTo(window) < 0; ) {
            pause.sleep(Duration.ofSeconds(1));
            t = clock.instant();
            for (EnergySource s : d.sources()) all.addAll(s.poll(t));
        }
        for (EnergySource s : d.sources()) {
            double joules = 0, seconds = 0;
            for (EnergyInterval i : all) {
                if (i.component().toString().equals(s.name())) {
                    joules += i.energy().joules();
                    seconds += i.duration().toNanos() / 1e9;
                }
            }
            out.println("  " + s.name() + ": " + w(joules) + " J in " + w(seconds) + " s" + (seconds > 0 ? " = " + w(joules / seconds) + " W" : ""));
            for (String warning : s.warnings()) out.println("  warning: " + warning);
            s.close();
        }
    }

    private interface Ask {
        String get() throws NvmlException;
    }

    private static String ask(Ask a) {
        try {
            return a.get();
        } catch (NvmlException e) {
            return "n/a (" + e.codeName() + ")";
        }
    }

    private interface Milli {
        long get() throws NvmlException;
    }

    private static long read(Milli m, long otherwise) {
        try {
            return m.get();
        } catch (NvmlException e) {
            return otherwise;
        }
    }

    /** The energy counter in mJ, or -1 without one. */
    private static long counter(Nvml nvml, Nvml.Handle h) { return read(() -> nvml.totalEnergyMillijoules(h), -1); }

    private static String w(double v) { return Figures.format(v, 1); }
}

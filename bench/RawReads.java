import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline for bench/meter-overhead.sh: the raw reads the meter makes every tick, with
 * nothing else — /proc/stat, the measured command's process tree (its /proc/PID/stat and
 * /proc/PID/task/TID/children files; here a `sleep` child of its own), and each RAPL energy_uj
 * file when there are any, and on a GPU host each NVML device's energy counter (through
 * wattprint's own binding, so run it with the jar on the class path) — at the same interval, for
 * the same time.
 * Usage: java bench/RawReads.java INTERVAL_MS SECONDS
 */
public class RawReads {
    public static void main(String[] args) throws Exception {
        long intervalMs = Long.parseLong(args[0]);
        long end = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
        List<Path> rapl = new ArrayList<>();
        Path powercap = Path.of("/sys/class/powercap");
        if (Files.isDirectory(powercap)) {
            try (DirectoryStream<Path> zones = Files.newDirectoryStream(powercap, "intel-rapl:*")) {
                for (Path z : zones) if (Files.isReadable(z.resolve("energy_uj"))) rapl.add(z.resolve("energy_uj"));
            }
        }
        io.wattprint.meter.nvml.Nvml nvml = null;
        List<io.wattprint.meter.nvml.Nvml.Handle> gpus = new ArrayList<>();
        try {
            nvml = io.wattprint.meter.nvml.JnaNvml.loader().load();
            nvml.init();
            for (int i = 0; i < nvml.deviceCount(); i++) gpus.add(nvml.handleByIndex(i));
        } catch (Exception | LinkageError none) {
            nvml = null;   // no NVIDIA driver: procfs (and RAPL) only, as the meter
        }
        Process child = new ProcessBuilder("sleep", args[1]).start();
        Path root = Path.of("/proc", Long.toString(child.pid()));
        long sink = 0;
        long next = System.nanoTime();
        while (System.nanoTime() < end) {
            sink += Files.readString(Path.of("/proc/stat")).length();
            try {
                sink += Files.readString(root.resolve("stat")).length();
                try (DirectoryStream<Path> tasks = Files.newDirectoryStream(root.resolve("task"))) {
                    for (Path t : tasks) sink += Files.readString(t.resolve("children")).length();
                }
            } catch (IOException gone) {
                // The child exited: the loop ends with the window.
            }
            for (Path f : rapl) sink += Files.readString(f).length();
            for (var g : gpus) sink += nvml.totalEnergyMillijoules(g);
            next += intervalMs * 1_000_000L;
            long sleep = (next - System.nanoTime()) / 1_000_000L;
            if (sleep > 0) Thread.sleep(sleep);
        }
        child.destroy();
        if (nvml != null) nvml.shutdown();
        if (sink == 42) System.out.println();
    }
}

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline for bench/meter-overhead.sh: the raw reads the meter makes every tick, with
 * nothing else — /proc/stat, a scan of every /proc/PID/stat (to find a process tree), and each
 * RAPL energy_uj file when there are any — at the same interval, for the same time.
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
        long sink = 0;
        long next = System.nanoTime();
        while (System.nanoTime() < end) {
            sink += Files.readString(Path.of("/proc/stat")).length();
            try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"))) {
                for (Path p : procs) {
                    String name = p.getFileName().toString();
                    if (name.isEmpty() || !Character.isDigit(name.charAt(0))) continue;
                    try {
                        sink += Files.readString(p.resolve("stat")).length();
                    } catch (IOException gone) {
                        // The process exited between the listing and the read.
                    }
                }
            }
            for (Path f : rapl) sink += Files.readString(f).length();
            next += intervalMs * 1_000_000L;
            long sleep = (next - System.nanoTime()) / 1_000_000L;
            if (sleep > 0) Thread.sleep(sleep);
        }
        if (sink == 42) System.out.println();
    }
}
